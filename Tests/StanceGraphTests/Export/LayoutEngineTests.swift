import Testing
import StanceGraph

/// The default engine is chosen from both counts: dot for what it lays out in about a second,
/// sfdp once either the nodes or the edges pass dot's limit.
@Suite struct LayoutEngineTests {
    @Test(arguments: [
        (nodes: 0, edges: 0, engine: LayoutEngine.dot),
        (nodes: 80, edges: 169, engine: .dot),          // the bundled graph
        (nodes: 150, edges: 750, engine: .dot),         // at the edge limit
        (nodes: 150, edges: 751, engine: .sfdp),        // one edge over
        (nodes: 200, edges: 1_000, engine: .sfdp),
        (nodes: 1_000, edges: 5_000, engine: .sfdp),
        (nodes: 2_000, edges: 10_000, engine: .sfdp),
        (nodes: 2_000, edges: 0, engine: .dot),         // at the node limit
        (nodes: 2_001, edges: 0, engine: .sfdp),        // many nodes, no edges
        (nodes: 2_001, edges: 500, engine: .sfdp),
    ])
    func theEngineFollowsNodesAndEdges(nodes: Int, edges: Int, engine: LayoutEngine) {
        let choice = LayoutEngine.defaultChoice(nodes: nodes, edges: edges)
        #expect(choice.engine == engine)
        #expect(choice.isForSize == (engine != .dot))
        #expect((choice.reason == nil) == (engine == .dot))
    }

    @Test func theReasonNamesTheCountsTheEngineAndDotsLimits() {
        #expect(LayoutEngine.defaultChoice(nodes: 1_000, edges: 5_000).reason
            == "drawing 1,000 nodes and 5,000 edges with sfdp (dot is used up to 2,000 nodes and 750 edges)")
        #expect(LayoutEngine.defaultChoice(nodes: 2_001, edges: 1).reason
            == "drawing 2,001 nodes and 1 edge with sfdp (dot is used up to 2,000 nodes and 750 edges)")
    }

    @Test func aGraphIsMeasuredByItsOwnCounts() throws {
        let graph = try ExportFixture.loaded()
        let choice = LayoutEngine.defaultChoice(for: graph)
        #expect(choice.nodes == graph.nodes.count && choice.edges == graph.edges.count)
        #expect(choice.engine == .dot)
    }
}
