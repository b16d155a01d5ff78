import StanceGraph

/// How query answers read as text: names, hops with arrows, claims in brackets, and evidence
/// as `[source, date, attribution: "quote…"]`. One place, so every command reads alike, and the
/// one place where a text answer takes words from the graph: every id, label, source and quote
/// passes through `shown` (names) or `shownQuote` (tabs kept), safe for a terminal.
struct QueryText {
    let graph: Graph
    /// Quotes longer than this are cut with an ellipsis, unless `full`.
    var quoteLength = 60
    /// Print every record with its whole quote.
    var full = false

    func name(_ node: Int) -> String { Self.shown(graph.nodes[node].label) }

    /// `Label (id)`
    func nameAndID(_ node: Int) -> String { "\(name(node)) (\(Self.shown(graph.nodes[node].id)))" }

    /// `Label (id, kind)`
    func nameIDAndKind(_ node: Int) -> String {
        "\(name(node)) (\(Self.shown(graph.nodes[node].id)), \(graph.nodes[node].kind.rawValue))"
    }

    /// An id, label or source from the graph as a terminal may show it: controls and invisible
    /// characters escaped (`TerminalText`).
    static func shown(_ text: String) -> String { TerminalText.visible(text) }

    /// A quote or passage: as `shown`, but a tab stays a tab (the speaker's whitespace).
    static func shownQuote(_ text: String) -> String { TerminalText.visible(text, keeping: .tab) }

    /// What an edge points at: a node's name, or the claim it is about in brackets.
    func target(of edge: Int) -> String {
        switch graph.edgeTargets[edge] {
        case .node(let node): return name(node)
        case .edge(let claim): return self.claim(claim)
        }
    }

    /// `[Source —type→ Target, 2024-05, "…"]`: an edge as the subject of another, with the date
    /// and quote of its lead record, so that two claims between the same nodes read apart.
    func claim(_ edge: Int) -> String {
        let summary = EvidenceSummary(graph.edges[edge], rewrites: graph.rewriteSourceIDs)
        var parts = ["\(name(graph.edgeTails[edge])) —\(graph.edges[edge].type.rawValue)→ \(target(of: edge))"]
        if let date = summary.leadDate ?? summary.date { parts.append(date.description) }
        if let quote = summary.quote { parts.append("\"\(Self.shownQuote(TextFormatting.shortenAtWord(quote, to: 40)))\"") }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    /// The lines of one step of a path from `node`: the hop with its evidence, and with `full`
    /// every record under it. A claim step (between a claim and its own speaker or target)
    /// reads as the claim itself.
    func hopLines(_ index: QueryIndex, step: Int, from node: Int) -> [String] {
        let edge = index.graphEdge(ofStep: step)
        let hop = index.isClaimStep(step)
            ? "the claim itself: \(name(graph.edgeTails[edge])) —\(graph.edges[edge].type.rawValue)→ \(target(of: edge))"
            : self.hop(edge, from: node)
        let evidence = graph.edges[edge].provenance.isEmpty ? "[uncited]" : full ? "" : self.evidence(edge)
        var lines = ["  " + QueryText.line(hop, evidence)]
        if full { lines += graph.edges[edge].provenance.map { "      " + fullRecord($0) } }
        return lines
    }

    /// `src, 2024-05-24, on the record: "the whole quote"` for one record.
    func fullRecord(_ record: Provenance) -> String {
        var parts = [Self.shown(record.source)]
        if let date = record.date { parts.append(date.description) }
        let who = record.attribution.rawValue.replacingOccurrences(of: "-", with: " ")
        parts.append(record.quote.map { "\(who): \"\(Self.shownQuote($0))\"" }
            ?? "\(who), paraphrased" + (record.passage.map { " from \"\(Self.shownQuote($0))\"" } ?? ""))
        return parts.joined(separator: ", ")
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
        let summary = EvidenceSummary(graph.edges[edge], records: records, rewrites: graph.rewriteSourceIDs)
        guard summary.recordCount > 0 else { return "" }
        var parts = summary.sources.map(Self.shown)
        if withDate, let date = summary.leadDate ?? summary.date { parts.append(date.description) }
        if let attribution = summary.attribution { parts.append(said(attribution, summary.quote)) }
        if let confidence = graph.edges[edge].confidence { parts.append("confidence \(confidence)") }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    /// `[src, attribution: "…"]` for one provenance record.
    func record(_ record: Provenance) -> String {
        "[\(Self.shown(record.source)), \(said(record.attribution, record.quote))]"
    }

    /// `on the record: "…"`, or `on the record, paraphrased` without a quote.
    func said(_ attribution: Attribution, _ quote: String?) -> String {
        let who = attribution.rawValue.replacingOccurrences(of: "-", with: " ")
        guard let quote else { return who + ", paraphrased" }
        return "\(who): \"\(Self.shownQuote(full ? quote : TextFormatting.shortenAtWord(quote, to: quoteLength)))\""
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
