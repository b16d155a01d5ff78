extension ReportPage {
    /// The report page's style sheet: system fonts only, WCAG AA contrast, visible focus, and a
    /// print layout (the diagram, then the tables and the cited quotes).
    static let style = #"""
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 15px; color: #1a1a1a; background: #ffffff; }
body { margin: 0; line-height: 1.45; }
a { color: #0b57d0; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button.link, cite, q, mark, .result-label, .quote-edge, #evidence-title, blockquote, figure.passage p, td, th { unicode-bidi: isolate; }
.skip { position: absolute; left: -9999px; top: 0; background: #ffffff; padding: 0.5rem; }
.skip:focus { left: 0.5rem; z-index: 10; }
header { padding: 0.75rem 1.25rem 0.25rem; border-bottom: 1px solid #d0d0d0; }
h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.25rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 0 0 0.5rem; }
h4, h5 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
.description { margin: 0 0 0.25rem; max-width: 70rem; color: #333333; }
.filters { margin: 0.25rem 0 0.5rem; font-size: 0.9rem; }
.filters strong { font-weight: 600; }
.toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: flex-end; padding: 0.5rem 1.25rem; border-bottom: 1px solid #d0d0d0; background: #f6f6f6; }
.control { display: flex; flex-direction: column; gap: 0.15rem; }
.control > label, fieldset legend { font-size: 0.85rem; font-weight: 600; }
fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: center; }
.search-box { position: relative; }
#search { width: 22rem; max-width: 70vw; padding: 0.35rem 0.5rem; font: inherit; border: 1px solid #767676; border-radius: 4px; }
#search-results { position: absolute; z-index: 5; left: 0; top: 100%; width: 30rem; max-width: 90vw; margin: 2px 0 0; padding: 0; list-style: none; background: #ffffff; border: 1px solid #767676; border-radius: 4px; box-shadow: 0 4px 12px rgba(0, 0, 0, 0.15); }
#search-results li { padding: 0.3rem 0.5rem; cursor: pointer; }
#search-results li.active { background: #0b57d0; color: #ffffff; }
#search-results li.active .result-meta { color: #ffffff; }
.result-meta, .meta, .status { color: #555555; font-size: 0.85rem; }
button { font: inherit; color: #1a1a1a; background: #ffffff; border: 1px solid #767676; border-radius: 4px; padding: 0.25rem 0.6rem; cursor: pointer; }
button:hover { background: #eef3fd; }
button.link { border: 0; padding: 0; background: none; color: #0b57d0; text-decoration: underline; text-align: left; }
.zoom button { min-width: 2.2rem; }
#time-slider { width: 16rem; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 30rem; min-height: 0; }
#diagram-section { position: relative; border-right: 1px solid #d0d0d0; }
#diagram { height: 78vh; overflow: hidden; background: #ffffff; }
#diagram svg { width: 100%; height: 100%; display: block; cursor: grab; touch-action: none; user-select: none; }
#diagram svg.dragging { cursor: grabbing; }
#diagram g.node, #diagram g.edge { cursor: pointer; }
#diagram svg.focusing g.node:not(.keep):not(.legend), #diagram svg.focusing g.edge:not(.keep):not(.legend) { opacity: 0.12; }
#diagram .time-hidden { display: none; }
#diagram g.selected > path, #diagram g.selected > polygon, #diagram g.selected > ellipse, #diagram g.selected > a > path, #diagram g.selected > a > polygon, #diagram g.selected > a > ellipse, #diagram g.selected g > a > path, #diagram g.selected g > a > polygon, #diagram g.selected g > a > ellipse { stroke-width: 4px; }
.hint { margin: 0; padding: 0.25rem 1.25rem; font-size: 0.85rem; color: #555555; }
#focus-status { padding: 0 1.25rem; }
#evidence { max-height: 82vh; overflow: auto; padding: 0.75rem 1rem; }
.facts { padding-left: 1.1rem; margin: 0.25rem 0; }
.records { padding-left: 1.4rem; }
.record { margin-bottom: 0.75rem; }
blockquote { margin: 0.25rem 0; padding: 0.25rem 0.75rem; border-left: 4px solid #0072b2; background: #f3f7fb; }
.paraphrase { font-style: italic; margin: 0.25rem 0; }
.meta { margin: 0.15rem 0; }
.notes { font-size: 0.9rem; margin: 0.15rem 0; }
figure.passage { margin: 0.35rem 0; padding: 0.4rem 0.6rem; border: 1px solid #d0d0d0; border-radius: 4px; background: #fafafa; font-size: 0.9rem; }
figure.passage figcaption { font-size: 0.8rem; font-weight: 600; color: #555555; }
figure.passage p { margin: 0.2rem 0 0; }
mark { background: #ffe066; color: #000000; padding: 0 0.1em; }
.edge-evidence { border-top: 1px solid #e2e2e2; padding-top: 0.25rem; }
.claims { padding-left: 1.1rem; }
.type { font-size: 0.8rem; font-weight: 600; padding: 0 0.3rem; border-radius: 3px; background: #eeeeee; }
.chip { margin: 0.1rem 0.2rem 0.1rem 0; padding: 0.05rem 0.4rem; font-size: 0.85rem; }
.type-supports { border-left: 4px solid #009e73; }
.type-opposes, .type-rejects { border-left: 4px solid #d55e00; }
.type-proposes, .type-doubts { border-left: 4px solid #0072b2; }
.type-demands { border-left: 4px solid #e69f00; }
.type-denies, .type-contradicts { border-left: 4px solid #cc79a7; }
.sections { padding: 0 1.25rem 2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #e2e2e2; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f6f6f6; position: sticky; top: 0; }
thead th button { border: 0; background: none; padding: 0; font-weight: 600; }
thead th[aria-sort="ascending"] button::after { content: " \25B2"; }
thead th[aria-sort="descending"] button::after { content: " \25BC"; }
td.number { text-align: right; }
td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
#timeline time { white-space: nowrap; }
#timeline { padding-left: 0; list-style: none; }
#timeline li { margin: 0.25rem 0; }
#timeline time { display: inline-block; min-width: 6.5rem; font-variant-numeric: tabular-nums; }
#timeline q { margin-left: 0.4rem; }
#quotes > li { margin-bottom: 0.5rem; }
.quote-edge { margin: 0; font-weight: 600; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; }
@media (max-width: 1100px) {
  main, .columns { grid-template-columns: 1fr; }
  #evidence { max-height: none; border-top: 1px solid #d0d0d0; }
}
@media print {
  .toolbar, .hint, #evidence, .skip, #focus-status, #timeline-section, noscript { display: none !important; }
  html { font-size: 11pt; }
  main { display: block; }
  #diagram-section { border: 0; }
  #diagram { height: auto; overflow: visible; }
  #diagram svg { width: 100%; height: auto; max-height: 95vh; }
  #diagram svg.focusing g.node, #diagram svg.focusing g.edge { opacity: 1 !important; }
  #diagram .time-hidden { display: inline !important; }
  #stance-section { break-before: page; }
  .columns { display: block; }
  thead th { position: static; }
  thead th button::after { content: "" !important; }
  button, button.link { border: 0; padding: 0; background: none; color: #000000; text-decoration: none; }
  a { color: #000000; }
  details > summary { display: none; }
  #quotes-section { break-before: page; }
}
"""#
}
