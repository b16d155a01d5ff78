import Testing
@testable import StanceGraph

@Suite struct GraphFilterTests {
    /// Nodes within `depth` hops of `centre` either way; source documents are reached but not walked through.
    static func egoOracle(_ graph: Graph, centre: Int, depth: Int) -> Set<Int> {
        var distance: [Int: Int] = [centre: 0]
        var frontier = [centre]
        for level in stride(from: 1, through: depth, by: 1) {
            var next: [Int] = []
            for node in frontier where node == centre || graph.nodes[node].kind != .source {
                for edge in graph.edges.indices {
                    let a = graph.edgeTails[edge], b = graph.targetNodeIndex(ofEdge: edge)
                    for (here, there) in [(a, b), (b, a)] where here == node && distance[there] == nil {
                        distance[there] = level
                        next.append(there)
                    }
                }
            }
            frontier = next
        }
        return Set(distance.keys)
    }

    @Test(arguments: 1...8)
    func egoFilterKeepsTheNetworkAndTheSourcesItsEvidenceCites(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed, nodes: 30, edges: 45)
        for centre in stride(from: 0, to: graph.nodes.count, by: 3) {
            for depth in 0...3 {
                let filtered = try GraphFilter(egoCentre: graph.nodes[centre].id, egoDepth: depth).apply(to: graph)
                let kept = Set(filtered.nodes.map { graph.nodeIndex(of: $0.id)! })
                let ego = Self.egoOracle(graph, centre: centre, depth: depth)
                #expect(ego.isSubset(of: kept), "seed \(seed) centre \(centre) depth \(depth)")
                let cited = Set(filtered.edges.flatMap { $0.provenance.compactMap { graph.nodeIndex(of: $0.source) } })
                #expect(kept.subtracting(ego).isSubset(of: cited), "anything more is a source the kept evidence cites")
            }
        }
    }
}
