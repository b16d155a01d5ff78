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
        CSVColumn(node: .id, .id),
        CSVColumn(.label) { .text(CSVExporter.labels(of: $0).joined(separator: ";")) },
        CSVColumn(node: .kind),
        CSVColumn(node: .label),
        CSVColumn(node: .subtype),
        CSVColumn(node: .side),
        CSVColumn(node: .aliases),
        CSVColumn(node: .description),
        CSVColumn(node: .roles),
        CSVColumn(node: .title),
        CSVColumn(node: .publisher),
        CSVColumn(node: .published),
        CSVColumn(node: .url),
        CSVColumn(node: .file),
        CSVColumn(node: .notes),
    ]

    static let edgeColumns: [CSVColumn<FlatEdge>] = [
        CSVColumn(.startID) { .text($0.tail) },
        CSVColumn(.endID) { .text($0.head) },
        CSVColumn(.type) { .text(CSVExporter.relationshipType($0.edge.type)) },
        CSVColumn(edge: .id),
        CSVColumn(edge: .type),
        CSVColumn(edge: .stance),
        CSVColumn(edge: .label),
        CSVColumn(edge: .status),
        CSVColumn(edge: .targetEdge),
        CSVColumn(edge: .sources),
        CSVColumn(edge: .date),
        CSVColumn(edge: .attribution),
        CSVColumn(edge: .quote),
        CSVColumn(edge: .paraphrase),
        CSVColumn(edge: .confidence),
        CSVColumn(edge: .validFrom),
        CSVColumn(edge: .validUntil),
        CSVColumn(edge: .provenanceCount),
        CSVColumn(edge: .provenance),
        CSVColumn(edge: .notes),
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
        // Rows are written as UTF-8 bytes into one buffer, handed to the output a megabyte at a time.
        var text = UTF8Buffer(capacity: UTF8Buffer.flushSize + (UTF8Buffer.flushSize >> 2))
        CSVExporter.appendRow(CSVExporter.nodeHeader, to: &text)
        for node in graph.nodes {
            CSVExporter.appendRow(node, CSVExporter.nodeColumns, to: &text)
            text.flushIfFull(to: &output)
        }
        text.flush(to: &output)
    }

    public func writeEdges(of graph: Graph, to output: inout some TextOutputStream) {
        var text = UTF8Buffer(capacity: UTF8Buffer.flushSize + (UTF8Buffer.flushSize >> 2))
        CSVExporter.appendRow(CSVExporter.edgeHeader, to: &text)
        for index in graph.edges.indices {
            CSVExporter.appendRow(FlatEdge(index, of: graph), CSVExporter.edgeColumns, to: &text)
            text.flushIfFull(to: &output)
        }
        text.flush(to: &output)
    }

    /// The element's row: each column's value as a field, ending in a line feed.
    static func appendRow<Element>(_ element: Element, _ columns: [CSVColumn<Element>], to text: inout UTF8Buffer) {
        for (index, column) in columns.enumerated() {
            if index > 0 { text.append(",") }
            guard let value = column.value(element) else { continue }
            switch value {
            case .text(var field):
                field.withUTF8 { appendField($0, to: &text) }
            case .boolean, .int, .double, .date:
                value.write(to: &text)  // never empty, no comma, quote, line break or white space
            case .list, .roles, .provenance:
                let start = text.count
                value.write(to: &text)
                text.rewriteTail(from: start) { field, text in appendField(field, to: &text) }
            }
        }
        text.append("\n")
    }

    /// One row of fields (`nil`: absent), ending in a line feed.
    static func appendRow(_ fields: [String?], to text: inout UTF8Buffer) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(",") }
            guard var field else { continue }
            field.withUTF8 { appendField($0, to: &text) }
        }
        text.append("\n")
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
        var text = UTF8Buffer()
        appendRow(fields, to: &text)
        return text.string
    }

    /// A field quoted when RFC 4180 (or a reader's trimming of white space) needs it: empty,
    /// with a comma, a quote or a line break, or with white space at either end. Quotes are
    /// doubled, NUL becomes U+FFFD. Runs of bytes that need nothing are copied whole.
    static func appendField(_ field: UnsafeBufferPointer<UInt8>, to text: inout UTF8Buffer) {
        // NUL, line feed, carriage return, quote, comma: the bytes below 0x2D that matter.
        let mask: UInt64 = 1 << 0x00 | 1 << 0x0A | 1 << 0x0D | 1 << 0x22 | 1 << 0x2C
        var needsQuotes = field.isEmpty
        var needsRewrite = false
        for byte in field where byte < 0x2D && (mask >> UInt64(byte)) & 1 != 0 {
            if byte == 0 || byte == UInt8(ascii: "\"") { needsRewrite = true }
            if byte != 0 { needsQuotes = true }
        }
        if !needsQuotes { needsQuotes = startsWithWhitespace(field) || endsWithWhitespace(field) }
        if needsQuotes { text.append("\"") }
        if needsRewrite {
            var runStart = 0
            for index in field.indices where field[index] == 0 || field[index] == UInt8(ascii: "\"") {
                text.append(contentsOf: UnsafeBufferPointer(rebasing: field[runStart..<index]))
                text.append(field[index] == 0 ? "\u{FFFD}" : "\"\"")
                runStart = index + 1
            }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: field[runStart...]))
        } else {
            text.append(contentsOf: field)
        }
        if needsQuotes { text.append("\"") }
    }

    /// Whether the first scalar of the (non-empty) UTF-8 text is white space.
    private static func startsWithWhitespace(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = field.first else { return false }
        if first < 0x80 { return isASCIIWhitespace(first) }
        return isWhitespace(scalarIn: UnsafeBufferPointer(rebasing: field[0...]))
    }

    /// Whether the last scalar of the (non-empty) UTF-8 text is white space.
    private static func endsWithWhitespace(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = field.last else { return false }
        if last < 0x80 { return isASCIIWhitespace(last) }
        var start = field.count - 1
        while start > 0 && field[start] & 0xC0 == 0x80 { start -= 1 }
        return isWhitespace(scalarIn: UnsafeBufferPointer(rebasing: field[start...]))
    }

    /// Unicode's White_Space among ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func isWhitespace(scalarIn bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isWhitespace
    }
}

/// A CSV column: its header in neo4j-admin's grammar (`name:type`, or `:LABEL` and the other
/// fields with no name) and how to read its value off a node or an edge.
struct CSVColumn<Element>: Sendable {
    typealias FieldType = CSVLayout.FieldType

    let header: String
    /// The field, or `nil` for an absent value.
    let value: @Sendable (Element) -> FlatValue?

    init(_ name: String = "", _ type: FieldType? = nil, value: @escaping @Sendable (Element) -> FlatValue?) {
        header = type.map { "\(name):\($0.rawValue)" } ?? name
        self.value = value
    }

    init(_ type: FieldType, value: @escaping @Sendable (Element) -> FlatValue?) {
        self.init("", type, value: value)
    }

    /// The column of node attribute `attribute`, typed by its value type unless `type` is given.
    init(node attribute: FlatNodeAttribute, _ type: FieldType? = nil) where Element == Node {
        self.init(attribute.rawValue, type ?? FieldType(attribute.valueType)) { attribute.value(of: $0) }
    }

    /// The column of edge attribute `attribute`, typed by its value type.
    init(edge attribute: FlatEdgeAttribute) where Element == FlatEdge {
        self.init(attribute.rawValue, FieldType(attribute.valueType)) { attribute.value(of: $0) }
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
