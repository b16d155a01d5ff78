/// Writes a graph as two CSV files for Neo4j's bulk importer (`neo4j-admin database import
/// full`), which Spark GraphFrames and pandas read as well: `nodes.csv` and `edges.csv`.
///
/// Headers follow neo4j-admin: `id:ID` and `:LABEL` (the kind, capitalised, plus the actor
/// subtype: `Actor;Person`) for nodes; `:START_ID`, `:END_ID` and `:TYPE` (upper snake case:
/// `SUPPORTS`, `CONDITIONS_ON`) for edges; typed properties (`confidence:double`,
/// `provenance_count:int`, `stance:boolean`). Quoting is RFC 4180: a field
/// with a comma, a quote, a line break, or white space at either end is quoted, quotes are
/// doubled, line breaks stay inside the quotes (Neo4j's importer needs its multiline-fields option). An
/// absent value is an empty unquoted field, which Neo4j leaves unset; an empty string is `""`.
/// Lists (aliases, roles, sources) are JSON arrays in a string property, as in every flat
/// export (`ExportValues.jsonList`): Neo4j's own `string[]` splits on a delimiter that has no
/// escape, so it could not carry every alias unchanged. NUL, which CSV readers refuse, becomes
/// U+FFFD. Rows end in `\n`.
///
/// An edge that points at an edge ends (`:END_ID`) at the node the stance it is about ends
/// at, and names that stance in `target_edge`, as in the GraphML export.
public struct CSVExporter: GraphExporter {
    public static let nodesFile = ExportDocument(fileName: CSVLayout.nodesFileName)
    public static let edgesFile = ExportDocument(fileName: CSVLayout.edgesFileName)

    static let nodeColumns: [CSVColumn<Node>] = [
        CSVColumn(node: .id, .id) { $0.id },
        CSVColumn(.label) { CSVExporter.labels(of: $0).joined(separator: ";") },
        CSVColumn(node: .kind) { $0.kind.rawValue },
        CSVColumn(node: .label) { $0.label },
        CSVColumn(node: .subtype) { $0.subtype?.rawValue },
        CSVColumn(node: .side) { $0.side },
        CSVColumn(node: .aliases) { ExportValues.jsonList($0.aliases) },
        CSVColumn(node: .description) { $0.description },
        CSVColumn(node: .roles) { ExportValues.rolesJSON(of: $0) },
        CSVColumn(node: .title) { $0.title },
        CSVColumn(node: .publisher) { $0.publisher },
        CSVColumn(node: .published) { $0.published?.description },
        CSVColumn(node: .url) { ExportValues.webURL(of: $0) },
        CSVColumn(node: .file) { $0.file },
        CSVColumn(node: .notes) { $0.notes },
    ]

    static let edgeColumns: [CSVColumn<FlatEdge>] = [
        CSVColumn(.startID) { $0.tail },
        CSVColumn(.endID) { $0.head },
        CSVColumn(.type) { CSVExporter.relationshipType($0.edge.type) },
        CSVColumn(edge: .id) { $0.edge.id },
        CSVColumn(edge: .type) { $0.edge.type.rawValue },
        CSVColumn(edge: .stance) { $0.edge.type.isStance ? "true" : "false" },
        CSVColumn(edge: .label) { $0.edge.label },
        CSVColumn(edge: .status) { $0.edge.status?.rawValue },
        CSVColumn(edge: .targetEdge) { $0.targetEdge },
        CSVColumn(edge: .sources) { ExportValues.jsonList($0.edge.sourceIDs) },
        CSVColumn(edge: .date) { $0.edge.earliestDate?.description },
        CSVColumn(edge: .attribution) { $0.lead?.attribution.rawValue },
        CSVColumn(edge: .quote) { $0.lead?.quote },
        CSVColumn(edge: .paraphrase) { $0.lead.map { $0.paraphrase ? "true" : "false" } },
        CSVColumn(edge: .confidence) { $0.edge.confidence.map(TextFormatting.number) },
        CSVColumn(edge: .validFrom) { $0.edge.validFrom?.description },
        CSVColumn(edge: .validUntil) { $0.edge.validUntil?.description },
        CSVColumn(edge: .provenanceCount) { String($0.edge.provenance.count) },
        CSVColumn(edge: .provenance) { $0.edge.provenance.isEmpty ? nil : ExportValues.provenanceJSON(of: $0.edge) },
        CSVColumn(edge: .notes) { $0.edge.notes },
    ]

    public static let nodeHeader = nodeColumns.map(\.header)
    public static let edgeHeader = edgeColumns.map(\.header)

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
        output.write(CSVExporter.row(CSVExporter.nodeHeader))
        for node in graph.nodes {
            output.write(CSVExporter.row(CSVExporter.nodeColumns.map { $0.value(node) }))
        }
    }

    public func writeEdges(of graph: Graph, to output: inout some TextOutputStream) {
        output.write(CSVExporter.row(CSVExporter.edgeHeader))
        for index in graph.edges.indices {
            let edge = FlatEdge(index, of: graph)
            output.write(CSVExporter.row(CSVExporter.edgeColumns.map { $0.value(edge) }))
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

/// A CSV column: its header in neo4j-admin's grammar (`name:type`, or `:LABEL` and the other
/// fields with no name) and how to read its value off a node or an edge.
struct CSVColumn<Element>: Sendable {
    typealias FieldType = CSVLayout.FieldType

    let header: String
    /// The field, or `nil` for an absent value.
    let value: @Sendable (Element) -> String?

    init(_ name: String = "", _ type: FieldType? = nil, value: @escaping @Sendable (Element) -> String?) {
        header = type.map { "\(name):\($0.rawValue)" } ?? name
        self.value = value
    }

    init(_ type: FieldType, value: @escaping @Sendable (Element) -> String?) {
        self.init("", type, value: value)
    }

    /// The column of node attribute `attribute`, typed by its value type unless `type` is given.
    init(node attribute: FlatNodeAttribute, _ type: FieldType? = nil, value: @escaping @Sendable (Element) -> String?) {
        self.init(attribute.rawValue, type ?? FieldType(attribute.valueType), value: value)
    }

    /// The column of edge attribute `attribute`, typed by its value type.
    init(edge attribute: FlatEdgeAttribute, value: @escaping @Sendable (Element) -> String?) {
        self.init(attribute.rawValue, FieldType(attribute.valueType), value: value)
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
