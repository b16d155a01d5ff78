/// Writes a graph as GraphML, after networkx's writer: every `<key>` declared once before
/// `<graph>`, with a stable id, its `attr.name` and an explicit `attr.type`; `edgedefault`
/// set; parallel edges kept, each with its stancegraph id as `<edge id>`; written as a
/// stream, one element at a time.
///
/// The key set is fixed (`GraphMLExporter.keys`), whatever the graph holds, so a key id means
/// the same thing in every export; a value that is absent is simply not written. `confidence`
/// is declared with `<default>1.0</default>`: stancegraph takes a missing confidence as
/// certain (see `GraphFilter.minConfidence`), and without the default readers that fill in
/// missing numbers (igraph) would read it as NaN or 0. Lists (aliases, sources) are JSON
/// arrays, roles and provenance JSON arrays of objects (`ExportValues.jsonList`). The edge id
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
        /// The value a reader takes when an element has no `<data>` for the key.
        public var defaultValue: String?
    }

    public static let namespace = "http://graphml.graphdrawing.org/xmlns"
    public static let yEdNamespace = "http://www.yworks.com/xml/graphml"

    /// Every key a stancegraph GraphML file declares, in the order they are declared and,
    /// within an element, the order their data is written.
    public static let keys: [Key] = graphKeys.map(\.key) + nodeKeys.map(\.key) + edgeKeys.map(\.key)

    static let graphKeys: [GraphMLKey<Graph>] = [
        GraphMLKey(graph: .title) { $0.title.map(FlatValue.text) },
        GraphMLKey(graph: .description) { $0.description.map(FlatValue.text) },
        GraphMLKey(graph: .generator) { _ in .text("stancegraph \(version)") },
    ]

    /// Every node attribute but the id (which is `<node id>`), in `FlatNodeAttribute` order.
    static let nodeKeys: [GraphMLKey<Node>] = FlatNodeAttribute.allCases.filter { $0 != .id }.map { attribute in
        GraphMLKey(node: attribute) { attribute.value(of: $0) }
    }

    /// Every edge attribute but the id (which is `<edge id>`, and `edge_id` too), in `FlatEdgeAttribute` order.
    static let edgeKeys: [GraphMLKey<FlatEdge>] = FlatEdgeAttribute.allCases.filter { $0 != .id }.map { attribute in
        GraphMLKey(edge: attribute) { attribute.value(of: $0) }
    }

    public var options: Options

    /// How much text is gathered before it is handed to the output: one write per megabyte.
    static let bufferSize = UTF8Buffer.flushSize

    public init(options: Options = Options()) {
        self.options = options
    }

    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        // Everything is written as UTF-8 bytes into one buffer (reusing its storage) and handed
        // to the output a megabyte at a time: one write per megabyte instead of one per element.
        var text = UTF8Buffer(capacity: UTF8Buffer.flushSize + (UTF8Buffer.flushSize >> 2))
        writeDeclarations(to: &text)
        text.append("  <graph id=\"G\" edgedefault=\"directed\">\n")
        let graphData = GraphMLExporter.dataOpenings(GraphMLExporter.graphKeys, indent: "    ")
        appendData(graph, GraphMLExporter.graphKeys, openings: graphData, to: &text)
        writeNodes(of: graph, buffering: &text, to: &output)
        writeEdges(of: graph, buffering: &text, to: &output)
        text.append("  </graph>\n")
        text.append("</graphml>\n")
        text.flush(to: &output)
    }

    /// The XML declaration, the `<graphml>` element and every `<key>`.
    private func writeDeclarations(to output: inout UTF8Buffer) {
        output.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.append("<graphml xmlns=\"\(GraphMLExporter.namespace)\"")
        output.append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        if options.yEd { output.append(" xmlns:y=\"\(GraphMLExporter.yEdNamespace)\"") }
        output.append(" xsi:schemaLocation=\"\(GraphMLExporter.namespace) http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for key in GraphMLExporter.keys {
            output.append("  <key id=\"\(key.id)\" for=\"\(key.domain.rawValue)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type.rawValue)\"")
            if let value = key.defaultValue {
                output.append(">\n    <default>\(value)</default>\n  </key>\n")
            } else {
                output.append("/>\n")
            }
        }
        if options.yEd {
            // attr.type too, though yEd does not need it: graph-tool refuses a key without one.
            output.append("  <key id=\"n_yed\" for=\"node\" yfiles.type=\"nodegraphics\" attr.name=\"nodegraphics\" attr.type=\"string\"/>\n")
            output.append("  <key id=\"e_yed\" for=\"edge\" yfiles.type=\"edgegraphics\" attr.name=\"edgegraphics\" attr.type=\"string\"/>\n")
        }
    }

    private func writeNodes(of graph: Graph, buffering text: inout UTF8Buffer, to output: inout some TextOutputStream) {
        let columns = max(1, Int(Double(graph.nodes.count).squareRoot().rounded(.up)))
        let openings = GraphMLExporter.dataOpenings(GraphMLExporter.nodeKeys, indent: "      ")
        for (index, node) in graph.nodes.enumerated() {
            text.append("    <node id=\"")
            XMLText.appendEscaped(node.id, to: &text, inAttribute: true)
            text.append("\">\n")
            appendData(node, GraphMLExporter.nodeKeys, openings: openings, to: &text)
            if options.yEd { text.append(yEdNode(node, position: (index % columns, index / columns))) }
            text.append("    </node>\n")
            text.flushIfFull(to: &output)
        }
    }

    private func writeEdges(of graph: Graph, buffering text: inout UTF8Buffer, to output: inout some TextOutputStream) {
        let openings = GraphMLExporter.dataOpenings(GraphMLExporter.edgeKeys, indent: "      ")
        for index in graph.edges.indices {
            let flat = FlatEdge(index, of: graph)
            text.append("    <edge id=\"")
            XMLText.appendEscaped(flat.edge.id, to: &text, inAttribute: true)
            text.append("\" source=\"")
            XMLText.appendEscaped(flat.tail, to: &text, inAttribute: true)
            text.append("\" target=\"")
            XMLText.appendEscaped(flat.head, to: &text, inAttribute: true)
            text.append("\">\n")
            appendData(flat, GraphMLExporter.edgeKeys, openings: openings, to: &text)
            if options.yEd { text.append(yEdEdge(flat.edge)) }
            text.append("    </edge>\n")
            text.flushIfFull(to: &output)
        }
    }

    /// A node's values by key id, in key order; absent values are left out.
    public func nodeData(_ node: Node) -> [(String, String)] {
        GraphMLExporter.data(node, GraphMLExporter.nodeKeys)
    }

    /// The values of edge `index` of `graph` by key id, in key order; absent values are left out.
    public func edgeData(_ index: Int, of graph: Graph) -> [(String, String)] {
        GraphMLExporter.data(FlatEdge(index, of: graph), GraphMLExporter.edgeKeys)
    }

    static func data<Element>(_ element: Element, _ keys: [GraphMLKey<Element>]) -> [(String, String)] {
        keys.compactMap { key in key.value(element).map { (key.key.id, $0.text) } }
    }

    /// Each key's `<data key="…">`, indented, as bytes: made once per export.
    static func dataOpenings<Element>(_ keys: [GraphMLKey<Element>], indent: String) -> [[UInt8]] {
        keys.map { Array("\(indent)<data key=\"\($0.key.id)\">".utf8) }
    }

    /// The element's `<data>`, one per key with a value, in key order.
    private func appendData<Element>(_ element: Element, _ keys: [GraphMLKey<Element>], openings: [[UInt8]],
                                     to text: inout UTF8Buffer) {
        for (key, opening) in zip(keys, openings) {
            guard let value = key.value(element) else { continue }
            opening.withUnsafeBufferPointer { text.append(contentsOf: $0) }
            value.writeXML(to: &text)
            text.append("</data>\n")
        }
    }

    // MARK: yEd

    private func yEdNode(_ node: Node, position: (column: Int, row: Int)) -> String {
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
        return text
    }

    private func yEdEdge(_ edge: Edge) -> String {
        let style = DOTStyle.edge(edge.type)
        let lineType: String
        switch style.style {
        case "dashed": lineType = "dashed"
        case "dotted": lineType = "dotted"
        default: lineType = "line"
        }
        let width = style.style == "bold" ? "3.0" : TextFormatting.number(style.penWidth)
        var text = "      <data key=\"e_yed\">\n        <y:PolyLineEdge>\n"
        text += "          <y:LineStyle color=\"\(style.color)\" type=\"\(lineType)\" width=\"\(width)\"/>\n"
        text += "          <y:Arrows source=\"none\" target=\"\(GraphMLExporter.yEdArrow(edge.type))\"/>\n"
        text += "          <y:EdgeLabel>"
        XMLText.appendEscaped(edge.label.flatMap { $0.isEmpty ? nil : $0 } ?? edge.type.rawValue, to: &text)
        text += "</y:EdgeLabel>\n"
        text += "        </y:PolyLineEdge>\n      </data>\n"
        return text
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

/// A GraphML attribute: its `<key>` declaration and how to read its value off a graph, node or edge.
struct GraphMLKey<Element>: Sendable {
    let key: GraphMLExporter.Key
    /// The value to write as `<data>`, or `nil` to write none.
    let value: @Sendable (Element) -> FlatValue?

    /// The key for graph attribute `attribute`.
    init(graph attribute: FlatGraphAttribute, value: @escaping @Sendable (Element) -> FlatValue?) {
        self.init(.graph, attribute.rawValue, .string, default: nil, value: value)
    }

    /// The key for node attribute `attribute`.
    init(node attribute: FlatNodeAttribute, value: @escaping @Sendable (Element) -> FlatValue?) {
        self.init(.node, attribute.rawValue, .init(attribute.valueType), default: nil, value: value)
    }

    /// The key for edge attribute `attribute`, with its declared default.
    init(edge attribute: FlatEdgeAttribute, value: @escaping @Sendable (Element) -> FlatValue?) {
        self.init(.edge, attribute.rawValue, .init(attribute.valueType), default: attribute.defaultValue, value: value)
    }

    /// Key `name` of `domain`, with the id `g_`, `n_` or `e_` followed by the name.
    private init(_ domain: GraphMLExporter.Key.Domain, _ name: String, _ type: GraphMLExporter.Key.ValueType,
                 default defaultValue: String?, value: @escaping @Sendable (Element) -> FlatValue?) {
        key = GraphMLExporter.Key(id: "\(domain.rawValue.prefix(1))_\(name)", domain: domain, name: name, type: type,
                                  defaultValue: defaultValue)
        self.value = value
    }
}

extension GraphMLExporter.Key.ValueType {
    init(_ type: FlatValueType) {
        switch type {
        case .string: self = .string
        case .boolean: self = .boolean
        case .int: self = .int
        case .double: self = .double
        }
    }
}
