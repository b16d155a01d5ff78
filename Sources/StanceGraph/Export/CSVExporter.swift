/// Writes a graph as two CSV files for Neo4j's bulk importer (`neo4j-admin database import
/// full`), which Spark GraphFrames and pandas read as well: `nodes.csv` and `edges.csv`.
///
/// Headers follow neo4j-admin: `id:ID` and `:LABEL` (the kind, capitalised, plus the actor
/// subtype: `Actor;Person`) for nodes; `:START_ID`, `:END_ID` and `:TYPE` (upper snake case:
/// `SUPPORTS`, `CONDITIONS_ON`) for edges; typed properties (`confidence:double`,
/// `provenance_count:int`, `stance:boolean`, `aliases:string[]`). Quoting is RFC 4180: a field
/// with a comma, a quote, a line break, or white space at either end is quoted, quotes are
/// doubled, line breaks stay inside the quotes (Neo4j needs `--multiline-fields=true`). An
/// absent value is an empty unquoted field, which Neo4j leaves unset; an empty string is `""`.
/// Arrays use Neo4j's default `;` delimiter, which has no escape, so a `;` inside an element
/// is written as `,`. NUL, which CSV readers refuse, becomes U+FFFD. Rows end in `\n`.
///
/// An edge that points at an edge ends (`:END_ID`) at the node the stance it is about ends
/// at, and names that stance in `target_edge`, as in the GraphML export.
public struct CSVExporter: GraphExporter {
    public static let nodesFile = ExportDocument(fileName: "nodes.csv")
    public static let edgesFile = ExportDocument(fileName: "edges.csv")

    public static let nodeHeader = [
        "id:ID", ":LABEL", "kind", "label", "subtype", "side", "aliases:string[]", "description", "roles:string[]",
        "title", "publisher", "published", "url", "file", "notes",
    ]
    public static let edgeHeader = [
        ":START_ID", ":END_ID", ":TYPE", "id", "type", "stance:boolean", "label", "target_edge", "sources:string[]",
        "date", "attribution", "quote", "paraphrase:boolean", "confidence:double", "valid_from", "valid_until",
        "provenance_count:int", "provenance", "notes",
    ]

    public init() {}

    public var documents: [ExportDocument] { [CSVExporter.nodesFile, CSVExporter.edgesFile] }

    public func write(_ document: ExportDocument, of graph: Graph, to output: inout some TextOutputStream) {
        switch document {
        case CSVExporter.nodesFile: writeNodes(of: graph, to: &output)
        case CSVExporter.edgesFile: writeEdges(of: graph, to: &output)
        default: preconditionFailure("the CSV export has no document \(document)")
        }
    }

    public func writeNodes(of graph: Graph, to output: inout some TextOutputStream) {
        output.write(CSVExporter.row(CSVExporter.nodeHeader.map { $0 }))
        for node in graph.nodes {
            output.write(CSVExporter.row([
                node.id,
                CSVExporter.labels(of: node).joined(separator: ";"),
                node.kind.rawValue,
                node.label,
                node.subtype?.rawValue,
                node.side,
                CSVExporter.array(node.aliases),
                node.description,
                CSVExporter.array(node.roles.map(ExportValues.text(of:))),
                node.title,
                node.publisher,
                node.published?.description,
                ExportValues.webURL(of: node),
                node.file,
                node.notes,
            ]))
        }
    }

    public func writeEdges(of graph: Graph, to output: inout some TextOutputStream) {
        output.write(CSVExporter.row(CSVExporter.edgeHeader.map { $0 }))
        for (index, edge) in graph.edges.enumerated() {
            let primary = edge.leadRecord
            var targetEdge: String?
            if case .edge(let claimed) = graph.edgeTargets[index] { targetEdge = graph.edges[claimed].id }
            output.write(CSVExporter.row([
                graph.nodes[graph.edgeTails[index]].id,
                graph.nodes[graph.targetNodeIndex(ofEdge: index)].id,
                CSVExporter.relationshipType(edge.type),
                edge.id,
                edge.type.rawValue,
                edge.type.isStance ? "true" : "false",
                edge.label,
                targetEdge,
                CSVExporter.array(edge.sourceIDs),
                edge.earliestDate?.description,
                primary?.attribution.rawValue,
                primary?.quote,
                primary.map { $0.paraphrase ? "true" : "false" },
                edge.confidence.map(TextFormatting.number),
                edge.validFrom?.description,
                edge.validUntil?.description,
                String(edge.provenance.count),
                edge.provenance.isEmpty ? nil : ExportValues.provenanceJSON(of: edge),
                edge.notes,
            ]))
        }
    }

    /// Neo4j labels: the kind capitalised, and an actor's subtype in CamelCase.
    public static func labels(of node: Node) -> [String] {
        var labels = [camelCase(node.kind.rawValue)]
        if let subtype = node.subtype { labels.append(camelCase(subtype.rawValue)) }
        return labels
    }

    /// `conditions-on` → `CONDITIONS_ON`.
    public static func relationshipType(_ type: EdgeType) -> String {
        type.rawValue.uppercased().replacingAll("-", with: "_")
    }

    static func camelCase(_ name: String) -> String {
        name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Array elements joined by `;`; `nil` (no property) when there are none.
    static func array(_ elements: [String]) -> String? {
        elements.isEmpty ? nil : elements.map { $0.replacingAll(";", with: ",") }.joined(separator: ";")
    }

    /// One CSV row, ending in a line feed.
    public static func row(_ fields: [String?]) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            if let field { appendField(field, to: &line) }
        }
        line += "\n"
        return line
    }

    /// A field quoted when RFC 4180 (or a reader's trimming of white space) needs it.
    static func appendField(_ field: String, to line: inout String) {
        let scalars = field.unicodeScalars
        let needsQuotes = scalars.isEmpty
            || scalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || scalars.first!.properties.isWhitespace || scalars.last!.properties.isWhitespace
        if needsQuotes { line += "\"" }
        for scalar in scalars {
            switch scalar {
            case "\"": line += "\"\""
            case "\0": line += "\u{FFFD}"
            default: line.unicodeScalars.append(scalar)
            }
        }
        if needsQuotes { line += "\"" }
    }
}

extension String {
    /// The string with every `target` replaced (Foundation-free).
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var output = ""
        for scalar in unicodeScalars {
            if scalar == target { output += replacement } else { output.unicodeScalars.append(scalar) }
        }
        return output
    }
}
