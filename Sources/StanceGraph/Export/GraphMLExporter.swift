/// Writes a graph as GraphML, after networkx's writer: every `<key>` declared once before
/// `<graph>`, with a stable id, its `attr.name` and an explicit `attr.type`; `edgedefault`
/// set; parallel edges kept, each with its stancegraph id as `<edge id>`; written as a
/// stream, one element at a time.
///
/// The key set is fixed (`GraphMLExporter.keys`), whatever the graph holds, so a key id means
/// the same thing in every export; a value that is absent is simply not written. The edge id
/// is also written as the `edge_id` attribute, for readers that do not keep `<edge id>`
/// (python-igraph 1.0 fills its edge `id` attribute with vertex ids instead).
///
/// GraphML edges join nodes, so an edge that points at an edge (a `doubts`, `denies` or
/// `contradicts` about a reported stance) gets as its `target` the node that stance ends at
/// (following a chain of claims about claims to the first stance that ends at a node), and
/// carries the id of the edge it is about in its `target_edge` attribute. Nothing is lost:
/// a reader that knows the convention can rebuild the claim, and tools that do not still
/// see a doubt pointing at the position concerned.
///
/// With `yEd` set, node and edge graphics in yEd's own extension (`yfiles.type` keys with
/// `y:ShapeNode`/`y:PolyLineEdge`) are added, so yEd opens the file with names, colours and
/// shapes, nodes on a grid ready for one of its layouts. The plain GraphML schema allows
/// only text inside `<data>`, so that output is GraphML as yEd extends it: well-formed XML
/// that yEd, networkx and igraph read, but not valid against the strict schema. The default
/// output is. networkx takes a yEd label as the `label` attribute, so from that output it reports
/// the drawn labels: a node's wrapped and capped label, an edge's label or else its type.
public struct GraphMLExporter: SingleDocumentExporter {
    public struct Options: Hashable, Sendable {
        /// Add yEd's node and edge graphics.
        public var yEd: Bool

        public init(yEd: Bool = false) {
            self.yEd = yEd
        }
    }

    /// A `<key>`: what a `<data>` element's value means and what type it has.
    public struct Key: Hashable, Sendable {
        public enum Domain: String, Sendable { case graph, node, edge }
        public enum ValueType: String, Sendable { case string, boolean, int, long, float, double }

        public var id: String
        public var domain: Domain
        public var name: String
        public var type: ValueType
    }

    public static let namespace = "http://graphml.graphdrawing.org/xmlns"
    public static let yEdNamespace = "http://www.yworks.com/xml/graphml"

    /// Every key a stancegraph GraphML file declares, in the order they are declared and,
    /// within an element, the order their data is written.
    public static let keys: [Key] = [
        Key(id: "g_title", domain: .graph, name: "title", type: .string),
        Key(id: "g_description", domain: .graph, name: "description", type: .string),
        Key(id: "g_generator", domain: .graph, name: "generator", type: .string),
        Key(id: "n_label", domain: .node, name: "label", type: .string),
        Key(id: "n_kind", domain: .node, name: "kind", type: .string),
        Key(id: "n_subtype", domain: .node, name: "subtype", type: .string),
        Key(id: "n_side", domain: .node, name: "side", type: .string),
        Key(id: "n_aliases", domain: .node, name: "aliases", type: .string),
        Key(id: "n_description", domain: .node, name: "description", type: .string),
        Key(id: "n_roles", domain: .node, name: "roles", type: .string),
        Key(id: "n_title", domain: .node, name: "title", type: .string),
        Key(id: "n_publisher", domain: .node, name: "publisher", type: .string),
        Key(id: "n_published", domain: .node, name: "published", type: .string),
        Key(id: "n_url", domain: .node, name: "url", type: .string),
        Key(id: "n_file", domain: .node, name: "file", type: .string),
        Key(id: "n_notes", domain: .node, name: "notes", type: .string),
        Key(id: "e_edge_id", domain: .edge, name: "edge_id", type: .string),
        Key(id: "e_type", domain: .edge, name: "type", type: .string),
        Key(id: "e_stance", domain: .edge, name: "stance", type: .boolean),
        Key(id: "e_label", domain: .edge, name: "label", type: .string),
        Key(id: "e_target_edge", domain: .edge, name: "target_edge", type: .string),
        Key(id: "e_sources", domain: .edge, name: "sources", type: .string),
        Key(id: "e_date", domain: .edge, name: "date", type: .string),
        Key(id: "e_attribution", domain: .edge, name: "attribution", type: .string),
        Key(id: "e_quote", domain: .edge, name: "quote", type: .string),
        Key(id: "e_paraphrase", domain: .edge, name: "paraphrase", type: .boolean),
        Key(id: "e_confidence", domain: .edge, name: "confidence", type: .double),
        Key(id: "e_valid_from", domain: .edge, name: "valid_from", type: .string),
        Key(id: "e_valid_until", domain: .edge, name: "valid_until", type: .string),
        Key(id: "e_provenance_count", domain: .edge, name: "provenance_count", type: .int),
        Key(id: "e_provenance", domain: .edge, name: "provenance", type: .string),
        Key(id: "e_notes", domain: .edge, name: "notes", type: .string),
    ]

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.write("<graphml xmlns=\"\(GraphMLExporter.namespace)\"")
        output.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        if options.yEd { output.write(" xmlns:y=\"\(GraphMLExporter.yEdNamespace)\"") }
        output.write(" xsi:schemaLocation=\"\(GraphMLExporter.namespace) http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for key in GraphMLExporter.keys {
            output.write("  <key id=\"\(key.id)\" for=\"\(key.domain.rawValue)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type.rawValue)\"/>\n")
        }
        if options.yEd {
            output.write("  <key id=\"n_yed\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n")
            output.write("  <key id=\"e_yed\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n")
        }
        output.write("  <graph id=\"G\" edgedefault=\"directed\">\n")
        let graphData: [(String, String)] = [
            ("g_title", graph.title), ("g_description", graph.description), ("g_generator", "stancegraph \(version)"),
        ].compactMap { key, value in value.map { (key, $0) } }
        var text = ""
        appendData(graphData, indent: "    ", to: &text)
        output.write(text)

        // Each element is put together in one string (reusing its storage) and written at once:
        // one write per node or edge instead of one per piece.
        let columns = max(1, Int(Double(graph.nodes.count).squareRoot().rounded(.up)))
        for (index, node) in graph.nodes.enumerated() {
            text.removeAll(keepingCapacity: true)
            text += "    <node id=\""
            XMLText.appendEscaped(node.id, to: &text, inAttribute: true)
            text += "\">\n"
            appendData(nodeData(node), indent: "      ", to: &text)
            output.write(text)
            if options.yEd { writeYEdNode(node, position: (index % columns, index / columns), to: &output) }
            output.write("    </node>\n")
        }
        for (index, edge) in graph.edges.enumerated() {
            let source = graph.nodes[graph.edgeTails[index]].id
            let target = graph.nodes[graph.targetNodeIndex(ofEdge: index)].id
            text.removeAll(keepingCapacity: true)
            text += "    <edge id=\""
            XMLText.appendEscaped(edge.id, to: &text, inAttribute: true)
            text += "\" source=\""
            XMLText.appendEscaped(source, to: &text, inAttribute: true)
            text += "\" target=\""
            XMLText.appendEscaped(target, to: &text, inAttribute: true)
            text += "\">\n"
            var targetEdge: String?
            if case .edge(let claimed) = graph.edgeTargets[index] { targetEdge = graph.edges[claimed].id }
            appendData(edgeData(edge, targetEdge: targetEdge), indent: "      ", to: &text)
            output.write(text)
            if options.yEd { writeYEdEdge(edge, to: &output) }
            output.write("    </edge>\n")
        }
        output.write("  </graph>\n")
        output.write("</graphml>\n")
    }

    /// A node's values by key id, in key order; absent values are left out.
    public func nodeData(_ node: Node) -> [(String, String)] {
        let values: [(String, String?)] = [
            ("n_label", node.label),
            ("n_kind", node.kind.rawValue),
            ("n_subtype", node.subtype?.rawValue),
            ("n_side", node.side),
            ("n_aliases", node.aliases.isEmpty ? nil : node.aliases.joined(separator: "; ")),
            ("n_description", node.description),
            ("n_roles", ExportValues.rolesText(of: node)),
            ("n_title", node.title),
            ("n_publisher", node.publisher),
            ("n_published", node.published?.description),
            ("n_url", ExportValues.webURL(of: node)),
            ("n_file", node.file),
            ("n_notes", node.notes),
        ]
        return values.compactMap { key, value in value.map { (key, $0) } }
    }

    /// An edge's values by key id, in key order; absent values are left out.
    public func edgeData(_ edge: Edge, targetEdge: String?) -> [(String, String)] {
        let primary = edge.leadRecord
        let values: [(String, String?)] = [
            ("e_edge_id", edge.id),
            ("e_type", edge.type.rawValue),
            ("e_stance", edge.type.isStance ? "true" : "false"),
            ("e_label", edge.label),
            ("e_target_edge", targetEdge),
            ("e_sources", edge.sourceIDs.isEmpty ? nil : edge.sourceIDs.joined(separator: ",")),
            ("e_date", edge.earliestDate?.description),
            ("e_attribution", primary?.attribution.rawValue),
            ("e_quote", primary?.quote),
            ("e_paraphrase", primary.map { $0.paraphrase ? "true" : "false" }),
            ("e_confidence", edge.confidence.map(TextFormatting.number)),
            ("e_valid_from", edge.validFrom?.description),
            ("e_valid_until", edge.validUntil?.description),
            ("e_provenance_count", String(edge.provenance.count)),
            ("e_provenance", edge.provenance.isEmpty ? nil : ExportValues.provenanceJSON(of: edge)),
            ("e_notes", edge.notes),
        ]
        return values.compactMap { key, value in value.map { (key, $0) } }
    }

    private func appendData(_ data: [(String, String)], indent: String, to text: inout String) {
        for (key, value) in data {
            text += indent
            text += "<data key=\""
            text += key
            text += "\">"
            XMLText.appendEscaped(value, to: &text)
            text += "</data>\n"
        }
    }

    // MARK: yEd

    private func writeYEdNode(_ node: Node, position: (column: Int, row: Int), to output: inout some TextOutputStream) {
        let style = DOTStyle.node(kind: node.kind, subtype: node.subtype)
        let lines = DOTText.wrap(node.label)
        let longest = lines.map(\.count).max() ?? 1
        let width = min(200, max(60, longest * 7 + 24)), height = 16 * max(1, lines.count) + 16
        var text = "      <data key=\"n_yed\">\n        <y:ShapeNode>\n"
        text += "          <y:Geometry x=\"\(position.column * 240).0\" y=\"\(position.row * 100).0\" width=\"\(width).0\" height=\"\(height).0\"/>\n"
        text += "          <y:Fill color=\"\(style.fillColor)\" transparent=\"false\"/>\n"
        text += "          <y:BorderStyle color=\"\(style.color)\" type=\"\(style.style.contains("dashed") ? "dashed" : "line")\" width=\"1.0\"/>\n"
        text += "          <y:NodeLabel>"
        XMLText.appendEscaped(lines.joined(separator: "\n"), to: &text)
        text += "</y:NodeLabel>\n"
        text += "          <y:Shape type=\"\(GraphMLExporter.yEdShape(style))\"/>\n"
        text += "        </y:ShapeNode>\n      </data>\n"
        output.write(text)
    }

    private func writeYEdEdge(_ edge: Edge, to output: inout some TextOutputStream) {
        let style = DOTStyle.edge(edge.type)
        let lineType: String
        switch style.style {
        case "dashed": lineType = "dashed"
        case "dotted": lineType = "dotted"
        default: lineType = "line"
        }
        let width = style.style == "bold" ? "3.0" : style.penWidth.contains(".") ? style.penWidth : style.penWidth + ".0"
        var text = "      <data key=\"e_yed\">\n        <y:PolyLineEdge>\n"
        text += "          <y:LineStyle color=\"\(style.color)\" type=\"\(lineType)\" width=\"\(width)\"/>\n"
        text += "          <y:Arrows source=\"none\" target=\"\(GraphMLExporter.yEdArrow(edge.type))\"/>\n"
        text += "          <y:EdgeLabel>"
        XMLText.appendEscaped(edge.label.flatMap { $0.isEmpty ? nil : $0 } ?? edge.type.rawValue, to: &text)
        text += "</y:EdgeLabel>\n"
        text += "        </y:PolyLineEdge>\n      </data>\n"
        output.write(text)
    }

    /// The nearest of yEd's shapes to the DOT shape.
    static func yEdShape(_ style: DOTStyle.NodeStyle) -> String {
        switch style.shape {
        case "ellipse", "egg": return "ellipse"
        case "box": return style.style.contains("rounded") ? "roundrectangle" : "rectangle"
        case "box3d": return "rectangle3d"
        case "hexagon": return "hexagon"
        case "octagon", "doubleoctagon": return "octagon"
        case "house": return "trapezoid2"
        case "diamond": return "diamond"
        default: return "rectangle"
        }
    }

    /// yEd's arrowhead for each type, distinct as the DOT ones are.
    static func yEdArrow(_ type: EdgeType) -> String {
        switch type {
        case .supports: return "standard"
        case .opposes: return "t_shape"
        case .proposes: return "white_delta"
        case .rejects: return "skewed_dash"
        case .demands: return "delta"
        case .conditionsOn: return "white_diamond"
        case .speaksFor: return "plain"
        case .memberOf: return "transparent_circle"
        case .doubts: return "concave"
        case .denies: return "dash"
        case .contradicts: return "diamond"
        case .reports: return "circle"
        case .cites: return "short"
        }
    }
}
