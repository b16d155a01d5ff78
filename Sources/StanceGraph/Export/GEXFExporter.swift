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
        GEXFAttribute("kind") { $0.kind.rawValue },
        GEXFAttribute("subtype") { $0.subtype?.rawValue },
        GEXFAttribute("side") { $0.side },
        GEXFAttribute("aliases") { ExportValues.jsonList($0.aliases) },
        GEXFAttribute("description") { $0.description },
        GEXFAttribute("roles") { ExportValues.rolesJSON(of: $0) },
        GEXFAttribute("title") { $0.title },
        GEXFAttribute("publisher") { $0.publisher },
        GEXFAttribute("published") { $0.published?.description },
        GEXFAttribute("url") { ExportValues.webURL(of: $0) },
        GEXFAttribute("file") { $0.file },
        GEXFAttribute("notes") { $0.notes },
    ]

    static let edgeAttributes: [GEXFAttribute<FlatEdge>] = [
        GEXFAttribute("type") { $0.edge.type.rawValue },
        GEXFAttribute("stance", .boolean) { $0.edge.type.isStance ? "true" : "false" },
        GEXFAttribute("target_edge") { $0.targetEdge },
        GEXFAttribute("sources") { ExportValues.jsonList($0.edge.sourceIDs) },
        GEXFAttribute("date") { $0.edge.earliestDate?.description },
        GEXFAttribute("attribution") { $0.lead?.attribution.rawValue },
        GEXFAttribute("quote") { $0.lead?.quote },
        GEXFAttribute("paraphrase", .boolean) { $0.lead.map { $0.paraphrase ? "true" : "false" } },
        GEXFAttribute("confidence", .double, default: "1.0") { $0.edge.confidence.map(TextFormatting.number) },
        GEXFAttribute("valid_from") { $0.edge.validFrom?.description },
        GEXFAttribute("valid_until") { $0.edge.validUntil?.description },
        GEXFAttribute("provenance_count", .integer) { String($0.edge.provenance.count) },
        GEXFAttribute("provenance") { $0.edge.provenance.isEmpty ? nil : ExportValues.provenanceJSON(of: $0.edge) },
        GEXFAttribute("notes") { $0.edge.notes },
    ]

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
        let evidence = best.values.reduce(0.0) { $0 + Double(5 - $1) / 5 }
        return confidence * evidence
    }

    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        let spells = GraphSpells(graph)
        writeHeader(graph, to: &output)
        writeDeclarations(to: &output)
        var text = ""
        output.write("    <nodes count=\"\(graph.nodes.count)\">\n")
        for (index, node) in graph.nodes.enumerated() {
            text.removeAll(keepingCapacity: true)
            appendNode(node, spells: spells.nodes[index], to: &text)
            output.write(text)
        }
        output.write("    </nodes>\n")
        output.write("    <edges count=\"\(graph.edges.count)\">\n")
        for index in graph.edges.indices {
            text.removeAll(keepingCapacity: true)
            appendEdge(FlatEdge(index, of: graph), spell: spells.edges[index], to: &text)
            output.write(text)
        }
        output.write("    </edges>\n")
        output.write("  </graph>\n")
        output.write("</gexf>\n")
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

    private func appendNode(_ node: Node, spells: [Spell], to text: inout String) {
        text += "      <node id=\""
        XMLText.appendEscaped(node.id, to: &text, inAttribute: true)
        text += "\" label=\""
        XMLText.appendEscaped(node.label, to: &text, inAttribute: true)
        text += "\">\n"
        appendValues(node, GEXFExporter.nodeAttributes, to: &text)
        appendSpells(spells, to: &text)
        if options.viz {
            let style = DOTStyle.node(kind: node.kind, subtype: node.subtype)
            // A source's fill is white, which would vanish on Gephi's white canvas: its outline colour.
            appendColor(node.kind == .source ? style.color : style.fillColor, to: &text)
            text += "        <viz:shape value=\"\(GEXFExporter.vizShape(style))\"/>\n"
        }
        text += "      </node>\n"
    }

    private func appendEdge(_ flat: FlatEdge, spell: Spell, to text: inout String) {
        text += "      <edge id=\""
        XMLText.appendEscaped(flat.edge.id, to: &text, inAttribute: true)
        text += "\" source=\""
        XMLText.appendEscaped(flat.tail, to: &text, inAttribute: true)
        text += "\" target=\""
        XMLText.appendEscaped(flat.head, to: &text, inAttribute: true)
        text += "\""
        if let label = flat.edge.label {
            text += " label=\""
            XMLText.appendEscaped(label, to: &text, inAttribute: true)
            text += "\""
        }
        text += " weight=\"\(TextFormatting.number(GEXFExporter.weight(of: flat.edge)))\">\n"
        appendValues(flat, GEXFExporter.edgeAttributes, to: &text)
        appendSpells(spell.isAlways ? [] : [spell], to: &text)
        if options.viz {
            let style = DOTStyle.edge(flat.edge.type)
            appendColor(style.color, to: &text)
            let thickness = style.style == "bold" ? 3 : style.penWidth
            text += "        <viz:thickness value=\"\(TextFormatting.number(thickness))\"/>\n"
            text += "        <viz:shape value=\"\(GEXFExporter.vizLine(style))\"/>\n"
        }
        text += "      </edge>\n"
    }

    private func appendValues<Element>(_ element: Element, _ attributes: [GEXFAttribute<Element>], to text: inout String) {
        var first = true
        for attribute in attributes {
            guard let value = attribute.value(element) else { continue }
            if first { text += "        <attvalues>\n"; first = false }
            text += "          <attvalue for=\"\(attribute.attribute.id)\" value=\""
            XMLText.appendEscaped(value, to: &text, inAttribute: true)
            text += "\"/>\n"
        }
        if !first { text += "        </attvalues>\n" }
    }

    private func appendSpells(_ spells: [Spell], to text: inout String) {
        guard !spells.isEmpty else { return }
        text += "        <spells>\n"
        for spell in spells {
            text += "          <spell"
            if let start = spell.start { text += " start=\"\(start)\"" }
            if let end = spell.end { text += " end=\"\(end)\"" }
            text += "/>\n"
        }
        text += "        </spells>\n"
    }

    private func appendColor(_ hex: String, to text: inout String) {
        let (r, g, b) = GEXFExporter.rgb(hex)
        text += "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\" a=\"1.0\"/>\n"
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
    let value: @Sendable (Element) -> String?

    init(_ name: String, _ type: GEXFExporter.Attribute.ValueType = .string, default defaultValue: String? = nil,
         value: @escaping @Sendable (Element) -> String?) {
        attribute = GEXFExporter.Attribute(id: name, title: name, type: type, defaultValue: defaultValue)
        self.value = value
    }
}
