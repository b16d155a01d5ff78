/// Writes a graph in stancegraph's own input format (`version: 1`), as JSON that
/// `GraphLoader` reads back into the same graph.
///
/// The output is normalised so that it can be diffed: nodes sorted by kind (actors,
/// positions, conditions, sources) then id, edges by id, members in a fixed order, and the
/// defaults that say something written out (`aliases: []`, an actor's `roles: []`, an edge's
/// `provenance: []`, `paraphrase: false`). Values that are absent stay absent: an edge with
/// no `confidence` has none, which is not the same as a confidence of 1. A URL that is not
/// http(s) is never written. Each node and edge is written as soon as it is made.
public struct JSONExporter: SingleDocumentExporter {
    public init() {}

    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        var text = "{\n  \"version\": 1"
        if let title = graph.title {
            text += ",\n  \"title\": "
            JSONValue.writeString(title, to: &text)
        }
        if let description = graph.description {
            text += ",\n  \"description\": "
            JSONValue.writeString(description, to: &text)
        }
        text += ",\n  \"nodes\": ["
        output.write(text)
        let kindOrder = Dictionary(uniqueKeysWithValues: NodeKind.allCases.enumerated().map { ($1, $0) })
        let nodes = graph.nodes.sorted { ($0.kind == $1.kind) ? $0.id < $1.id : kindOrder[$0.kind]! < kindOrder[$1.kind]! }
        writeElements(nodes.map(JSONExporter.json(of:)), to: &output)
        output.write(",\n  \"edges\": [")
        writeElements(graph.edges.sorted { $0.id < $1.id }.map(JSONExporter.json(of:)), to: &output)
        output.write("\n}\n")
    }

    private func writeElements(_ elements: some Sequence<JSONValue>, to output: inout some TextOutputStream) {
        var first = true
        for element in elements {
            var text = first ? "\n    " : ",\n    "
            element.write(to: &text, pretty: true, indent: 2)
            output.write(text)
            first = false
        }
        output.write(first ? "]" : "\n  ]")
    }

    /// A node in the keys `GraphDecoder` reads.
    public static func json(of node: Node) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(node.id)),
            ("kind", .string(node.kind.rawValue)),
            ("label", .string(node.label)),
            ("aliases", .array(node.aliases.map(JSONValue.string))),
        ]
        if let description = node.description { members.append(("description", .string(description))) }
        if node.kind == .actor {
            if let subtype = node.subtype { members.append(("subtype", .string(subtype.rawValue))) }
            if let side = node.side { members.append(("side", .string(side))) }
            members.append(("roles", .array(node.roles.map(json(of:)))))
        }
        if node.kind == .source {
            if let title = node.title { members.append(("title", .string(title))) }
            if let publisher = node.publisher { members.append(("publisher", .string(publisher))) }
            if let published = node.published { members.append(("published", .string(published.description))) }
            if let file = node.file { members.append(("file", .string(file))) }
        }
        if let url = ExportValues.webURL(of: node) { members.append(("url", .string(url))) }
        if let notes = node.notes { members.append(("notes", .string(notes))) }
        return .object(members)
    }

    /// A role in the keys `GraphDecoder` reads.
    public static func json(of role: Role) -> JSONValue {
        var members: [(String, JSONValue)] = [("title", .string(role.title))]
        if let of = role.of { members.append(("of", .string(of))) }
        if let from = role.from { members.append(("from", .string(from.description))) }
        if let until = role.until { members.append(("until", .string(until.description))) }
        return .object(members)
    }

    /// An edge in the keys `GraphDecoder` reads.
    public static func json(of edge: Edge) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(edge.id)),
            ("type", .string(edge.type.rawValue)),
            ("from", .string(edge.from)),
            ("to", .string(edge.to)),
        ]
        if let confidence = edge.confidence { members.append(("confidence", .double(confidence))) }
        if let validFrom = edge.validFrom { members.append(("valid_from", .string(validFrom.description))) }
        if let validUntil = edge.validUntil { members.append(("valid_until", .string(validUntil.description))) }
        if let label = edge.label { members.append(("label", .string(label))) }
        if let notes = edge.notes { members.append(("notes", .string(notes))) }
        members.append(("provenance", .array(edge.provenance.map(ExportValues.json))))
        return .object(members)
    }
}
