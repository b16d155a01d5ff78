/// Writes a graph as Cytoscape.js JSON (`.cyjs`), which Cytoscape.js takes as it is
/// (`cytoscape({elements, style})`) and Cytoscape desktop opens with File › Import › Network
/// from File:
///
///     {"format_version": "1.0", "generated_by": "stancegraph 0.1.0", "target_cytoscapejs_version": "~3.0",
///      "data": {"name": "…", "description": "…"},
///      "elements": {"nodes": [{"data": {"id", "label", "name", "kind", …}, "classes": "actor person"}],
///                   "edges": [{"data": {"id", "source", "target", "interaction", "label", …}, "classes": "supports"}]},
///      "style": [{"selector": "node", "style": {…}}, …]}
///
/// Every attribute of the GraphML export is in `data`, with JSON's own types (booleans,
/// numbers); `name` repeats the label and `interaction` the edge type, the columns Cytoscape
/// desktop names and styles by; `weight` is the evidence weight (`GEXFExporter.weight`). Lists
/// of strings (`aliases`, `sources`) are JSON arrays, which Cytoscape reads as list columns;
/// `roles` and `provenance`, lists of objects that a Cytoscape column cannot hold, are JSON
/// text, as in the other flat exports. An absent value is left out (a missing `confidence`
/// means 1). As in GraphML, an edge about an edge ends at the node its stance ends at and names
/// the stance in `target_edge`. `style` draws the diagram's legend: colours, node shapes, line
/// styles and arrowheads.
public struct CytoscapeExporter: SingleDocumentExporter {
    public init() {}

    static let nodeData: [(String, @Sendable (Node) -> JSONValue?)] = [
        ("id", { .string($0.id) }),
        ("label", { .string($0.label) }),
        ("name", { .string($0.label) }),
        ("kind", { .string($0.kind.rawValue) }),
        ("subtype", { $0.subtype.map { .string($0.rawValue) } }),
        ("side", { $0.side.map(JSONValue.string) }),
        ("aliases", { $0.aliases.isEmpty ? nil : .array($0.aliases.map(JSONValue.string)) }),
        ("description", { $0.description.map(JSONValue.string) }),
        ("roles", { ExportValues.rolesJSON(of: $0).map(JSONValue.string) }),
        ("title", { $0.title.map(JSONValue.string) }),
        ("publisher", { $0.publisher.map(JSONValue.string) }),
        ("published", { $0.published.map { .string($0.description) } }),
        ("url", { ExportValues.webURL(of: $0).map(JSONValue.string) }),
        ("file", { $0.file.map(JSONValue.string) }),
        ("notes", { $0.notes.map(JSONValue.string) }),
    ]

    static let edgeData: [(String, @Sendable (FlatEdge) -> JSONValue?)] = [
        ("id", { .string($0.edge.id) }),
        ("source", { .string($0.tail) }),
        ("target", { .string($0.head) }),
        ("interaction", { .string($0.edge.type.rawValue) }),
        ("label", { $0.edge.label.map(JSONValue.string) }),
        ("type", { .string($0.edge.type.rawValue) }),
        ("stance", { .bool($0.edge.type.isStance) }),
        ("target_edge", { $0.targetEdge.map(JSONValue.string) }),
        ("sources", { $0.edge.sourceIDs.isEmpty ? nil : .array($0.edge.sourceIDs.map(JSONValue.string)) }),
        ("date", { $0.edge.earliestDate.map { .string($0.description) } }),
        ("attribution", { $0.lead.map { .string($0.attribution.rawValue) } }),
        ("quote", { $0.lead?.quote.map(JSONValue.string) }),
        ("paraphrase", { $0.lead.map { .bool($0.paraphrase) } }),
        ("confidence", { $0.edge.confidence.map(JSONValue.double) }),
        ("valid_from", { $0.edge.validFrom.map { .string($0.description) } }),
        ("valid_until", { $0.edge.validUntil.map { .string($0.description) } }),
        ("provenance_count", { .int($0.edge.provenance.count) }),
        ("provenance", { $0.edge.provenance.isEmpty ? nil : .string(ExportValues.provenanceJSON(of: $0.edge)) }),
        ("notes", { $0.edge.notes.map(JSONValue.string) }),
        ("weight", { .double(GEXFExporter.weight(of: $0.edge)) }),
    ]

    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        var about: [(String, JSONValue)] = []
        if let title = graph.title { about.append(("name", .string(title))) }
        if let description = graph.description { about.append(("description", .string(description))) }
        output.write("{\"format_version\":\"1.0\",\"generated_by\":\"stancegraph \(version)\",\"target_cytoscapejs_version\":\"~3.0\",\n")
        output.write("\"data\":\(JSONValue.object(about).serialized(pretty: false)),\n")
        output.write("\"elements\":{\"nodes\":[")
        var text = ""
        for (index, node) in graph.nodes.enumerated() {
            text.removeAll(keepingCapacity: true)
            text += index == 0 ? "\n" : ",\n"
            let data = CytoscapeExporter.nodeData.compactMap { name, value in value(node).map { (name, $0) } }
            var classes = [node.kind.rawValue]
            if let subtype = node.subtype { classes.append(subtype.rawValue) }
            JSONValue.object([("data", .object(data)), ("classes", .string(classes.joined(separator: " ")))]).write(to: &text, pretty: false, indent: 0)
            output.write(text)
        }
        output.write("],\n\"edges\":[")
        for index in graph.edges.indices {
            text.removeAll(keepingCapacity: true)
            text += index == 0 ? "\n" : ",\n"
            let flat = FlatEdge(index, of: graph)
            let data = CytoscapeExporter.edgeData.compactMap { name, value in value(flat).map { (name, $0) } }
            JSONValue.object([("data", .object(data)), ("classes", .string(flat.edge.type.rawValue))]).write(to: &text, pretty: false, indent: 0)
            output.write(text)
        }
        output.write("]},\n\"style\":")
        output.write(CytoscapeExporter.style.serialized(pretty: true))
        output.write("}\n")
    }

    /// The legend as a Cytoscape.js stylesheet: one rule per node kind and actor subtype, one per
    /// edge type, selected by class.
    public static var style: JSONValue {
        func rule(_ selector: String, _ properties: [(String, JSONValue)]) -> JSONValue {
            .object([("selector", .string(selector)), ("style", .object(properties))])
        }
        var rules = [
            rule("node", [("label", "data(label)"), ("text-wrap", "wrap"), ("text-max-width", "160px"), ("font-size", .int(10)),
                          ("text-valign", "center"), ("border-width", .int(1))]),
            rule("edge", [("curve-style", "bezier"), ("width", .double(1.5))]),
            rule("edge[label]", [("label", "data(label)"), ("font-size", .int(8)), ("text-rotation", "autorotate")]),
        ]
        var seen = Set<String>()
        for kind in NodeKind.allCases {
            let subtypes: [ActorSubtype?] = kind == .actor ? [nil] + ActorSubtype.allCases.map(Optional.some) : [nil]
            for subtype in subtypes {
                let style = DOTStyle.node(kind: kind, subtype: subtype)
                let selector = subtype.map { ".\(kind.rawValue).\($0.rawValue)" } ?? ".\(kind.rawValue)"
                guard seen.insert(selector).inserted else { continue }
                var properties: [(String, JSONValue)] = [
                    ("shape", .string(nodeShape(style))), ("background-color", .string(style.fillColor)),
                    ("border-color", .string(style.color)),
                ]
                if style.style.contains("dashed") { properties.append(("border-style", "dashed")) }
                rules.append(rule(selector, properties))
            }
        }
        for type in EdgeType.allCases {
            let style = DOTStyle.edge(type)
            let (arrow, filled) = arrowShape(style.arrowhead)
            rules.append(rule(".\(type.rawValue)", [
                ("line-color", .string(style.color)), ("line-style", .string(style.style == "dashed" || style.style == "dotted" ? style.style : "solid")),
                ("width", .double(style.style == "bold" ? 3 : style.penWidth)),
                ("target-arrow-shape", .string(arrow)), ("target-arrow-fill", .string(filled ? "filled" : "hollow")),
                ("target-arrow-color", .string(style.color)),
            ]))
        }
        return .array(rules)
    }

    /// The nearest Cytoscape.js node shape to the diagram's.
    static func nodeShape(_ style: DOTStyle.NodeStyle) -> String {
        switch style.shape {
        case "ellipse", "egg": return "ellipse"
        case "box": return style.style.contains("rounded") ? "round-rectangle" : "rectangle"
        case "box3d": return "cut-rectangle"
        case "component": return "barrel"
        case "tab": return "tag"
        case "folder": return "bottom-round-rectangle"
        case "octagon": return "octagon"
        case "doubleoctagon": return "round-octagon"
        case "house": return "pentagon"
        case "hexagon": return "hexagon"
        case "note": return "rectangle"
        default: return "rectangle"
        }
    }

    /// The nearest Cytoscape.js arrowhead to Graphviz's, and whether it is filled.
    static func arrowShape(_ arrowhead: String) -> (String, Bool) {
        switch arrowhead {
        case "normal": return ("triangle", true)
        case "onormal": return ("triangle", false)
        case "normalnormal": return ("triangle-backcurve", true)
        case "tee", "teetee": return ("tee", true)
        case "diamond": return ("diamond", true)
        case "odiamond": return ("diamond", false)
        case "vee": return ("vee", true)
        case "dot": return ("circle", true)
        case "odot": return ("circle", false)
        case "box": return ("square", true)
        case "obox": return ("square", false)
        case "curve": return ("chevron", true)
        default: return ("triangle", true)
        }
    }
}
