/// The Graphviz layout programs a diagram can be laid out with.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// The most nodes `dot` lays out by default.
    public static let hierarchicalNodeLimit = 2_000

    /// The most edges `dot` lays out by default. On the synthetic graphs (one node per five
    /// edges, hub actors) `dot`'s positioning grows far faster than the edges: about 1 s of
    /// CPU at 750 edges, 7 s at 1,000, 25 s at 2,000 and 100 s at 5,000, while `sfdp` takes
    /// 0.4 s at 1,000 and about 1.5–4 s at 5,000 (docs/performance.md, "Choosing the engine").
    public static let hierarchicalEdgeLimit = 750

    /// The engine to use when none is named, for a graph of this many nodes and edges: `dot`
    /// for readable hierarchies up to ``hierarchicalNodeLimit`` nodes and
    /// ``hierarchicalEdgeLimit`` edges, `sfdp` above either.
    public static func defaultChoice(nodes: Int, edges: Int) -> LayoutChoice {
        let fitsDot = nodes <= hierarchicalNodeLimit && edges <= hierarchicalEdgeLimit
        return LayoutChoice(engine: fitsDot ? .dot : .sfdp, nodes: nodes, edges: edges)
    }

    /// The default choice for `graph`, from its node and edge counts.
    public static func defaultChoice(for graph: Graph) -> LayoutChoice {
        defaultChoice(nodes: graph.nodes.count, edges: graph.edges.count)
    }
}

/// The engine chosen for a graph's size, and why, when it is not the usual `dot`.
public struct LayoutChoice: Equatable, Sendable {
    public var engine: LayoutEngine
    /// The counts the choice was made from.
    public var nodes: Int
    public var edges: Int

    public init(engine: LayoutEngine, nodes: Int, edges: Int) {
        self.engine = engine
        self.nodes = nodes
        self.edges = edges
    }

    /// Whether the graph was too large for `dot`, so that another engine was chosen.
    public var isForSize: Bool { engine != .dot }

    /// A sentence for a note when the choice was made for the graph's size, such as
    /// `drawing 1,000 nodes and 5,000 edges with sfdp (dot is used up to 2,000 nodes and 750
    /// edges)`; nil for the usual choice, `dot`.
    public var reason: String? {
        guard isForSize else { return nil }
        let limits = "dot is used up to \(TextFormatting.grouped(LayoutEngine.hierarchicalNodeLimit)) nodes"
            + " and \(TextFormatting.grouped(LayoutEngine.hierarchicalEdgeLimit)) edges"
        return "drawing \(TextFormatting.counted(nodes, "node")) and \(TextFormatting.counted(edges, "edge"))"
            + " with \(engine.rawValue) (\(limits))"
    }
}
