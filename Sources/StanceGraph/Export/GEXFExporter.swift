/// Writes a graph as GEXF 1.2draft, Gephi's own format: a dynamic graph whose nodes and edges
/// carry spells (`GraphSpells`: on any day, what holds is what `GraphFilter.asOf` keeps that day), so
/// that Gephi's timeline plays the graph; every attribute declared once with its GEXF type;
/// labels; an edge `weight` from its evidence (`GEXFExporter.weight`); and, in the viz
/// extension, the colours of the diagram's legend, a shape near its shape, and each edge type's
/// line (solid, dashed, dotted) and thickness.
///
/// As in GraphML, an edge about an edge ends at the node the stance it is about ends at, and
/// names that stance in its `target_edge` attribute. Lists are JSON arrays
/// (`ExportValues.jsonList`); `confidence` is declared with the default 1.0, which is what
/// stancegraph takes a missing confidence to mean.
///
/// The viz elements are in the viz namespace (`viz:color`), as the GEXF primer, Gephi and
/// networkx write and read them. The published 1.2draft XML Schema declares them in the GEXF
/// namespace instead, so with `viz` on the output is valid against that schema but for those
/// elements; with `viz` off it is valid throughout.
public struct GEXFExporter: SingleDocumentExporter {
    public struct Options: Hashable, Sendable {
        /// Write colours, shapes and line styles (`viz:`); on by default.
        public var viz: Bool

        public init(viz: Bool = true) {
            self.viz = viz
        }
    }

    /// An attribute declaration: `<attribute id title type>` with an optional `<default>`.
    public struct Attribute: Hashable, Sendable {
        public enum ValueType: String, Sendable { case string, boolean, integer, double }

        public var id: String
        public var title: String
        public var type: ValueType
        public var defaultValue: String?
    }

    public static let namespace = "http://www.gexf.net/1.2draft"
    public static let vizNamespace = "http://www.gexf.net/1.2draft/viz"

    static let nodeAttributes: [GEXFAttribute<Node>] = [
        .kind, .subtype, .side, .aliases, .description, .roles, .title, .publisher, .published, .url, .file, .notes,
    ].map(GEXFAttribute.init(node:))

    static let edgeAttributes: [GEXFAttribute<FlatEdge>] = [
        .type, .stance, .targetEdge, .sources, .date, .attribution, .quote, .paraphrase, .confidence,
        .validFrom, .validUntil, .provenanceCount, .provenance, .notes,
    ].map(GEXFAttribute.init(edge:))

    /// The node attributes, in the order declared and written.
    public static var nodeAttributeDeclarations: [Attribute] { nodeAttributes.map(\.attribute) }
    /// The edge attributes, in the order declared and written.
    public static var edgeAttributeDeclarations: [Attribute] { edgeAttributes.map(\.attribute) }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// An edge's weight, from its evidence: its confidence (1 when it has none) times the sum,
    /// over the distinct sources its evidence cites, of how directly the most direct record from
    /// that source speaks: on the record 1, a spokesperson 0.8, anonymous sources 0.6, an
    /// analyst's assessment 0.4, a reporter's summary 0.2 (`(5 − indirectness) / 5`). An edge
    /// with no evidence (a structural link) weighs its confidence. So a stance two outlets
    /// quote on the record weighs 2, one a single reporter summarises 0.2.
    public static func weight(of edge: Edge) -> Double {
        let confidence = edge.confidence ?? 1
        guard !edge.provenance.isEmpty else { return confidence }
        var best: [String: Int] = [:]
        for record in edge.provenance {
            best[record.source] = min(best[record.source] ?? Int.max, record.attribution.indirectness)
        }
        // Summed in fifths, as integers, then divided once: the same number whichever order
        // the sources come in (a dictionary's order changes from one process to the next).
        let fifths = best.values.reduce(0) { $0 + (5 - $1) }
        return confidence * (Double(fifths) / 5)
    }

    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        let spells = GraphSpells(graph)
        writeHeader(graph, to: &output)
        writeDeclarations(to: &output)
        // Nodes and edges are written as UTF-8 bytes into one buffer, handed to the output a
        // megabyte at a time.
        var text = UTF8Buffer(capacity: UTF8Buffer.flushSize + (UTF8Buffer.flushSize >> 2))
        text.append("    <nodes count=\"")
        text.append(graph.nodes.count)
        text.append("\">\n")
        for (index, node) in graph.nodes.enumerated() {
            appendNode(node, spells: spells.nodes[index], to: &text)
            text.flushIfFull(to: &output)
        }
        text.append("    </nodes>\n")
        text.append("    <edges count=\"")
        text.append(graph.edges.count)
        text.append("\">\n")
        for index in graph.edges.indices {
            appendEdge(FlatEdge(index, of: graph), spell: spells.edges[index], to: &text)
            text.flushIfFull(to: &output)
        }
        text.append("    </edges>\n")
        text.append("  </graph>\n")
        text.append("</gexf>\n")
        text.flush(to: &output)
    }

    private func writeHeader(_ graph: Graph, to output: inout some TextOutputStream) {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.write("<gexf xmlns=\"\(GEXFExporter.namespace)\"")
        if options.viz { output.write(" xmlns:viz=\"\(GEXFExporter.vizNamespace)\"") }
        output.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        output.write(" xsi:schemaLocation=\"\(GEXFExporter.namespace) http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n")
        var meta = "  <meta>\n    <creator>stancegraph \(version)</creator>\n"
        let about = [graph.title, graph.description].compactMap { $0 }
        if !about.isEmpty {
            meta += "    <description>"
            XMLText.appendEscaped(about.joined(separator: " — "), to: &meta)
            meta += "</description>\n"
        }
        meta += "  </meta>\n"
        output.write(meta)
        output.write("  <graph mode=\"dynamic\" timeformat=\"date\" defaultedgetype=\"directed\">\n")
    }

    private func writeDeclarations(to output: inout some TextOutputStream) {
        for (domain, attributes) in [("node", GEXFExporter.nodeAttributeDeclarations), ("edge", GEXFExporter.edgeAttributeDeclarations)] {
            var text = "    <attributes class=\"\(domain)\" mode=\"static\">\n"
            for attribute in attributes {
                text += "      <attribute id=\"\(attribute.id)\" title=\"\(attribute.title)\" type=\"\(attribute.type.rawValue)\""
                if let value = attribute.defaultValue {
                    text += ">\n        <default>\(value)</default>\n      </attribute>\n"
                } else {
                    text += "/>\n"
                }
            }
            text += "    </attributes>\n"
            output.write(text)
        }
    }

    private func appendNode(_ node: Node, spells: [Spell], to text: inout UTF8Buffer) {
        text.append("      <node id=\"")
        XMLText.appendEscaped(node.id, to: &text, inAttribute: true)
        text.append("\" label=\"")
        XMLText.appendEscaped(node.label, to: &text, inAttribute: true)
        text.append("\">\n")
        appendValues(node, GEXFExporter.nodeAttributes, to: &text)
        appendSpells(spells, to: &text)
        if options.viz {
            let style = DOTStyle.node(kind: node.kind, subtype: node.subtype)
            // A source's fill is white, which would vanish on Gephi's white canvas: its outline colour.
            appendColor(node.kind == .source ? style.color : style.fillColor, to: &text)
            text.append("        <viz:shape value=\"")
            text.append(GEXFExporter.vizShape(style))
            text.append("\"/>\n")
        }
        text.append("      </node>\n")
    }

    private func appendEdge(_ flat: FlatEdge, spell: Spell, to text: inout UTF8Buffer) {
        text.append("      <edge id=\"")
        XMLText.appendEscaped(flat.edge.id, to: &text, inAttribute: true)
        text.append("\" source=\"")
        XMLText.appendEscaped(flat.tail, to: &text, inAttribute: true)
        text.append("\" target=\"")
        XMLText.appendEscaped(flat.head, to: &text, inAttribute: true)
        text.append("\"")
        if let label = flat.edge.label {
            text.append(" label=\"")
            XMLText.appendEscaped(label, to: &text, inAttribute: true)
            text.append("\"")
        }
        text.append(" weight=\"")
        text.append(TextFormatting.number(GEXFExporter.weight(of: flat.edge)))
        text.append("\">\n")
        appendValues(flat, GEXFExporter.edgeAttributes, to: &text)
        if !spell.isAlways { appendSpells([spell], to: &text) }
        if options.viz {
            let style = DOTStyle.edge(flat.edge.type)
            appendColor(style.color, to: &text)
            let thickness = style.style == "bold" ? 3 : style.penWidth
            text.append("        <viz:thickness value=\"")
            text.append(TextFormatting.number(thickness))
            text.append("\"/>\n")
            text.append("        <viz:shape value=\"")
            text.append(GEXFExporter.vizLine(style))
            text.append("\"/>\n")
        }
        text.append("      </edge>\n")
    }

    private func appendValues<Element>(_ element: Element, _ attributes: [GEXFAttribute<Element>], to text: inout UTF8Buffer) {
        var first = true
        for attribute in attributes {
            guard let value = attribute.value(element) else { continue }
            if first { text.append("        <attvalues>\n"); first = false }
            attribute.opening.withUnsafeBufferPointer { text.append(contentsOf: $0) }
            value.writeXML(to: &text, inAttribute: true)
            text.append("\"/>\n")
        }
        if !first { text.append("        </attvalues>\n") }
    }

    private func appendSpells(_ spells: [Spell], to text: inout UTF8Buffer) {
        guard !spells.isEmpty else { return }
        text.append("        <spells>\n")
        for spell in spells {
            text.append("          <spell")
            if let start = spell.start { text.append(" start=\"\(start)\"") }
            if let end = spell.end { text.append(" end=\"\(end)\"") }
            text.append("/>\n")
        }
        text.append("        </spells>\n")
    }

    private func appendColor(_ hex: String, to text: inout UTF8Buffer) {
        let (r, g, b) = GEXFExporter.rgb(hex)
        text.append("        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\" a=\"1.0\"/>\n")
    }

    /// `#RRGGBB` as channels; black for anything else.
    static func rgb(_ hex: String) -> (Int, Int, Int) {
        guard hex.count == 7, hex.hasPrefix("#"), let value = Int(hex.dropFirst(), radix: 16) else { return (0, 0, 0) }
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }

    /// The nearest of GEXF's four node shapes to the diagram's: round shapes a disc, boxes
    /// (and documents) a square, the condition's hexagon a diamond, the group's house a triangle.
    static func vizShape(_ style: DOTStyle.NodeStyle) -> String {
        switch style.shape {
        case "ellipse", "egg", "octagon", "doubleoctagon": return "disc"
        case "hexagon", "diamond": return "diamond"
        case "house", "triangle": return "triangle"
        default: return "square"
        }
    }

    /// GEXF's line for the diagram's: bold lines are solid (and thicker).
    static func vizLine(_ style: DOTStyle.EdgeStyle) -> String {
        switch style.style {
        case "dashed": return "dashed"
        case "dotted": return "dotted"
        default: return "solid"
        }
    }
}

/// A GEXF attribute: its declaration and how to read its value off a node or an edge.
struct GEXFAttribute<Element>: Sendable {
    let attribute: GEXFExporter.Attribute
    /// The value to write as `<attvalue>`, or `nil` to write none.
    let value: @Sendable (Element) -> FlatValue?
    /// `<attvalue for="…" value="`, indented, as bytes.
    let opening: [UInt8]

    private init(_ name: String, _ type: FlatValueType, default defaultValue: String?,
                 value: @escaping @Sendable (Element) -> FlatValue?) {
        attribute = GEXFExporter.Attribute(id: name, title: name, type: .init(type), defaultValue: defaultValue)
        self.value = value
        opening = Array("          <attvalue for=\"\(name)\" value=\"".utf8)
    }

    /// The attribute of node attribute `attribute`, typed by its value type.
    init(node attribute: FlatNodeAttribute) where Element == Node {
        self.init(attribute.rawValue, attribute.valueType, default: nil) { attribute.value(of: $0) }
    }

    /// The attribute of edge attribute `attribute`, typed by its value type, with its declared default.
    init(edge attribute: FlatEdgeAttribute) where Element == FlatEdge {
        self.init(attribute.rawValue, attribute.valueType, default: attribute.defaultValue) { attribute.value(of: $0) }
    }
}

extension GEXFExporter.Attribute.ValueType {
    init(_ type: FlatValueType) {
        switch type {
        case .string: self = .string
        case .boolean: self = .boolean
        case .int: self = .integer
        case .double: self = .double
        }
    }
}
