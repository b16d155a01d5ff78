import StanceGraph

/// How query answers read as text: names, hops with arrows, claims in brackets, and evidence
/// as `[source, date, attribution: "quote…"]`. One place, so every command reads alike.
struct QueryText {
    let graph: Graph
    /// Quotes longer than this are cut with an ellipsis.
    var quoteLength = 60

    func name(_ node: Int) -> String { graph.nodes[node].label }

    /// `Label (id)`
    func nameAndID(_ node: Int) -> String { "\(graph.nodes[node].label) (\(graph.nodes[node].id))" }

    /// `Label (id, kind)`
    func nameIDAndKind(_ node: Int) -> String {
        "\(graph.nodes[node].label) (\(graph.nodes[node].id), \(graph.nodes[node].kind.rawValue))"
    }

    /// What an edge points at: a node's name, or the claim it is about in brackets.
    func target(of edge: Int) -> String {
        switch graph.edgeTargets[edge] {
        case .node(let node): return name(node)
        case .edge(let claim): return self.claim(claim)
        }
    }

    /// `[Source —type→ Target]`: an edge as the subject of another.
    func claim(_ edge: Int) -> String {
        "[\(name(graph.edgeTails[edge])) —\(graph.edges[edge].type.rawValue)→ \(target(of: edge))]"
    }

    /// One step of a walk from `node`: `A —type→ B` along the edge, `B ←type— A` against it.
    func hop(_ edge: Int, from node: Int) -> String {
        let type = graph.edges[edge].type.rawValue
        if graph.edgeTails[edge] == node {
            return "\(name(node)) —\(type)→ \(target(of: edge))"
        }
        return "\(target(of: edge)) ←\(type)— \(name(graph.edgeTails[edge]))"
    }

    /// `[src-a, src-b, 2024-05-24, on the record: "…", confidence 0.5]`, or "" for an edge without
    /// evidence; of `records` (positions in its provenance) only, when given.
    func evidence(_ edge: Int, withDate: Bool = true, records: [Int]? = nil) -> String {
        let summary = EvidenceSummary(graph.edges[edge], records: records)
        guard summary.recordCount > 0 else { return "" }
        var parts = summary.sources
        if withDate, let date = summary.date { parts.append(date.description) }
        if let attribution = summary.attribution { parts.append(said(attribution, summary.quote)) }
        if let confidence = graph.edges[edge].confidence { parts.append("confidence \(confidence)") }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    /// `[src, attribution: "…"]` for one provenance record.
    func record(_ record: Provenance) -> String {
        "[\(record.source), \(said(record.attribution, record.quote))]"
    }

    /// `on the record: "…"`, or `on the record, paraphrased` without a quote.
    func said(_ attribution: Attribution, _ quote: String?) -> String {
        let who = attribution.rawValue.replacingOccurrences(of: "-", with: " ")
        guard let quote else { return who + ", paraphrased" }
        return "\(who): \"\(TextFormatting.shortenAtWord(quote, to: quoteLength))\""
    }

    /// A date in a column of fixed width (`undated` when there is none).
    static func dateColumn(_ date: PartialDate?) -> String {
        let text = date?.description ?? "undated"
        return text + String(repeating: " ", count: max(1, 12 - text.count))
    }

    /// `1 hop`, `2 hops`
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }

    /// `a`, `a and b`, `a, b and c`
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// Joins parts with two spaces, leaving out empty ones.
    static func line(_ parts: String...) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: "  ")
    }
}
