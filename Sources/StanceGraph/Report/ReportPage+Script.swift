extension ReportPage {
    /// The report page's script, written by hand: no library, no `eval`, no markup built from data
    /// (text goes in with `textContent`). Its SHA-256 is the only script the page's policy allows.
    static let script = #"""
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var byId = function (id) { return document.getElementById(id); };

  // Elements are built with textContent and setAttribute only: no text from the graph is
  // ever parsed as markup.
  function el(tag, attributes) {
    var element = document.createElement(tag);
    var names = attributes ? Object.keys(attributes) : [];
    for (var i = 0; i < names.length; i++) {
      var value = attributes[names[i]];
      if (value === null || value === undefined || value === false) continue;
      if (names[i] === 'text') element.textContent = value;
      else if (names[i] === 'className') element.className = value;
      else element.setAttribute(names[i], value === true ? '' : String(value));
    }
    for (var j = 2; j < arguments.length; j++) {
      var child = arguments[j];
      if (child === null || child === undefined) continue;
      element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return element;
  }
  function clear(element) { while (element.firstChild) element.removeChild(element.firstChild); }

  // MARK: The graph

  var nodes = {}, edges = {}, types = {};
  var outgoing = {}, incoming = {}, claimsAbout = {};
  data.types.forEach(function (t) { types[t.type] = t; });
  data.nodes.forEach(function (n) { nodes[n.id] = n; outgoing[n.id] = []; incoming[n.id] = []; });
  data.edges.forEach(function (e) { edges[e.id] = e; claimsAbout[e.id] = []; });
  data.edges.forEach(function (e) {
    outgoing[e.from].push(e);
    if (e.about_edge) claimsAbout[e.to].push(e); else incoming[e.to].push(e);
  });
  var attributionNames = {
    'on-the-record': 'on the record', 'spokesperson': 'spokesperson', 'anonymous-sources': 'anonymous sources',
    'analyst-assessment': 'analyst assessment', 'reporter-summary': 'reporter summary'
  };
  function label(id) { return nodes[id] ? nodes[id].label : id; }
  function describeEdge(e) {
    var target = e.about_edge ? '[' + describeEdge(edges[e.to]) + ']' : label(e.to);
    return label(e.from) + ' \u2014' + e.type + '\u2192 ' + target;
  }
  function sourceTitle(id) {
    var s = nodes[id];
    return s ? (s.title || s.label) : id;
  }

  // Dates are partial (2024, 2024-05, 2024-05-24): each covers the days from its first to its last.
  function day(y, m, d) { return Math.floor(Date.UTC(y, m - 1, d) / 86400000); }
  function dateStart(text) {
    if (!text) return null;
    var p = text.split('-').map(Number);
    return day(p[0], p[1] || 1, p[2] || 1);
  }
  function dateEnd(text) {
    if (!text) return null;
    var p = text.split('-').map(Number);
    if (p[2]) return day(p[0], p[1], p[2]);
    if (p[1]) return day(p[1] === 12 ? p[0] + 1 : p[0], p[1] === 12 ? 1 : p[1] + 1, 1) - 1;
    return day(p[0] + 1, 1, 1) - 1;
  }
  function dayText(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

  // MARK: The diagram's elements

  var diagram = byId('diagram');
  var svg = diagram.querySelector('svg');
  var nodeElements = {}, edgeElements = {}, owner = new Map();
  function register(map, key, element) { (map[key] = map[key] || []).push(element); }
  if (svg) {
    svg.querySelectorAll('g.node, g.edge').forEach(function (g) {
      var id = g.id;
      if (id.indexOf('node-') === 0 && nodes[id.slice(5)]) {
        register(nodeElements, id.slice(5), g); owner.set(g, { node: id.slice(5) });
      } else if (id.indexOf('claim-') === 0 && edges[id.slice(6)]) {
        register(edgeElements, id.slice(6), g); owner.set(g, { edge: id.slice(6) });
      } else if (id.indexOf('edge-') === 0) {
        var rest = id.slice(5);
        if (!edges[rest] && /-head$/.test(rest)) rest = rest.slice(0, -5);
        if (edges[rest]) { register(edgeElements, rest, g); owner.set(g, { edge: rest }); }
      }
    });
  }

  // MARK: Pan and zoom (the viewBox moves; wheel, drag, buttons and keys)

  var home = null, view = null;
  if (svg) {
    var box = svg.viewBox.baseVal;
    home = { x: box.x, y: box.y, w: box.width, h: box.height };
    view = Object.assign({}, home);
  }
  function applyView() { svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].join(' ')); }
  function toDiagram(clientX, clientY) {
    var matrix = svg.getScreenCTM();
    if (!matrix) return { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    var point = svg.createSVGPoint();
    point.x = clientX; point.y = clientY;
    return point.matrixTransform(matrix.inverse());
  }
  function zoom(factor, centre) {
    var c = centre || { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    var w = Math.min(Math.max(view.w * factor, home.w / 40), home.w * 4);
    var k = w / view.w;
    view = { x: c.x - (c.x - view.x) * k, y: c.y - (c.y - view.y) * k, w: view.w * k, h: view.h * k };
    applyView();
  }
  function pan(dx, dy) { view.x += dx; view.y += dy; applyView(); }
  function fit() { view = Object.assign({}, home); applyView(); }
  // A tall diagram fitted whole into a wide box is too small to read: start at its top, as
  // wide as the box (at most life size); Fit shows the whole of it.
  function initialView() {
    var cw = svg.clientWidth, ch = svg.clientHeight;
    if (!cw || !ch) { fit(); return; }
    var whole = Math.min(cw / home.w, ch / home.h), across = Math.min(cw / home.w, 1);
    if (whole >= 0.6 || across <= whole * 1.25) { fit(); return; }
    var w = cw / across, h = ch / across;
    view = { x: home.x + home.w / 2 - w / 2, y: home.y, w: w, h: h };
    applyView();
  }
  function showBox(b) {
    var margin = Math.max(b.width, b.height) * 0.25 + 40;
    var w = Math.max(b.width + 2 * margin, home.w / 10), h = Math.max(b.height + 2 * margin, home.h / 10);
    var aspect = svg.clientWidth && svg.clientHeight ? svg.clientWidth / svg.clientHeight : home.w / home.h;
    if (w / h < aspect) w = h * aspect; else h = w / aspect;
    view = { x: b.x + b.width / 2 - w / 2, y: b.y + b.height / 2 - h / 2, w: w, h: h };
    applyView();
  }
  function boxOf(elements) {
    var box = null;
    elements.forEach(function (g) {
      var b;
      try { b = g.getBBox(); } catch (error) { return; }
      var m = g.getCTM && svg.getCTM ? svg.getCTM().inverse().multiply(g.getCTM()) : null;
      var x = b.x, y = b.y;
      if (m) { x = m.a * b.x + m.e; y = m.d * b.y + m.f; }
      var r = { x: x, y: y, width: b.width, height: b.height };
      if (!box) { box = r; return; }
      var x2 = Math.max(box.x + box.width, r.x + r.width), y2 = Math.max(box.y + box.height, r.y + r.height);
      box.x = Math.min(box.x, r.x); box.y = Math.min(box.y, r.y); box.width = x2 - box.x; box.height = y2 - box.y;
    });
    return box;
  }

  var drag = null;
  if (svg) {
    svg.addEventListener('wheel', function (event) {
      event.preventDefault();
      zoom(Math.exp(event.deltaY * 0.0015), toDiagram(event.clientX, event.clientY));
    }, { passive: false });
    svg.addEventListener('pointerdown', function (event) {
      if (event.button !== 0) return;
      drag = { x: event.clientX, y: event.clientY, moved: false, id: event.pointerId };
    });
    svg.addEventListener('pointermove', function (event) {
      if (!drag) return;
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      if (!drag.moved) { drag.moved = true; try { svg.setPointerCapture(drag.id); } catch (error) { /* not captured */ } }
      var matrix = svg.getScreenCTM();
      var scale = matrix ? matrix.a : 1;
      pan(-dx / scale, -dy / scale);
      drag.x = event.clientX; drag.y = event.clientY;
      svg.classList.add('dragging');
    });
    var endDrag = function () { svg.classList.remove('dragging'); setTimeout(function () { drag = null; }, 0); };
    svg.addEventListener('pointerup', endDrag);
    svg.addEventListener('pointercancel', endDrag);
    svg.addEventListener('click', function (event) {
      var target = event.target.closest ? event.target.closest('g.node, g.edge') : null;
      // Links in the diagram lead to sources on the web; the report opens evidence instead.
      if (event.target.closest && event.target.closest('a')) event.preventDefault();
      if (drag && drag.moved) { drag = null; return; }
      drag = null;
      if (!target || !owner.has(target)) return;
      var what = owner.get(target);
      if (what.node) { focusNode(what.node, false); showNode(what.node); }
      else { selectEdge(what.edge); showEdge(what.edge); }
    });
  }
  diagram.addEventListener('keydown', function (event) {
    if (!svg) return;
    var step = view.w / 10, handled = true;
    switch (event.key) {
      case '+': case '=': zoom(0.8); break;
      case '-': case '_': zoom(1.25); break;
      case '0': fit(); break;
      case 'ArrowLeft': pan(-step, 0); break;
      case 'ArrowRight': pan(step, 0); break;
      case 'ArrowUp': pan(0, -step); break;
      case 'ArrowDown': pan(0, step); break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });
  byId('zoom-in').addEventListener('click', function () { zoom(0.8); });
  byId('zoom-out').addEventListener('click', function () { zoom(1.25); });
  byId('zoom-fit').addEventListener('click', fit);

  // MARK: Focus: a node's neighbourhood stays, the rest fades

  var focused = null;
  function markSelected(elements) {
    if (!svg) return;
    svg.querySelectorAll('.selected').forEach(function (g) { g.classList.remove('selected'); });
    (elements || []).forEach(function (g) { g.classList.add('selected'); });
  }
  function neighbourhood(id) {
    var keepNodes = {}, keepEdges = {};
    keepNodes[id] = true;
    function keepEdge(e) {
      if (keepEdges[e.id]) return;
      keepEdges[e.id] = true;
      keepNodes[e.from] = true;
      if (e.about_edge) keepEdge(edges[e.to]); else keepNodes[e.to] = true;
      claimsAbout[e.id].forEach(keepEdge);
    }
    outgoing[id].forEach(keepEdge);
    incoming[id].forEach(keepEdge);
    return { nodes: keepNodes, edges: keepEdges };
  }
  function focusNode(id, move) {
    if (!svg) return;
    leaveFocus();
    focused = id;
    var keep = neighbourhood(id);
    svg.classList.add('focusing');
    var kept = [];
    Object.keys(keep.nodes).forEach(function (n) { (nodeElements[n] || []).forEach(function (g) { g.classList.add('keep'); kept.push(g); }); });
    Object.keys(keep.edges).forEach(function (e) { (edgeElements[e] || []).forEach(function (g) { g.classList.add('keep'); kept.push(g); }); });
    markSelected(nodeElements[id]);
    byId('leave-focus').hidden = false;
    byId('focus-status').textContent = 'Focused on ' + label(id) + ': ' + Object.keys(keep.nodes).length + ' nodes, ' +
      Object.keys(keep.edges).length + ' edges. Esc leaves focus.';
    if (move) { var b = boxOf(kept); if (b) showBox(b); }
  }
  function leaveFocus() {
    if (!svg) return;
    focused = null;
    svg.classList.remove('focusing');
    svg.querySelectorAll('.keep').forEach(function (g) { g.classList.remove('keep'); });
    markSelected([]);
    byId('leave-focus').hidden = true;
    byId('focus-status').textContent = '';
  }
  function selectEdge(id) { markSelected(edgeElements[id]); }
  byId('leave-focus').addEventListener('click', leaveFocus);

  // MARK: The evidence panel

  var panel = byId('evidence-body');
  function openButton(text, action, className) {
    var button = el('button', { type: 'button', className: className || 'link', text: text });
    button.addEventListener('click', action);
    return button;
  }
  function edgeButton(e) {
    return openButton(describeEdge(e), function () { selectEdge(e.id); showEdge(e.id); });
  }
  function nodeButton(id) {
    return openButton(label(id), function () { focusNode(id, true); showNode(id); });
  }
  function passageFigure(context) {
    return el('figure', { className: 'passage' },
      el('figcaption', { text: 'In the source text' }),
      el('p', null, (context[3] ? '\u2026' : '') + context[0], el('mark', { text: context[1] }), context[2] + (context[4] ? '\u2026' : '')));
  }
  function recordItem(e, r, openPassage) {
    var item = el('li', { className: 'record' });
    if (r.quote) item.appendChild(el('blockquote', { text: '\u201c' + r.quote + '\u201d' }));
    else if (r.paraphrase) item.appendChild(el('p', { className: 'paraphrase', text: 'Paraphrase' + (r.passage ? ' of: \u201c' + r.passage + '\u201d' : ' (no quote)') }));
    var source = nodes[r.source] || {};
    var meta = el('p', { className: 'meta' },
      el('span', { text: r.date || 'undated' }), ' \u00b7 ',
      el('span', { text: attributionNames[r.attribution] || r.attribution }), ' \u00b7 ',
      el('cite', { text: sourceTitle(r.source) }));
    if (source.publisher) meta.appendChild(document.createTextNode(', ' + source.publisher));
    if (source.published) meta.appendChild(document.createTextNode(', ' + source.published));
    if (e.confidence !== null) meta.appendChild(document.createTextNode(' \u00b7 confidence ' + e.confidence));
    item.appendChild(meta);
    if (source.url && /^https?:\/\//i.test(source.url)) {
      item.appendChild(el('p', { className: 'meta' }, el('a', { href: source.url, rel: 'noopener noreferrer', text: source.url })));
    }
    if (r.notes) item.appendChild(el('p', { className: 'notes', text: 'Notes: ' + r.notes }));
    if (r.context) {
      if (openPassage) item.appendChild(passageFigure(r.context));
      else item.appendChild(el('details', { className: 'passage-toggle' }, el('summary', { text: 'Passage in the source' }), passageFigure(r.context)));
    } else if (r.quote || r.passage) {
      item.appendChild(el('p', { className: 'meta', text: 'The source text is not in this report.' }));
    }
    return item;
  }
  function edgeFacts(e) {
    var facts = [types[e.type] ? e.type + ': ' + types[e.type].meaning : e.type];
    if (e.label) facts.push('Label: ' + e.label);
    if (e.confidence !== null) facts.push('Confidence ' + e.confidence);
    if (e.valid_from || e.valid_until) facts.push('Valid ' + (e.valid_from ? 'from ' + e.valid_from : '') + (e.valid_until ? ' until ' + e.valid_until : ''));
    if (e.notes) facts.push('Notes: ' + e.notes);
    return el.apply(null, ['ul', { className: 'facts' }].concat(facts.map(function (f) { return el('li', { text: f }); })));
  }
  function claimsList(e) {
    var claims = claimsAbout[e.id];
    if (!claims.length) return null;
    var list = el('ul', { className: 'claims' });
    claims.forEach(function (c) {
      var lead = c.lead !== null ? c.records[c.lead] : null;
      list.appendChild(el('li', null, el('span', { className: 'type type-' + c.type, text: c.type }), ' ',
        openButton(label(c.from) + ' ' + c.type + ' this', function () { selectEdge(c.id); showEdge(c.id); }),
        lead && lead.quote ? el('span', { className: 'lead', text: ' \u201c' + lead.quote + '\u201d' }) : null));
    });
    return el('section', { className: 'claims-section' }, el('h4', { text: 'Claims about it (' + claims.length + ')' }), list);
  }
  function edgeSection(e, headingLevel, openPassages) {
    var section = el('section', { className: 'edge-evidence' });
    if (headingLevel) section.appendChild(el(headingLevel, null, edgeButton(e)));
    section.appendChild(edgeFacts(e));
    if (e.about_edge) section.appendChild(el('p', null, 'About: ', edgeButton(edges[e.to])));
    if (e.records.length) {
      var list = el('ol', { className: 'records' });
      e.records.forEach(function (r) { list.appendChild(recordItem(e, r, openPassages)); });
      section.appendChild(el('h4', { text: 'Evidence (' + e.records.length + ' record' + (e.records.length === 1 ? '' : 's') + ')' }));
      section.appendChild(list);
    }
    var claims = claimsList(e);
    if (claims) section.appendChild(claims);
    return section;
  }
  function showPanel(title, parts) {
    clear(panel);
    panel.appendChild(el('h3', { id: 'evidence-title', text: title }));
    parts.forEach(function (p) { if (p) panel.appendChild(p); });
    byId('evidence').scrollTop = 0;
  }
  function showEdge(id) {
    var e = edges[id];
    showPanel(describeEdge(e), [edgeSection(e, null, true)].concat([
      el('p', null, 'From ', nodeButton(e.from), e.about_edge ? null : ' to ', e.about_edge ? null : nodeButton(e.to))]));
    panel.setAttribute('data-showing', 'edge:' + id);
  }
  function showNode(id) {
    var n = nodes[id];
    var facts = [n.kind + (n.subtype ? ', ' + n.subtype : '') + (n.side ? ', side: ' + n.side : '') + ' (id ' + n.id + ')'];
    if (n.aliases.length) facts.push('Also known as: ' + n.aliases.join('; '));
    if (n.description) facts.push(n.description);
    if (n.title) facts.push('Title: ' + n.title);
    if (n.publisher) facts.push('Publisher: ' + n.publisher);
    if (n.published) facts.push('Published: ' + n.published);
    var parts = [el.apply(null, ['ul', { className: 'facts' }].concat(facts.map(function (f) { return el('li', { text: f }); })))];
    if (n.url) parts.push(el('p', null, el('a', { href: n.url, rel: 'noopener noreferrer', text: n.url })));
    var own = outgoing[id], towards = incoming[id];
    if (own.length) {
      parts.push(el('h4', { text: 'Its edges (' + own.length + ')' }));
      own.forEach(function (e) { parts.push(edgeSection(e, 'h5', false)); });
    }
    if (towards.length) {
      parts.push(el('h4', { text: 'Edges to it (' + towards.length + ')' }));
      towards.forEach(function (e) { parts.push(edgeSection(e, 'h5', false)); });
    }
    if (n.kind === 'source') {
      var cited = data.edges.filter(function (e) { return e.records.some(function (r) { return r.source === id; }); });
      parts.push(el('p', { text: 'Cited by ' + cited.length + ' edge' + (cited.length === 1 ? '' : 's') + ' in this report.' }));
    }
    showPanel(n.label, parts);
    panel.setAttribute('data-showing', 'node:' + id);
  }
  function showEdges(title, list) {
    showPanel(title, list.map(function (e) { return edgeSection(e, 'h4', true); }));
    panel.setAttribute('data-showing', 'edges');
  }

  // MARK: Search, with the names rule of the command line

  // A name is matched as the command line matches it: a name equal but for case, spacing and
  // punctuation first; then every typed word among the words of the node's label, aliases and
  // id, in any order (accents and case folded, plurals stemmed, small words left out), the
  // node whose names leave out the fewest words first; then the same with a typo in a word of
  // five letters or more (one edit, two from ten letters); then the typed text inside a name.
  var stopWords = { a: 1, an: 1, the: 1, on: 1, of: 1, to: 1, and: 1, 'in': 1, 'with': 1, 'for': 1, s: 1 };
  function key(text) { return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' '); }
  function fold(text) { return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC'); }
  function foldedWords(text) { return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean); }
  function stem(word) {
    if (word.length <= 3 || word.slice(-1) !== 's' || word.slice(-2) === 'ss') return word;
    if (word.slice(-3) === 'ies' && word.length > 4) return word.slice(0, -3) + 'y';
    return word.slice(0, -1);
  }
  function words(text) {
    var set = new Set();
    foldedWords(text).forEach(function (w) { if (!stopWords[w]) set.add(stem(w)); });
    return set;
  }
  function typoBound(word) { return word.length >= 10 ? 2 : word.length >= 5 ? 1 : 0; }
  function editDistance(a, b, bound) {
    a = Array.from(a); b = Array.from(b);
    if (Math.abs(a.length - b.length) > bound) return bound + 1;
    var previous = [], current = [];
    for (var j = 0; j <= b.length; j++) previous[j] = j;
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var best = i;
      for (var k = 1; k <= b.length; k++) {
        current[k] = Math.min(previous[k] + 1, current[k - 1] + 1, previous[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
        best = Math.min(best, current[k]);
      }
      if (best > bound) return bound + 1;
      previous = current;
    }
    return previous[b.length];
  }
  var searchable = data.nodes.map(function (n) {
    var names = [{ text: n.label, field: 0 }].concat(n.aliases.map(function (a) { return { text: a, field: 1 }; }), [{ text: n.id, field: 2 }]);
    names.forEach(function (name) { name.key = key(name.text); name.words = words(name.text); name.folded = foldedWords(name.text).join(' '); });
    var all = new Set();
    names.forEach(function (name) { name.words.forEach(function (w) { all.add(w); }); });
    return { node: n, names: names, all: all };
  });
  function matchNode(item, query) {
    var best = null;
    function consider(m) {
      if (!best || m.quality < best.quality || (m.quality === best.quality && (m.cost < best.cost || (m.cost === best.cost && m.field < best.field)))) best = m;
    }
    item.names.forEach(function (name) { if (query.key && name.key === query.key) consider({ quality: 0, cost: 0, field: name.field, text: name.text }); });
    if (best) return best;
    if (!query.words.size) return null;
    function bestName(wanted, quality, edits) {
      item.names.forEach(function (name) {
        var extra = 0, missing = 0;
        name.words.forEach(function (w) { if (!wanted.has(w)) extra++; });
        wanted.forEach(function (w) { if (!name.words.has(w)) missing++; });
        consider({ quality: quality, cost: edits * 100 + extra + 2 * missing, field: name.field, text: name.text });
      });
    }
    var typed = Array.from(query.words);
    if (typed.every(function (w) { return item.all.has(w); })) { bestName(query.words, 1, 0); return best; }
    var corrected = new Set(), edits = 0, ok = true;
    typed.forEach(function (w) {
      if (!ok) return;
      if (item.all.has(w)) { corrected.add(w); return; }
      var bound = typoBound(w), found = null;
      if (bound > 0) item.all.forEach(function (candidate) {
        var d = editDistance(w, candidate, bound);
        if (d <= bound && (!found || d < found.d || (d === found.d && candidate < found.w))) found = { d: d, w: candidate };
      });
      if (!found) { ok = false; return; }
      corrected.add(found.w); edits += found.d;
    });
    if (ok && edits > 0) { bestName(corrected, 2, edits); return best; }
    var needle = foldedWords(query.text).join(' ');
    if (needle) item.names.forEach(function (name) {
      if (name.folded.indexOf(needle) >= 0) consider({ quality: 3, cost: name.folded.length - needle.length, field: name.field, text: name.text });
    });
    return best;
  }
  function search(text) {
    var query = { text: text, key: key(text), words: words(text) };
    var found = [];
    searchable.forEach(function (item, index) {
      var m = matchNode(item, query);
      if (m) found.push({ node: item.node, match: m, index: index });
    });
    found.sort(function (a, b) {
      return a.match.quality - b.match.quality || a.match.cost - b.match.cost || a.match.field - b.match.field || a.index - b.index;
    });
    return found.slice(0, 12);
  }
  var input = byId('search'), results = byId('search-results'), active = -1, shown = [];
  var qualityNames = ['exact', 'words', 'typo', 'contains'];
  function renderResults() {
    clear(results);
    shown.forEach(function (r, i) {
      var option = el('li', { id: 'search-option-' + i, role: 'option', 'aria-selected': i === active ? 'true' : 'false',
        className: i === active ? 'active' : null, 'data-node': r.node.id },
        el('span', { className: 'result-label', text: r.node.label }), ' ',
        el('span', { className: 'result-meta', text: r.node.kind + ' \u00b7 ' + r.node.id + (r.match.quality ? ' \u00b7 ' + qualityNames[r.match.quality] : '') }));
      option.addEventListener('mousedown', function (event) { event.preventDefault(); choose(i); });
      results.appendChild(option);
    });
    var open = shown.length > 0;
    results.hidden = !open;
    input.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (active >= 0) input.setAttribute('aria-activedescendant', 'search-option-' + active);
    else input.removeAttribute('aria-activedescendant');
    byId('search-status').textContent = input.value.trim() ? (shown.length ? shown.length + ' match' + (shown.length === 1 ? '' : 'es') + '; arrows choose, Enter focuses' : 'No node matches') : '';
  }
  function choose(i) {
    var r = shown[i];
    if (!r) return;
    shown = []; active = -1; renderResults();
    focusNode(r.node.id, true);
    showNode(r.node.id);
    input.value = r.node.label;
    byId('search-status').textContent = '';
  }
  input.addEventListener('input', function () {
    shown = input.value.trim() ? search(input.value) : [];
    active = shown.length ? 0 : -1;
    renderResults();
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && shown.length) { active = (active + 1) % shown.length; renderResults(); event.preventDefault(); }
    else if (event.key === 'ArrowUp' && shown.length) { active = (active - 1 + shown.length) % shown.length; renderResults(); event.preventDefault(); }
    else if (event.key === 'Enter') { if (active >= 0) choose(active); event.preventDefault(); }
    else if (event.key === 'Escape') {
      if (shown.length) { shown = []; active = -1; renderResults(); } else { input.blur(); leaveFocus(); }
      event.preventDefault(); event.stopPropagation();
    }
  });
  input.addEventListener('blur', function () { shown = []; active = -1; renderResults(); });
  document.addEventListener('keydown', function (event) {
    var t = event.target, typing = t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');
    if (event.key === '/' && !typing) { event.preventDefault(); input.focus(); input.select(); }
    else if (event.key === 'Escape' && focused !== null) { leaveFocus(); }
  });

  // MARK: Time: valid on, or reported by, a date

  function edgeTimes(e) {
    var starts = e.records.map(function (r) { return dateStart(r.date); }).filter(function (d) { return d !== null; });
    var reported = e.records.map(function (r) {
      var s = nodes[r.source];
      return dateStart((s && s.published) || r.date);
    });
    return {
      validFrom: e.valid_from ? dateStart(e.valid_from) : (starts.length ? Math.min.apply(null, starts) : null),
      validUntil: e.valid_until ? dateEnd(e.valid_until) : null,
      reported: e.records.length && reported.every(function (d) { return d !== null; }) ? Math.min.apply(null, reported) : null
    };
  }
  var times = {}, allDays = new Set();
  data.edges.forEach(function (e) {
    var t = times[e.id] = edgeTimes(e);
    [t.validFrom, t.validUntil, t.reported].forEach(function (d) { if (d !== null) allDays.add(d); });
  });
  var days = Array.from(allDays).sort(function (a, b) { return a - b; });
  var slider = byId('time-slider'), timeValue = byId('time-value');
  slider.min = 0; slider.max = days.length; slider.value = days.length; slider.step = 1;
  if (!days.length) byId('time-controls').hidden = true;
  function clock() { return document.querySelector('input[name="clock"]:checked').value; }
  function edgeShown(e, on, mode) {
    var t = times[e.id];
    if (mode === 'valid') {
      if (t.validFrom !== null && t.validFrom > on) return false;
      if (t.validUntil !== null && t.validUntil < on) return false;
    } else if (t.reported !== null && t.reported > on) return false;
    return !e.about_edge || edgeShown(edges[e.to], on, mode);
  }
  function applyTime() {
    var index = Number(slider.value), all = index >= days.length, mode = clock();
    var on = all ? null : days[index];
    timeValue.textContent = all ? 'any date (everything shown)' : (mode === 'valid' ? 'valid on ' : 'reported by ') + dayText(on);
    slider.setAttribute('aria-valuetext', timeValue.textContent);
    var hiddenEdges = 0, hiddenNodes = 0, visibleDegree = {};
    data.edges.forEach(function (e) {
      var shown = all || edgeShown(e, on, mode);
      (edgeElements[e.id] || []).forEach(function (g) { g.classList.toggle('time-hidden', !shown); });
      if (!shown) hiddenEdges++;
      [e.from, e.about_edge ? null : e.to].forEach(function (n) {
        if (n === null) return;
        visibleDegree[n] = (visibleDegree[n] || 0) + (shown ? 1 : 0);
      });
    });
    data.nodes.forEach(function (n) {
      var hide = !all && visibleDegree[n.id] === 0;
      (nodeElements[n.id] || []).forEach(function (g) { g.classList.toggle('time-hidden', hide); });
      if (hide) hiddenNodes++;
    });
    byId('time-status').textContent = all ? '' : hiddenEdges + ' edges and ' + hiddenNodes + ' nodes hidden';
  }
  slider.addEventListener('input', applyTime);
  document.querySelectorAll('input[name="clock"]').forEach(function (radio) { radio.addEventListener('change', applyTime); });
  byId('time-all').addEventListener('click', function () { slider.value = days.length; applyTime(); });

  // MARK: Timeline: an actor's records by date

  var actorSelect = byId('timeline-actor'), timeline = byId('timeline');
  var actorsWithStances = data.nodes.filter(function (n) { return n.kind === 'actor' && outgoing[n.id].some(function (e) { return e.records.length; }); });
  actorsWithStances.sort(function (a, b) { return a.label.localeCompare(b.label); });
  actorsWithStances.forEach(function (n) { actorSelect.appendChild(el('option', { value: n.id, text: n.label })); });
  function renderTimeline() {
    clear(timeline);
    var id = actorSelect.value;
    if (!id) return;
    var entries = [], undated = 0;
    outgoing[id].forEach(function (e) {
      e.records.forEach(function (r) { if (r.date) entries.push({ e: e, r: r }); else undated++; });
    });
    entries.sort(function (a, b) { return dateStart(a.r.date) - dateStart(b.r.date) || a.r.date.length - b.r.date.length; });
    entries.forEach(function (entry) {
      timeline.appendChild(el('li', null, el('time', { text: entry.r.date }), ' ',
        el('span', { className: 'type type-' + entry.e.type, text: entry.e.type }), ' ',
        openButton(entry.e.about_edge ? '[' + describeEdge(edges[entry.e.to]) + ']' : label(entry.e.to), function () { selectEdge(entry.e.id); showEdge(entry.e.id); }),
        entry.r.quote ? el('q', { text: entry.r.quote }) : null,
        el('span', { className: 'meta', text: ' ' + sourceTitle(entry.r.source) + ', ' + (attributionNames[entry.r.attribution] || entry.r.attribution) })));
    });
    byId('timeline-status').textContent = entries.length + ' dated record' + (entries.length === 1 ? '' : 's') + (undated ? ', ' + undated + ' undated not listed' : '');
  }
  actorSelect.addEventListener('change', renderTimeline);
  if (actorsWithStances.length) {
    var busiest = actorsWithStances.slice().sort(function (a, b) { return outgoing[b.id].length - outgoing[a.id].length; })[0];
    actorSelect.value = busiest.id;
  }
  renderTimeline();

  // MARK: The stance table: actor × position, the stance types with counts

  var stanceTypes = ['supports', 'opposes', 'proposes', 'rejects', 'demands', 'doubts', 'denies', 'contradicts'];
  var pairs = {}, rows = [];
  data.edges.forEach(function (e) {
    if (e.about_edge || stanceTypes.indexOf(e.type) < 0 || !nodes[e.from] || nodes[e.from].kind !== 'actor') return;
    var k = e.from + '\u0000' + e.to;
    if (!pairs[k]) { pairs[k] = { actor: e.from, target: e.to, edges: [], records: 0, first: null, last: null }; rows.push(pairs[k]); }
    var p = pairs[k];
    p.edges.push(e);
    p.records += e.records.length;
    e.records.forEach(function (r) {
      var s = dateStart(r.date);
      if (s === null) return;
      if (p.first === null || s < p.first.n) p.first = { n: s, text: r.date };
      if (p.last === null || s > p.last.n) p.last = { n: s, text: r.date };
    });
  });
  var tbody = byId('stance-rows');
  var sortState = { column: 'actor', ascending: true };
  var sortKeys = {
    actor: function (p) { return label(p.actor).toLowerCase(); },
    target: function (p) { return label(p.target).toLowerCase(); },
    stances: function (p) { return p.edges.map(function (e) { return e.type; }).sort().join(' '); },
    records: function (p) { return p.records; },
    first: function (p) { return p.first ? p.first.n : Infinity; },
    last: function (p) { return p.last ? p.last.n : -Infinity; }
  };
  function renderTable() {
    var keyOf = sortKeys[sortState.column];
    rows.sort(function (a, b) {
      var x = keyOf(a), y = keyOf(b);
      var order = x < y ? -1 : x > y ? 1 : 0;
      if (!order) order = label(a.actor).localeCompare(label(b.actor)) || label(a.target).localeCompare(label(b.target));
      return sortState.ascending ? order : -order;
    });
    clear(tbody);
    rows.forEach(function (p) {
      var counts = {};
      p.edges.forEach(function (e) { (counts[e.type] = counts[e.type] || []).push(e); });
      var cell = el('td', { className: 'stances' });
      stanceTypes.filter(function (t) { return counts[t]; }).forEach(function (t) {
        cell.appendChild(openButton(t + (counts[t].length > 1 ? ' \u00d7' + counts[t].length : ''), function () {
          showEdges(label(p.actor) + ' ' + t + ' ' + label(p.target), counts[t]);
          if (counts[t].length === 1) selectEdge(counts[t][0].id);
        }, 'chip type-' + t));
      });
      tbody.appendChild(el('tr', null,
        el('th', { scope: 'row' }, nodeButton(p.actor)), el('td', null, nodeButton(p.target)), cell,
        el('td', { className: 'number', text: String(p.records) }),
        el('td', { className: 'date', text: p.first ? p.first.text : '' }), el('td', { className: 'date', text: p.last ? p.last.text : '' })));
    });
    document.querySelectorAll('#stance-table thead th[data-column]').forEach(function (th) {
      var column = th.getAttribute('data-column');
      th.setAttribute('aria-sort', column === sortState.column ? (sortState.ascending ? 'ascending' : 'descending') : 'none');
    });
  }
  document.querySelectorAll('#stance-table thead th[data-column] button').forEach(function (button) {
    button.addEventListener('click', function () {
      var column = button.parentNode.getAttribute('data-column');
      sortState = { column: column, ascending: sortState.column === column ? !sortState.ascending : true };
      renderTable();
    });
  });
  byId('stance-count').textContent = rows.length + ' actor\u2013position pair' + (rows.length === 1 ? '' : 's');
  renderTable();

  // MARK: Cited quotes, for reading through and for print

  var quotes = byId('quotes'), quoteCount = 0;
  data.edges.forEach(function (e) {
    if (!e.records.length) return;
    var item = el('li', null, el('p', { className: 'quote-edge', text: describeEdge(e) }));
    var list = el('ul', null);
    e.records.forEach(function (r) {
      quoteCount++;
      list.appendChild(el('li', null,
        r.quote ? el('q', { text: r.quote }) : el('span', { text: r.paraphrase ? 'paraphrase' + (r.passage ? ' of \u201c' + r.passage + '\u201d' : '') : '' }),
        el('span', { className: 'meta', text: ' \u2014 ' + sourceTitle(r.source) + ', ' + (r.date || 'undated') + ', ' + (attributionNames[r.attribution] || r.attribution) })));
    });
    item.appendChild(list);
    quotes.appendChild(item);
  });
  byId('quotes-summary').textContent = 'Every record (' + quoteCount + ') by edge';
  // Print the whole diagram and every quote, whatever the view on screen.
  var beforePrint = function () { byId('quotes-details').open = true; if (svg) fit(); };
  window.addEventListener('beforeprint', beforePrint);
  if (window.matchMedia) {
    var printing = window.matchMedia('print');
    if (printing.addEventListener) printing.addEventListener('change', function (event) { if (event.matches) beforePrint(); });
  }

  applyTime();
  if (svg) initialView();
  document.documentElement.classList.add('ready');
  if (window.performance && performance.mark) performance.mark('stancegraph-ready');
})();
"""#
}
