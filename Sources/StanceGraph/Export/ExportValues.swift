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
    /// Byte for byte what `JSONValue.array(edge.provenance.map(json)).serialized(pretty: false)`
    /// gives, written without building the value first (`writeProvenanceJSON`).
    public static func provenanceJSON(of edge: Edge) -> String {
        var output = UTF8Buffer()
        writeProvenanceJSON(edge.provenance, to: &output)
        return output.string
    }

    /// Writes `records` as `provenanceJSON(of:)` does, straight into `output` (this is written
    /// for every edge of a GraphML, GEXF or CSV export).
    static func writeProvenanceJSON(_ records: [Provenance], to output: inout UTF8Buffer) {
        output.append("[")
        for (position, record) in records.enumerated() {
            output.append(position == 0 ? "{\"source\":" : ",{\"source\":")
            JSONValue.writeString(record.source, to: &output)
            if let date = record.date {
                output.append(",\"date\":\"")
                date.write(to: &output)
                output.append("\"")
            }
            output.append(",\"attribution\":")
            JSONValue.writeString(record.attribution.rawValue, to: &output)
            if let quote = record.quote {
                output.append(",\"quote\":")
                JSONValue.writeString(quote, to: &output)
            }
            output.append(record.paraphrase ? ",\"paraphrase\":true" : ",\"paraphrase\":false")
            if let passage = record.passage {
                output.append(",\"passage\":")
                JSONValue.writeString(passage, to: &output)
            }
            if let notes = record.notes {
                output.append(",\"notes\":")
                JSONValue.writeString(notes, to: &output)
            }
            output.append("}")
        }
        output.append("]")
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
        elements.isEmpty ? nil : FlatValue.list(elements).text
    }

    /// Writes a non-empty list as `jsonList` does, straight into `output`.
    static func writeJSONList(_ elements: [String], to output: inout UTF8Buffer) {
        output.append("[")
        for (position, element) in elements.enumerated() {
            if position > 0 { output.append(",") }
            JSONValue.writeString(element, to: &output)
        }
        output.append("]")
    }

    /// An actor's roles as a compact JSON array of objects in the input format's keys
    /// (`[{"title":"Kremlin spokesman","of":"putin","from":"2020-05"}]`), or `nil` when it has none.
    public static func rolesJSON(of node: Node) -> String? {
        node.roles.isEmpty ? nil : FlatValue.roles(node.roles).text
    }
}

/// A value of the flat exports (GraphML, GEXF, CSV) as an attribute gives it
/// (`FlatNodeAttribute.value(of:)`, `FlatEdgeAttribute.value(of:)`), before it is text: each
/// exporter writes it straight into its output and escapes it for its format.
enum FlatValue {
    case text(String)
    case boolean(Bool)
    case int(Int)
    /// As `TextFormatting.number` writes it.
    case double(Double)
    case date(PartialDate)
    /// A non-empty list of strings, as a compact JSON array (`ExportValues.jsonList`).
    case list([String])
    /// An actor's roles (non-empty), as a compact JSON array of objects (`ExportValues.rolesJSON`).
    case roles([Role])
    /// An edge's evidence (non-empty), as a compact JSON array (`ExportValues.provenanceJSON`).
    case provenance([Provenance])

    /// The value as text.
    var text: String {
        if case .text(let text) = self { return text }
        var output = UTF8Buffer()
        write(to: &output)
        return output.string
    }

    /// Appends the value's text to `output`, unescaped.
    func write(to output: inout UTF8Buffer) {
        switch self {
        case .text(let text): output.append(text)
        case .boolean(let value): output.append(value ? "true" : "false")
        case .int(let value): output.append(value)
        case .double(let value): output.append(TextFormatting.number(value))
        case .date(let date): date.write(to: &output)
        case .list(let elements): ExportValues.writeJSONList(elements, to: &output)
        case .roles(let roles): JSONValue.array(roles.map(JSONExporter.json(of:))).write(to: &output, pretty: false, indent: 0)
        case .provenance(let records): ExportValues.writeProvenanceJSON(records, to: &output)
        }
    }

    /// Appends the value's text to `output`, escaped for XML text or a double-quoted attribute.
    func writeXML(to output: inout UTF8Buffer, inAttribute: Bool = false) {
        switch self {
        case .text(let text):
            XMLText.appendEscaped(text, to: &output, inAttribute: inAttribute)
        case .boolean, .int, .double, .date:
            write(to: &output)  // ASCII letters, digits, `-`, `.`, `+`: nothing to escape
        case .list, .roles, .provenance:
            let start = output.count
            write(to: &output)
            XMLText.escapeTail(of: &output, from: start, inAttribute: inAttribute)
        }
    }
}

extension FlatNodeAttribute {
    /// The node's value of this attribute, as every flat export writes it; `nil` when it has none.
    func value(of node: Node) -> FlatValue? {
        switch self {
        case .id: .text(node.id)
        case .label, .name: .text(node.label)  // name: Cytoscape's node name column
        case .kind: .text(node.kind.rawValue)
        case .subtype: node.subtype.map { .text($0.rawValue) }
        case .side: node.side.map(FlatValue.text)
        case .aliases: node.aliases.isEmpty ? nil : .list(node.aliases)
        case .description: node.description.map(FlatValue.text)
        case .roles: node.roles.isEmpty ? nil : .roles(node.roles)
        case .title: node.title.map(FlatValue.text)
        case .publisher: node.publisher.map(FlatValue.text)
        case .published: node.published.map(FlatValue.date)
        case .url: ExportValues.webURL(of: node).map(FlatValue.text)
        case .file: node.file.map(FlatValue.text)
        case .notes: node.notes.map(FlatValue.text)
        }
    }
}

extension FlatEdgeAttribute {
    /// The edge's value of this attribute, as every flat export writes it; `nil` when it has none.
    func value(of flat: FlatEdge) -> FlatValue? {
        let edge = flat.edge
        switch self {
        case .id, .edgeID: return .text(edge.id)
        case .type, .interaction: return .text(edge.type.rawValue)  // interaction: Cytoscape's edge column
        case .stance: return .boolean(edge.type.isStance)
        case .label: return edge.label.map(FlatValue.text)
        case .status: return edge.status.map { .text($0.rawValue) }
        case .targetEdge: return flat.targetEdge.map(FlatValue.text)
        case .sources:
            let ids = edge.sourceIDs
            return ids.isEmpty ? nil : .list(ids)
        case .date: return edge.earliestDate.map(FlatValue.date)
        case .attribution: return flat.lead.map { .text($0.attribution.rawValue) }
        case .quote: return flat.lead?.quote.map(FlatValue.text)
        case .paraphrase: return flat.lead.map { .boolean($0.paraphrase) }
        case .confidence: return edge.confidence.map(FlatValue.double)
        case .validFrom: return edge.validFrom.map(FlatValue.date)
        case .validUntil: return edge.validUntil.map(FlatValue.date)
        case .provenanceCount: return .int(edge.provenance.count)
        case .provenance: return edge.provenance.isEmpty ? nil : .provenance(edge.provenance)
        case .notes: return edge.notes.map(FlatValue.text)
        }
    }
}
