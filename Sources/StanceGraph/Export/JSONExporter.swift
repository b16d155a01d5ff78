/// Writes a graph in stancegraph's own input format (`version: 1`), as JSON that
/// `GraphLoader` reads back into the same graph.
///
/// The output is normalised so that it can be diffed: nodes sorted by kind (actors,
/// positions, conditions, sources) then id, edges by id, members in a fixed order, and the
/// defaults that say something written out (`aliases: []`, an actor's `roles: []`, an edge's
/// `provenance: []`, `paraphrase: false`). Values that are absent stay absent: an edge with
/// no `confidence` has none, which is not the same as a confidence of 1. A URL that is not
/// http(s) is never written. Each node and edge is written as soon as it is made, into a
/// buffer that goes to the output a megabyte at a time.
public struct JSONExporter: SingleDocumentExporter {
    public init() {}

    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        // Written as UTF-8 bytes into one buffer, handed to the output a megabyte at a time.
        var text = UTF8Buffer(capacity: UTF8Buffer.flushSize + (UTF8Buffer.flushSize >> 2))
        text.append("{\n  \"version\": 1")
        if let title = graph.title {
            text.append(",\n  \"title\": ")
            JSONValue.writeString(title, to: &text)
        }
        if let description = graph.description {
            text.append(",\n  \"description\": ")
            JSONValue.writeString(description, to: &text)
        }
        text.append(",\n  \"nodes\": [")
        let kindOrder = Dictionary(uniqueKeysWithValues: NodeKind.allCases.enumerated().map { ($1, $0) })
        let nodes = graph.nodes.sorted { ($0.kind == $1.kind) ? $0.id < $1.id : kindOrder[$0.kind]! < kindOrder[$1.kind]! }
        writeElements(nodes.lazy.map(JSONExporter.json(of:)), buffering: &text, to: &output)
        text.append(",\n  \"edges\": [")
        writeElements(graph.edges.sorted { $0.id < $1.id }.lazy.map(JSONExporter.json(of:)), buffering: &text, to: &output)
        text.append("\n}\n")
        text.flush(to: &output)
    }

    private func writeElements(_ elements: some Sequence<JSONValue>, buffering text: inout UTF8Buffer,
                               to output: inout some TextOutputStream) {
        var first = true
        for element in elements {
            text.append(first ? "\n    " : ",\n    ")
            element.write(to: &text, pretty: true, indent: 2)
            text.flushIfFull(to: &output)
            first = false
        }
        text.append(first ? "]" : "\n  ]")
    }

    /// A node in the keys `GraphDecoder` reads.
    public static func json(of node: Node) -> JSONValue {
        typealias Key = GraphDecoder.NodeKey
        var members: [(String, JSONValue)] = [
            (Key.id.rawValue, .string(node.id)),
            (Key.kind.rawValue, .string(node.kind.rawValue)),
            (Key.label.rawValue, .string(node.label)),
            (Key.aliases.rawValue, .array(node.aliases.map(JSONValue.string))),
        ]
        func add(_ key: Key, _ value: String?) {
            if let value { members.append((key.rawValue, .string(value))) }
        }
        add(.description, node.description)
        if node.kind == .actor {
            add(.subtype, node.subtype?.rawValue)
            add(.side, node.side)
            members.append((Key.roles.rawValue, .array(node.roles.map(json(of:)))))
        }
        if node.kind == .source {
            add(.title, node.title)
            add(.publisher, node.publisher)
            add(.published, node.published?.description)
            add(.file, node.file)
        }
        add(.url, ExportValues.webURL(of: node))
        add(.notes, node.notes)
        return .object(members)
    }

    /// A role in the keys `GraphDecoder` reads.
    public static func json(of role: Role) -> JSONValue {
        typealias Key = GraphDecoder.RoleKey
        var members: [(String, JSONValue)] = [(Key.title.rawValue, .string(role.title))]
        func add(_ key: Key, _ value: String?) {
            if let value { members.append((key.rawValue, .string(value))) }
        }
        add(.of, role.of)
        add(.from, role.from?.description)
        add(.until, role.until?.description)
        return .object(members)
    }

    /// An edge in the keys `GraphDecoder` reads.
    public static func json(of edge: Edge) -> JSONValue {
        typealias Key = GraphDecoder.EdgeKey
        var members: [(String, JSONValue)] = [
            (Key.id.rawValue, .string(edge.id)),
            (Key.type.rawValue, .string(edge.type.rawValue)),
            (Key.from.rawValue, .string(edge.from)),
            (Key.to.rawValue, .string(edge.to)),
        ]
        if let confidence = edge.confidence { members.append((Key.confidence.rawValue, .double(confidence))) }
        func add(_ key: Key, _ value: String?) {
            if let value { members.append((key.rawValue, .string(value))) }
        }
        add(.validFrom, edge.validFrom?.description)
        add(.validUntil, edge.validUntil?.description)
        add(.label, edge.label)
        add(.notes, edge.notes)
        add(.status, edge.status?.rawValue)
        members.append((Key.provenance.rawValue, .array(edge.provenance.map(ExportValues.json))))
        return .object(members)
    }
}
