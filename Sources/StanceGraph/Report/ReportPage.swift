import Foundation

/// The report as one self-contained HTML page: the diagram (an SVG drawn by Graphviz, inline),
/// the graph's data as JSON, the style sheet and a hand-written script, all in the one file.
/// It fetches nothing: its Content-Security-Policy allows no network access, images only as
/// `data:` addresses, inline styles, and only the script whose SHA-256 it names.
///
/// The same graph, diagram and passages always give the same bytes.
public struct ReportPage: Sendable {
    public var graph: Graph
    /// The diagram as Graphviz wrote it (SVG text), or `nil` for a page without one.
    public var svg: String?
    public var passages: SourcePassages
    /// The filters the page was made with, in words (``ReportFilters``); empty for the whole graph.
    public var filters: [String]
    /// The program that wrote the page, for its `generator` meta element.
    public var generator: String

    public init(graph: Graph, svg: String?, passages: SourcePassages = SourcePassages(), filters: [String] = [],
                generator: String = "stancegraph \(version)") {
        self.graph = graph
        self.svg = svg
        self.passages = passages
        self.filters = filters
        self.generator = generator
    }

    /// The policy: nothing from the network, and no script but the page's own.
    public static var contentSecurityPolicy: String {
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-\(SHA256.base64(script))'; "
            + "base-uri 'none'; form-action 'none'"
    }

    /// The page.
    public func html() -> String {
        let title = graph.title ?? "Stance graph"
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(XMLText.escapedAttribute(ReportPage.contentSecurityPolicy))">
            <meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(XMLText.escapedAttribute(generator))">
            <title>\(XMLText.escaped(title))</title>
            <link rel="icon" href="data:,">
            <style>
            \(ReportPage.style)
            </style>
            </head>
            <body>
            <a class="skip" href="#search">Skip to search</a>
            <header>
            <h1>\(XMLText.escaped(title))</h1>

            """
        if let description = graph.description {
            page += "<p class=\"description\">\(XMLText.escaped(description))</p>\n"
        }
        let counts = "\(graph.nodes.count) nodes, \(graph.edges.count) edges, "
            + "\(graph.edges.reduce(0) { $0 + $1.provenance.count }) provenance records"
        if filters.isEmpty {
            page += "<p class=\"filters\"><strong>Filters:</strong> none, the whole graph (\(counts)).</p>\n"
        } else {
            page += "<p class=\"filters\"><strong>Filters:</strong> "
                + filters.map(XMLText.escaped).joined(separator: "; ") + " (\(counts)).</p>\n"
        }
        page += ReportPage.controls
        page += "<main>\n<section id=\"diagram-section\" aria-label=\"Diagram\">\n"
        page += "<div id=\"diagram\" tabindex=\"0\" aria-label=\"Diagram: drag or use the arrow keys to pan, the wheel or + and - to zoom, 0 to fit; click a node or an edge for its evidence\">\n"
        page += svg.map(ReportPage.inlineSVG) ?? "<p>No diagram in this report.</p>"
        page += "\n</div>\n"
        page += "<p class=\"hint\">Drag to pan, wheel to zoom; click a node to focus on its neighbourhood (Esc leaves) and an edge for its evidence. Press / to search.</p>\n"
        page += "<p id=\"focus-status\" class=\"status\" role=\"status\"></p>\n</section>\n"
        page += """
            <aside id="evidence" aria-labelledby="evidence-heading" tabindex="-1">
            <h2 id="evidence-heading">Evidence</h2>
            <div id="evidence-body" aria-live="polite"><p>Click a node or an edge in the diagram, a row of the tables, or search for a node, to see every record: the full quote, who said it and when, the source, and the quote in its passage of the source text.</p></div>
            </aside>
            </main>
            <div class="sections">
            <div class="columns">
            <section id="stance-section" aria-labelledby="stance-heading">
            <h2 id="stance-heading">Stances</h2>
            <p id="stance-count" class="status"></p>
            <table id="stance-table">
            <caption class="status">Each actor's stances on each position or condition, by type with counts; choose a type for its evidence, a column heading to sort.</caption>
            <thead><tr>
            <th scope="col" data-column="actor"><button type="button">Actor</button></th>
            <th scope="col" data-column="target"><button type="button">Position or condition</button></th>
            <th scope="col" data-column="stances"><button type="button">Stances</button></th>
            <th scope="col" data-column="records"><button type="button">Records</button></th>
            <th scope="col" data-column="first"><button type="button">First</button></th>
            <th scope="col" data-column="last"><button type="button">Last</button></th>
            </tr></thead>
            <tbody id="stance-rows"></tbody>
            </table>
            </section>
            <section id="timeline-section" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <div class="control"><label for="timeline-actor">Actor</label><select id="timeline-actor"></select></div>
            <p id="timeline-status" class="status"></p>
            <ol id="timeline"></ol>
            </section>
            </div>
            <section id="quotes-section" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">Cited quotes</h2>
            <details id="quotes-details"><summary id="quotes-summary">Every record by edge</summary>
            <ol id="quotes"></ol>
            </details>
            </section>
            </div>
            <noscript><p>The diagram above works without scripts; search, focus, the time slider, the evidence panel and the tables need them.</p></noscript>

            """
        let json = ReportData.json(for: graph, passages: passages, filters: filters)
        page += "<script type=\"application/json\" id=\"report-data\">" + ReportData.embeddable(json) + "</script>\n"
        page += "<script>" + ReportPage.script + "</script>\n</body>\n</html>\n"
        return page
    }

    /// The search box, the clock and date slider, and the zoom and focus buttons.
    static let controls = """
        <div class="toolbar">
        <div class="control search-box">
        <label for="search">Find a node (press /)</label>
        <input id="search" type="search" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-results" autocomplete="off" spellcheck="false" placeholder="an id, a name, some of its words">
        <ul id="search-results" role="listbox" aria-label="Matching nodes" hidden></ul>
        <span id="search-status" class="visually-hidden" role="status"></span>
        </div>
        <div class="control" id="time-controls">
        <fieldset>
        <legend>Time</legend>
        <label><input type="radio" name="clock" value="valid" checked> valid on</label>
        <label><input type="radio" name="clock" value="reported"> reported by</label>
        <label for="time-slider" class="visually-hidden">Date</label>
        <input id="time-slider" type="range" min="0" max="0" value="0">
        <output id="time-value" for="time-slider"></output>
        <button type="button" id="time-all">All dates</button>
        <span id="time-status" class="status" role="status"></span>
        </fieldset>
        </div>
        <div class="control zoom" role="group" aria-label="Zoom">
        <span class="status">Zoom</span>
        <div><button type="button" id="zoom-in" aria-label="Zoom in">+</button> <button type="button" id="zoom-out" aria-label="Zoom out">\u{2212}</button> <button type="button" id="zoom-fit">Fit</button> <button type="button" id="leave-focus" hidden>Leave focus (Esc)</button></div>
        </div>
        </div>

        """

    /// The SVG document as an element of the page: without the XML declaration, the doctype
    /// and the comments Graphviz writes (node and edge names, which the page has already),
    /// and without a fixed size, so that it fills its box and scales.
    static func inlineSVG(_ document: String) -> String {
        let bytes = Array(document.utf8)
        func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle.utf8)
            guard pattern.count <= bytes.count else { return nil }
            var index = start
            while index + pattern.count <= bytes.count {
                if bytes[index] == pattern[0] && bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
                index += 1
            }
            return nil
        }
        guard let start = find("<svg", from: 0) else { return "" }
        // One pass over the bytes, copying what lies between comments.
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = start
        while let open = find("<!--", from: position) {
            output += bytes[position..<open]
            guard let close = find("-->", from: open + 4) else { position = bytes.count; break }
            position = close + 3
            if position < bytes.count && bytes[position] == UInt8(ascii: "\n") { position += 1 }
        }
        output += bytes[position...]
        var text = String(decoding: output, as: UTF8.self)
        if let tagEnd = text.firstIndex(of: ">") {
            var tag = String(text[..<tagEnd])
            for attribute in ["width", "height"] {
                if let range = tag.range(of: " \(attribute)=\"[^\"]*\"", options: .regularExpression) { tag.removeSubrange(range) }
            }
            tag = tag.replacingOccurrences(of: "<svg", with: "<svg id=\"diagram-svg\" role=\"img\" aria-label=\"The stance graph\" preserveAspectRatio=\"xMidYMid meet\"")
            text = tag + text[tagEnd...]
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
