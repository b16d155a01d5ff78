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
        let summary = EvidenceSummary(edge, rewrites: graph.rewriteSourceIDs)
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
