/// How weakly a hop, or a whole path, is evidenced: what ranking by evidence orders paths of
/// equal length by. Fields compare in order, and a path's cost is the sum of its hops':
///
/// 1. hops with no evidence at all (uncited) — any path citing every hop comes first;
/// 2. how indirect the lead record of each hop is (on the record 0, spokesperson 1, anonymous
///    sources 2, analyst assessment 3, reporter summary 4; uncited 5);
/// 3. hops whose lead record is undated;
/// 4. how imprecise the lead dates are (a day 0, a month 1, a year 2, none 3).
///
/// Lower is better; equal costs keep the graph's order.
public struct EvidenceCost: Hashable, Sendable, Comparable {
    public var uncitedHops = 0
    public var indirectness = 0
    public var undatedHops = 0
    public var imprecision = 0

    public init() {}

    /// The cost of walking `edge`, from its lead record.
    public init(of edge: Edge, rewrites: Set<String> = []) {
        guard let lead = edge.leadRecord(rewrites: rewrites) else {
            uncitedHops = 1
            indirectness = 5
            undatedHops = 1
            imprecision = 3
            return
        }
        indirectness = lead.attribution.indirectness
        undatedHops = lead.date == nil ? 1 : 0
        imprecision = lead.date?.imprecision ?? 3
    }

    public static func + (lhs: EvidenceCost, rhs: EvidenceCost) -> EvidenceCost {
        var sum = lhs
        sum.uncitedHops += rhs.uncitedHops
        sum.indirectness += rhs.indirectness
        sum.undatedHops += rhs.undatedHops
        sum.imprecision += rhs.imprecision
        return sum
    }

    public static func < (lhs: EvidenceCost, rhs: EvidenceCost) -> Bool {
        (lhs.uncitedHops, lhs.indirectness, lhs.undatedHops, lhs.imprecision)
            < (rhs.uncitedHops, rhs.indirectness, rhs.undatedHops, rhs.imprecision)
    }
}

extension QueryIndex {
    /// The cost of each step of the index: its graph edge's (a claim step costs what its claim does).
    public func stepCosts() -> [EvidenceCost] {
        let rewrites = graph.rewriteSourceIDs
        let edgeCosts = graph.edges.map { EvidenceCost(of: $0, rewrites: rewrites) }
        return (0..<edgeCount).map { edgeCosts[graphEdge(ofStep: $0)] }
    }
}
