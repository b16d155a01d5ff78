/// The graph as the report page's script reads it: one JSON document, deterministic (members in
/// a fixed order, nodes and edges in graph order), with each record's passage in its source.
///
/// ```
/// {"title", "description", "filters": [TEXT, …],
///  "types": [{"type", "meaning", "side": "for"|"against"|null}, …],
///  "nodes": [{"id", "label", "kind", "subtype", "side", "aliases", "description",
///             "title", "publisher", "published", "url"}, …],
///  "edges": [{"id", "type", "from", "to", "about_edge", "label", "confidence", "valid_from",
///             "valid_until", "notes", "lead",
///             "records": [{"source", "date", "attribution", "quote", "paraphrase", "passage",
///                          "notes", "context": [BEFORE, MATCH, AFTER, CUT_BEFORE, CUT_AFTER] | null}, …]}, …]}
/// ```
public enum ReportData {
    /// The document for `graph`, with the passages found and the filters stated in words.
    public static func json(for graph: Graph, passages: SourcePassages, filters: [String]) -> JSONValue {
        func text(_ value: String?) -> JSONValue { JSONValue(value) }
        let nodes: [JSONValue] = graph.nodes.map { node in
            .object([
                ("id", .string(node.id)), ("label", .string(node.label)), ("kind", .string(node.kind.rawValue)),
                ("subtype", text(node.subtype?.rawValue)), ("side", text(node.side)),
                ("aliases", .array(node.aliases.map(JSONValue.string))), ("description", text(node.description)),
                ("title", text(node.title)), ("publisher", text(node.publisher)),
                ("published", text(node.published?.description)), ("url", text(ReportData.webAddress(node.url))),
            ])
        }
        let edges: [JSONValue] = graph.edges.enumerated().map { index, edge in
            let records: [JSONValue] = edge.provenance.enumerated().map { position, record in
                let context = passages.passages[SourcePassages.Record(edge: index, position: position)].map { passage -> JSONValue in
                    .array([.string(passage.before), .string(passage.match), .string(passage.after),
                            .bool(passage.cutBefore), .bool(passage.cutAfter)])
                } ?? .null
                return .object([
                    ("source", .string(record.source)), ("date", text(record.date?.description)),
                    ("attribution", .string(record.attribution.rawValue)), ("quote", text(record.quote)),
                    ("paraphrase", .bool(record.paraphrase)), ("passage", text(record.passage)),
                    ("notes", text(record.notes)), ("context", context),
                ])
            }
            let lead = edge.leadRecordIndex(rewrites: graph.rewriteSourceIDs)
            return .object([
                ("id", .string(edge.id)), ("type", .string(edge.type.rawValue)), ("from", .string(edge.from)),
                ("to", .string(edge.to)), ("about_edge", .bool(graph.edgeTargets[index].isEdge)),
                ("label", text(edge.label)), ("confidence", edge.confidence.map(JSONValue.double) ?? .null),
                ("valid_from", text(edge.validFrom?.description)), ("valid_until", text(edge.validUntil?.description)),
                ("notes", text(edge.notes)), ("lead", lead.map(JSONValue.int) ?? .null), ("records", .array(records)),
            ])
        }
        let types: [JSONValue] = EdgeType.allCases.map { type in
            .object([("type", .string(type.rawValue)), ("meaning", .string(type.meaning)), ("side", text(side(of: type)))])
        }
        return .object([
            ("title", text(graph.title)), ("description", text(graph.description)),
            ("filters", .array(filters.map(JSONValue.string))), ("types", .array(types)),
            ("nodes", .array(nodes)), ("edges", .array(edges)),
        ])
    }

    /// Which side of a position a stance of this type takes, as `contradictions` reads it.
    static func side(of type: EdgeType) -> String? {
        switch type {
        case .supports, .proposes, .demands: "for"
        case .opposes, .rejects: "against"
        default: nil
        }
    }

    /// `address` when it is an http(s) address, else `nil`: the only links a report makes.
    static func webAddress(_ address: String?) -> String? {
        guard let address else { return nil }
        let lower = address.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? address : nil
    }

    /// The serialised document, safe inside `<script type="application/json">`: `<`, `>`, `&`
    /// and the line and paragraph separators are written as `\u` escapes, so no text can close
    /// the element or open a comment. They only ever occur inside JSON strings, where the escape
    /// means the same character.
    public static func embeddable(_ value: JSONValue) -> String {
        let text = value.serialized(pretty: false)
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 1024)
        var bytes = text.utf8.makeIterator()
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
        var pending: [UInt8] = []
        while let byte = bytes.next() {
            if !pending.isEmpty {
                pending.append(byte)
                if pending == [0xE2, 0x80, 0xA8] || pending == [0xE2, 0x80, 0xA9] {
                    output += Array((pending[2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    pending = []
                } else if pending.count == 3 || (pending.count == 2 && pending[1] != 0x80) {
                    output += pending
                    pending = []
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "<"): output += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): output += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): output += Array("\\u0026".utf8)
            case 0xE2: pending = [byte]
            default: output.append(byte)
            }
        }
        output += pending
        return String(decoding: output, as: UTF8.self)
    }
}

/// The filters a report was made with, in words for its readers.
public enum ReportFilters {
    public static func describe(_ filter: GraphFilter, centreLabel: String? = nil) -> [String] {
        var lines: [String] = []
        if let asOf = filter.asOf { lines.append("as the graph stood on \(asOf)") }
        if !filter.types.isEmpty {
            lines.append("edge types: " + EdgeType.allCases.filter(filter.types.contains).map(\.rawValue).joined(separator: ", ")
                         + " (and the stances their claims are about)")
        }
        if !filter.sources.isEmpty { lines.append("evidence from: " + filter.sources.sorted().joined(separator: ", ")) }
        if let minimum = filter.minConfidence { lines.append("confidence at least \(TextFormatting.number(minimum))") }
        if let centre = filter.egoCentre {
            let name = centreLabel.map { "\($0) (\(centre))" } ?? centre
            lines.append("within \(filter.egoDepth) hop\(filter.egoDepth == 1 ? "" : "s") of \(name)")
        }
        return lines
    }
}
