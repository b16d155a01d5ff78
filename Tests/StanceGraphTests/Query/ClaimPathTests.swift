import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// Paths go through claims: a claim about a stance is a step of its own, left only to that
/// stance's own speaker or target (or to another claim about it); and of the paths of equal
/// length, evidence ranking returns the best-evidenced.
@Suite struct ClaimPathTests {
    static let bundled: Graph = {
        let path = PackageRoot.url.appendingPathComponent("graphs/ceasefire-signals.yaml").path
        return GraphLoader().load([try! GraphInput.read(path: path).get()]).graph!
    }()

    /// What is wrong with `path` as a walk through claims, or `nil`.
    static func problem(with path: GraphPath, in index: QueryIndex) -> String? {
        let graph = index.graph
        for position in path.edges.indices {
            let step = path.edges[position], from = path.nodes[position], to = path.nodes[position + 1]
            guard index.otherEnd(ofEdge: step, from: from) == to else { return "step \(position) does not join its nodes" }
            if let claimed = index.claimedEdge(ofNode: to), !index.isClaimStep(step),
               graph.edgeTargets[index.graphEdge(ofStep: step)] != .edge(claimed) {
                return "enters the claim \(graph.edges[claimed].id) by an edge not about it"
            }
        }
        for position in path.nodes.indices.dropFirst().dropLast() {
            guard let claimed = index.claimedEdge(ofNode: path.nodes[position]) else { continue }
            let entered = path.edges[position - 1], left = path.edges[position]
            let leaving = index.graphEdge(ofStep: left)
            guard leaving == claimed || graph.edgeTargets[leaving] == .edge(claimed)
                    || (index.isClaimStep(left) && graph.edgeTargets[leaving] == .edge(claimed)) else {
                return "leaves the claim \(graph.edges[claimed].id) by \(graph.edges[leaving].id), which is neither it nor about it"
            }
            if index.isClaimStep(entered) && index.isClaimStep(left) && index.graphEdge(ofStep: entered) == claimed
                && index.graphEdge(ofStep: left) == claimed {
                return "walks through the claim \(graph.edges[claimed].id) along itself"
            }
            // Entering from one end of the claimed stance, a path must not have come from its
            // other end by another edge between the same two nodes.
            if index.isClaimStep(entered), index.graphEdge(ofStep: entered) == claimed, position >= 2, !index.isClaimStep(path.edges[position - 2]) {
                let ends: Set = [graph.edgeTails[claimed], index.otherEnd(ofEdge: claimed, from: graph.edgeTails[claimed])]
                if Set([path.nodes[position - 2], path.nodes[position - 1]]) == ends {
                    return "comes to the claim \(graph.edges[claimed].id) from one end after arriving from the other"
                }
            }
            // Leaving to one end of the claimed stance, a path must not go on to its other end
            // by another edge between the same two nodes: the claim itself joins them.
            if index.isClaimStep(left), position + 2 < path.nodes.count {
                let ends = Set([graph.edgeTails[claimed], index.otherEnd(ofEdge: left, from: path.nodes[position])])
                let next = index.graphEdge(ofStep: path.edges[position + 1])
                let nextEnds = Set([graph.edgeTails[next], graph.targetNodeIndex(ofEdge: next)])
                if !index.isClaimStep(path.edges[position + 1]), ends.count == 2, nextEnds == ends, next != claimed {
                    return "leaves the claim \(graph.edges[claimed].id) and returns by \(graph.edges[next].id) between the same nodes"
                }
            }
        }
        return nil
    }

    static func pairs(_ graph: Graph, limit: Int) -> [(Int, Int)] {
        let actors = graph.nodes.indices.filter { graph.nodes[$0].kind == .actor }
        var pairs: [(Int, Int)] = []
        for a in actors { for b in actors where a < b { pairs.append((a, b)) } }
        return Array(pairs.prefix(limit))
    }

    static func check(_ graph: Graph, pairs: [(Int, Int)]) {
        let index = QueryIndex(graph, claimSteps: true)
        var search = GraphSearch(index: index)
        for (a, b) in pairs {
            for mode in [PathMode.shortest, .allShortest(limit: 50), .kShortest(4), .allSimple(maxHops: 4, limit: 50)] {
                for path in search.paths(from: a, to: b, mode: mode, ranking: .evidence).paths {
                    if let problem = problem(with: path, in: index) {
                        Issue.record("\(graph.nodes[a].id) → \(graph.nodes[b].id), \(mode): \(problem)")
                        return
                    }
                }
            }
        }
    }

    @Test func everyAnswerOnTheBundledGraphWalksClaimsFaithfully() {
        let graph = Self.bundled
        Self.check(graph, pairs: Self.pairs(graph, limit: 1_000))
    }

    @Test(arguments: 1...12)
    func everyAnswerOnARandomGraphWalksClaimsFaithfully(seed: UInt64) {
        let graph = RandomGraphs.make(seed: seed, nodes: 24, edges: 60)
        Self.check(graph, pairs: Self.pairs(graph, limit: 60))
    }

    /// Of all shortest paths, evidence ranking returns one of the least cost: never an uncited
    /// hop when a path of the same length cites every hop.
    @Test(arguments: 1...12)
    func theBestEvidencedShortestPathIsReturned(seed: UInt64) {
        let graph = RandomGraphs.make(seed: seed, nodes: 20, edges: 50)
        let index = QueryIndex(graph, claimSteps: true)
        let costs = index.stepCosts()
        var search = GraphSearch(index: index)
        for (a, b) in Self.pairs(graph, limit: 80) {
            let all = search.allShortestPaths(from: a, to: b, limit: 100_000)
            guard !all.truncated, let best = search.paths(from: a, to: b, mode: .shortest, ranking: .evidence).paths.first else {
                #expect(all.paths.isEmpty)
                continue
            }
            func cost(_ path: GraphPath) -> EvidenceCost { path.edges.reduce(EvidenceCost()) { $0 + costs[$1] } }
            let least = all.paths.map(cost).min()!
            #expect(best.hops == all.paths[0].hops)
            #expect(cost(best) == least, "\(graph.nodes[a].id) → \(graph.nodes[b].id)")
            #expect(all.paths.contains(best))
        }
    }

    /// Kuleba's doubt joins him to the claim he doubts, and through it to Putin.
    @Test func kulebasDoubtLeadsThroughTheClaimToPutin() throws {
        let graph = Self.bundled
        let index = QueryIndex(graph, claimSteps: true)
        var search = GraphSearch(index: index)
        let result = search.paths(from: graph.nodeIndex(of: "kuleba")!, to: graph.nodeIndex(of: "putin")!, mode: .allShortest(limit: 20), ranking: .evidence)
        let throughClaim = try #require(result.paths.first { $0.nodes.contains { index.claimedEdge(ofNode: $0) != nil } })
        let claimed = try #require(throughClaim.nodes.compactMap(index.claimedEdge(ofNode:)).first)
        #expect(graph.edges[claimed].from == "putin", "the doubted stance is Putin's own")
        #expect(throughClaim.hops == 2)
    }
}
