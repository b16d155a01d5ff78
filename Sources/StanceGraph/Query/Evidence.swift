/// The gist of an edge's evidence for one line of output: every source it cites, its earliest
/// date, and the lead record (the earliest dated one, else the first) with its attribution and quote.
public struct EvidenceSummary: Hashable, Sendable {
    public var sources: [String]
    public var date: PartialDate?
    public var attribution: Attribution?
    /// The lead record's quote, or `nil` for a paraphrase.
    public var quote: String?
    public var recordCount: Int

    /// The summary of `records` (positions in the edge's provenance), or of all its evidence.
    public init(_ edge: Edge, records: [Int]? = nil) {
        let records = records ?? Array(edge.provenance.indices)
        var seen = Set<String>()
        sources = records.map { edge.provenance[$0].source }.filter { seen.insert($0).inserted }
        date = records.compactMap { edge.provenance[$0].date }.min()
        recordCount = records.count
        let lead = records.min { a, b in
            EvidenceSummary.precedes(edge.provenance[a].date, a, edge.provenance[b].date, b)
        }.map { edge.provenance[$0] }
        attribution = lead?.attribution
        quote = lead?.quote
    }

    /// Dated before undated, earlier before later, then in the order given.
    static func precedes(_ a: PartialDate?, _ aIndex: Int, _ b: PartialDate?, _ bIndex: Int) -> Bool {
        switch (a, b) {
        case let (a?, b?) where a != b: return a < b
        case (_?, nil): return true
        case (nil, _?): return false
        default: return aIndex < bIndex
        }
    }

    /// `text` cut to about `length` characters, at a word boundary when one is near, with an
    /// ellipsis: for one-line listings.
    public static func shorten(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        let cut = text.prefix(length - 1)
        var kept = cut
        if let space = cut.lastIndex(of: " "), cut.distance(from: space, to: cut.endIndex) < 16 { kept = cut[..<space] }
        while let last = kept.last, last.isPunctuation || last.isWhitespace { kept.removeLast() }
        return kept + "…"
    }
}

extension EdgeType {
    /// Whether an edge of this type records a stance an actor takes on something (everything
    /// `isStance` except `speaks-for`, which says who talks for whom).
    public var expressesStance: Bool { isStance && self != .speaksFor }

    /// Whether the stance is for its target (supports, proposes, demands).
    public var isFor: Bool { self == .supports || self == .proposes || self == .demands }

    /// Whether the stance is against its target (opposes, rejects).
    public var isAgainst: Bool { self == .opposes || self == .rejects }
}

/// The JSON shapes queries share, so that a node or an edge reads the same in every answer.
enum QueryJSON {
    /// `{"id","label","kind"}`
    static func node(_ node: Node) -> JSONValue {
        .object([("id", .string(node.id)), ("label", .string(node.label)), ("kind", .string(node.kind.rawValue))])
    }

    /// `{"id","type","from","to","target","sources","date","attribution","quote","confidence"}`,
    /// `extra` members after `target`; for an edge about an edge, `"claim":{"id","type","from","to"}`;
    /// with `evidence`, every provenance record.
    /// `after` members come last.
    static func edge(_ edgeIndex: Int, in graph: Graph, extra: [(String, JSONValue)] = [], evidence: Bool = false,
                     after: [(String, JSONValue)] = []) -> JSONValue {
        let edge = graph.edges[edgeIndex]
        let summary = EvidenceSummary(edge)
        var members: [(String, JSONValue)] = [
            ("id", .string(edge.id)),
            ("type", .string(edge.type.rawValue)),
            ("from", .string(edge.from)),
            ("to", .string(edge.to)),
            ("target", .string(graph.edgeTargets[edgeIndex].isEdge ? "edge" : "node")),
        ]
        members += extra
        members += [
            ("sources", .array(summary.sources.map(JSONValue.string))),
            ("date", JSONValue(summary.date?.description)),
            ("attribution", JSONValue(summary.attribution?.rawValue)),
            ("quote", JSONValue(summary.quote)),
            ("confidence", edge.confidence.map(JSONValue.double) ?? .null),
        ]
        if case .edge(let claim) = graph.edgeTargets[edgeIndex] {
            let about = graph.edges[claim]
            members.append(("claim", .object([("id", .string(about.id)), ("type", .string(about.type.rawValue)),
                                              ("from", .string(about.from)), ("to", .string(about.to))])))
        }
        if evidence { members.append(("evidence", .array(edge.provenance.map(record)))) }
        return .object(members + after)
    }

    /// `{"source","date","attribution","quote","paraphrase"}`
    static func record(_ record: Provenance) -> JSONValue {
        .object([
            ("source", .string(record.source)),
            ("date", JSONValue(record.date?.description)),
            ("attribution", .string(record.attribution.rawValue)),
            ("quote", JSONValue(record.quote)),
            ("paraphrase", .bool(record.paraphrase)),
        ])
    }
}

extension EdgeTarget {
    var isEdge: Bool {
        if case .edge = self { return true }
        return false
    }
}
