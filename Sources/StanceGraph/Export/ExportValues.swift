/// Values every exporter derives the same way, so that DOT, GraphML, JSON and CSV agree.
public enum ExportValues {
    /// Whether `url` is an http or https link: the only links an export ever writes.
    /// `javascript:`, `data:`, `file:` and every other scheme are refused, as are URLs
    /// with control characters in them. (Characters a link may not hold raw, such as spaces,
    /// are percent-encoded where the URL becomes a link, in DOT.)
    public static func isWebURL(_ url: String) -> Bool {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return false }
        let afterScheme = lowered.drop(while: { $0 != ":" }).dropFirst(3)
        guard let first = afterScheme.first, first != "/" else { return false }
        return url.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }
    }

    /// The node's URL when it is safe to link to, else `nil`.
    public static func webURL(of node: Node) -> String? {
        node.url.flatMap { isWebURL($0) ? $0 : nil }
    }

    /// A provenance record in the keys of the input format, for JSON and for the `provenance`
    /// column of GraphML and CSV.
    public static func json(_ record: Provenance) -> JSONValue {
        typealias Key = GraphDecoder.ProvenanceKey
        var members: [(String, JSONValue)] = [(Key.source.rawValue, .string(record.source))]
        func add(_ key: Key, _ value: String?) {
            if let value { members.append((key.rawValue, .string(value))) }
        }
        add(.date, record.date?.description)
        add(.attribution, record.attribution.rawValue)
        add(.quote, record.quote)
        members.append((Key.paraphrase.rawValue, .bool(record.paraphrase)))
        add(.passage, record.passage)
        add(.notes, record.notes)
        return .object(members)
    }

    /// All of an edge's evidence as one compact JSON array: nothing is lost in flat formats.
    ///
    /// Written straight to text, byte for byte what `JSONValue.array(edge.provenance.map(json))
    /// .serialized(pretty: false)` gives, without building the value first (this is written
    /// for every edge of a GraphML or CSV export).
    public static func provenanceJSON(of edge: Edge) -> String {
        var output = "["
        for (position, record) in edge.provenance.enumerated() {
            output += position == 0 ? "{\"source\":" : ",{\"source\":"
            JSONValue.writeString(record.source, to: &output)
            if let date = record.date {
                output += ",\"date\":"
                JSONValue.writeString(date.description, to: &output)
            }
            output += ",\"attribution\":"
            JSONValue.writeString(record.attribution.rawValue, to: &output)
            if let quote = record.quote {
                output += ",\"quote\":"
                JSONValue.writeString(quote, to: &output)
            }
            output += record.paraphrase ? ",\"paraphrase\":true" : ",\"paraphrase\":false"
            if let passage = record.passage {
                output += ",\"passage\":"
                JSONValue.writeString(passage, to: &output)
            }
            if let notes = record.notes {
                output += ",\"notes\":"
                JSONValue.writeString(notes, to: &output)
            }
            output += "}"
        }
        output += "]"
        return output
    }

    /// A role as one line of text: `Kremlin spokesman (of putin, from 2020-05, until 2024)`.
    public static func text(of role: Role) -> String {
        var details: [String] = []
        if let of = role.of { details.append("of \(of)") }
        if let from = role.from { details.append("from \(from)") }
        if let until = role.until { details.append("until \(until)") }
        return details.isEmpty ? role.title : "\(role.title) (\(details.joined(separator: ", ")))"
    }

    /// An actor's roles flattened to text, one role after another, separated by `; `.
    public static func rolesText(of node: Node) -> String? {
        node.roles.isEmpty ? nil : node.roles.map(text(of:)).joined(separator: "; ")
    }
}

extension ExportValues {
    /// A list of strings as every flat export (GraphML, CSV, GEXF, Cytoscape.js, Kùzu) writes
    /// it: one compact JSON array (`["Vladimir Putin","Путин"]`), or `nil` (no value) when the
    /// list is empty. Any element, with any character in it, reads back unchanged with a JSON
    /// parser; a delimiter such as `;` could not promise that.
    public static func jsonList(_ elements: [String]) -> String? {
        elements.isEmpty ? nil : JSONValue.array(elements.map(JSONValue.string)).serialized(pretty: false)
    }

    /// An actor's roles as a compact JSON array of objects in the input format's keys
    /// (`[{"title":"Kremlin spokesman","of":"putin","from":"2020-05"}]`), or `nil` when it has none.
    public static func rolesJSON(of node: Node) -> String? {
        node.roles.isEmpty ? nil : JSONValue.array(node.roles.map(JSONExporter.json(of:))).serialized(pretty: false)
    }
}
