import Testing
@testable import StanceGraph

/// Path queries on seeded random graphs, checked against the brute-force `PathOracle`.
@Suite struct PathSearchTests {
    static let ruleSets: [TraversalRules] = [
        TraversalRules(),
        TraversalRules(direction: .outgoing),
        TraversalRules(direction: .incoming),
        TraversalRules(throughSources: true),
        TraversalRules(edgeTypes: [.supports, .opposes, .speaksFor, .doubts, .conditionsOn]),
        TraversalRules(direction: .outgoing, edgeTypes: Set(EdgeType.allCases).subtracting([.cites, .memberOf])),
    ]

    /// Every pair of nodes of a small graph (or a sample of a larger one).
    static func pairs(_ graph: Graph, sample: Int? = nil, seed: UInt64 = 0) -> [(Int, Int)] {
        let all = graph.nodes.indices.flatMap { a in graph.nodes.indices.map { (a, $0) } }
        guard let sample else { return all }
        var random = SeededGenerator(seed: seed)
        return (0..<sample).map { _ in all.randomElement(using: &random)! }
    }

    @Test(arguments: 1...12)
    func shortestPathHasTheLengthOfPlainBFS(seed: UInt64) {
        let graph = RandomGraphs.make(seed: seed, nodes: 40, edges: 70)
        let index = QueryIndex(graph)
        for rules in Self.ruleSets {
            var search = GraphSearch(index: index, rules: rules)
            let oracle = PathOracle(graph: graph, rules: rules)
            for (start, goal) in Self.pairs(graph, sample: 120, seed: seed) {
                let path = search.shortestPath(from: start, to: goal)
                #expect(path?.hops == oracle.distance(from: start, to: goal), "seed \(seed) \(rules) \(start)→\(goal)")
                if let path { #expect(oracle.problem(with: path, from: start, to: goal) == nil, "seed \(seed) \(rules)") }
            }
        }
    }

    @Test(arguments: 1...10)
    func allShortestIsExactlyTheSetOfShortestPaths(seed: UInt64) {
        let graph = RandomGraphs.make(seed: seed, nodes: 9, edges: 18)
        let index = QueryIndex(graph)
        for rules in Self.ruleSets {
            var search = GraphSearch(index: index, rules: rules)
            let oracle = PathOracle(graph: graph, rules: rules)
            for (start, goal) in Self.pairs(graph) {
                let all = oracle.allSimplePaths(from: start, to: goal, maxHops: graph.nodes.count)
                let shortest = all.map(\.hops).min()
                let expected = Set(all.filter { $0.hops == shortest })
                let (paths, truncated) = search.allShortestPaths(from: start, to: goal, limit: 10_000)
                #expect(!truncated)
                #expect(paths.count == expected.count, "no path found twice")
                #expect(Set(paths) == expected, "seed \(seed) \(rules) \(start)→\(goal)")
            }
        }
    }

    @Test(arguments: 1...10)
    func kShortestAreSimpleDistinctSortedAndTheShortestThereAre(seed: UInt64) {
        let graph = RandomGraphs.make(seed: seed, nodes: 9, edges: 18)
        let index = QueryIndex(graph)
        let k = 7
        for rules in Self.ruleSets {
            var search = GraphSearch(index: index, rules: rules)
            let oracle = PathOracle(graph: graph, rules: rules)
            for (start, goal) in Self.pairs(graph) {
                let paths = search.kShortestPaths(from: start, to: goal, k: k)
                let expectedLengths = oracle.allSimplePaths(from: start, to: goal, maxHops: graph.nodes.count).map(\.hops).sorted().prefix(k)
                #expect(paths.map(\.hops) == Array(expectedLengths), "seed \(seed) \(rules) \(start)→\(goal)")
                #expect(Set(paths.map(\.edges)).count == paths.count, "distinct")
                for path in paths { #expect(oracle.problem(with: path, from: start, to: goal) == nil) }
            }
        }
    }

    @Test(arguments: 1...8)
    func kShortestRespectsMaxHops(seed: UInt64) {
        let graph = RandomGraphs.make(seed: seed, nodes: 9, edges: 18)
        var search = GraphSearch(index: QueryIndex(graph))
        let oracle = PathOracle(graph: graph, rules: TraversalRules())
        for (start, goal) in Self.pairs(graph) where start != goal {
            let paths = search.kShortestPaths(from: start, to: goal, k: 50, maxHops: 3)
            let expected = oracle.allSimplePaths(from: start, to: goal, maxHops: 3).map(\.hops).sorted().prefix(50)
            #expect(paths.map(\.hops) == Array(expected))
        }
    }

    @Test(arguments: 1...10)
    func simplePathsUpToMaxHopsAreExactlyTheBruteForceOnes(seed: UInt64) {
        let graph = RandomGraphs.make(seed: seed, nodes: 9, edges: 18)
        let index = QueryIndex(graph)
        for rules in Self.ruleSets {
            var search = GraphSearch(index: index, rules: rules)
            let oracle = PathOracle(graph: graph, rules: rules)
            for (start, goal) in Self.pairs(graph) {
                let expected = oracle.allSimplePaths(from: start, to: goal, maxHops: 4)
                let (paths, truncated) = search.simplePaths(from: start, to: goal, maxHops: 4, limit: 10_000)
                #expect(!truncated)
                #expect(paths.count == expected.count && Set(paths) == Set(expected), "seed \(seed) \(rules) \(start)→\(goal)")
                #expect(paths.map(\.hops) == paths.map(\.hops).sorted(), "shortest first")

                let (some, cut) = search.simplePaths(from: start, to: goal, maxHops: 4, limit: 3)
                #expect(cut == (expected.count > 3))
                #expect(some.map(\.hops) == Array(expected.map(\.hops).sorted().prefix(3)), "a truncated answer keeps the shortest")
                #expect(Set(some).isSubset(of: Set(expected)))
            }
        }
    }

    @Test(arguments: 1...6)
    func allShortestTruncatesAtTheLimit(seed: UInt64) {
        let graph = RandomGraphs.make(seed: seed, nodes: 9, edges: 24)
        var search = GraphSearch(index: QueryIndex(graph))
        for (start, goal) in Self.pairs(graph) {
            let (all, _) = search.allShortestPaths(from: start, to: goal, limit: 10_000)
            let (some, truncated) = search.allShortestPaths(from: start, to: goal, limit: 2)
            #expect(truncated == (all.count > 2))
            #expect(some == Array(all.prefix(2)))
        }
    }

    @Test(arguments: [(nil, 0.5), ("2023-06", nil), ("2024", 0.8), ("2022-03", 0.2)] as [(String?, Double?)])
    func filtersAsOfAndMinConfidenceBoundThePaths(asOf: String?, minConfidence: Double?) throws {
        let date = try asOf.map { try PartialDate(parsing: $0) }
        for seed in UInt64(1)...8 {
            let graph = RandomGraphs.make(seed: seed, nodes: 30, edges: 60)
            let filter = GraphFilter(asOf: date, minConfidence: minConfidence)
            let filtered = try filter.apply(to: graph)
            var search = GraphSearch(index: QueryIndex(filtered))
            // The oracle's own reading of the two filters, on the unfiltered graph.
            var basic = [Bool?](repeating: nil, count: graph.edges.count)
            func passes(_ edge: Int) -> Bool {
                if let known = basic[edge] { return known }
                basic[edge] = false
                let candidate = graph.edges[edge]
                var keep = (candidate.confidence ?? 1) >= (minConfidence ?? 0)
                if let date {
                    let dates: [PartialDate] = candidate.provenance.compactMap(\.date)
                    if let start: PartialDate = candidate.validFrom ?? dates.min(), !start.startsOnOrBefore(endOf: date) { keep = false }
                    if let until: PartialDate = candidate.validUntil, !until.endsOnOrAfter(startOf: date) { keep = false }
                }
                if case .edge(let claim) = graph.edgeTargets[edge] { keep = keep && passes(claim) }
                basic[edge] = keep
                return keep
            }
            // Structural edges stay only between nodes a kept stance or record keeps (or that no
            // stance touches at all, and are not sources), at least one of them kept.
            func ends(_ edge: Int) -> [Int] {
                if case .node(let target) = graph.edgeTargets[edge] { return [graph.edgeTails[edge], target] }
                return [graph.edgeTails[edge]]
            }
            var anchored = Set<Int>(), touchedByStances = Set<Int>(), claimed = Set<Int>()
            for edge in graph.edges.indices where graph.edges[edge].type.expressesStance {
                touchedByStances.formUnion(ends(edge))
                guard passes(edge) else { continue }
                anchored.formUnion(ends(edge))
                if case .edge(let claim) = graph.edgeTargets[edge] { claimed.insert(claim) }
                for record in graph.edges[edge].provenance {
                    if let source: Int = graph.nodeIndex(of: record.source) { anchored.insert(source) }
                }
            }
            var admitted = [Bool?](repeating: nil, count: graph.edges.count)
            func admits(_ edge: Int) -> Bool {
                if let known = admitted[edge] { return known }
                var keep = passes(edge)
                if keep && !graph.edges[edge].type.expressesStance && !claimed.contains(edge) {
                    var bothAllowed = true, oneAnchored = false
                    for node in ends(edge) {
                        let undated: Bool = !touchedByStances.contains(node) && graph.nodes[node].kind != .source
                        if anchored.contains(node) { oneAnchored = true } else if !undated { bothAllowed = false }
                    }
                    keep = bothAllowed && oneAnchored
                }
                if case .edge(let claim) = graph.edgeTargets[edge] { keep = keep && admits(claim) }
                admitted[edge] = keep
                return keep
            }
            let oracle = PathOracle(graph: graph, rules: TraversalRules(), admitted: admits)
            for (start, goal) in Self.pairs(graph, sample: 150, seed: seed) where start != goal {
                let expected = oracle.distance(from: start, to: goal)
                guard let from = filtered.nodeIndex(of: graph.nodes[start].id), let to = filtered.nodeIndex(of: graph.nodes[goal].id) else {
                    #expect(expected == nil, "an endpoint the filter drops has no kept edges")
                    continue
                }
                let path = search.shortestPath(from: from, to: to)
                #expect(path?.hops == expected, "seed \(seed) \(graph.nodes[start].id)→\(graph.nodes[goal].id)")
                for edge in path?.edges ?? [] {
                    let original = graph.edgeIndex(of: filtered.edges[edge].id)!
                    #expect(admits(original))
                    #expect((graph.edges[original].confidence ?? 1) >= (minConfidence ?? 0))
                }
            }
        }
    }

    @Test func sourcesAreNotSteppingStonesUnlessAsked() throws {
        let nodes = [Node(id: "a", kind: .actor, label: "A"), Node(id: "doc", kind: .source, label: "Doc"),
                     Node(id: "b", kind: .actor, label: "B"), Node(id: "doc2", kind: .source, label: "Doc 2")]
        let edges = [Edge(id: "a-doc", type: .contradicts, from: "a", to: "doc"),
                     Edge(id: "doc-b", type: .cites, from: "doc", to: "doc2"),
                     Edge(id: "b-doc2", type: .contradicts, from: "b", to: "doc2")]
        let index = QueryIndex(try Graph(nodes: nodes, edges: edges))
        var plain = GraphSearch(index: index)
        #expect(plain.shortestPath(from: 0, to: 2) == nil)
        #expect(plain.shortestPath(from: 0, to: 1)?.hops == 1, "a source can be the goal")
        #expect(plain.shortestPath(from: 1, to: 3)?.hops == 1, "or the start")
        var through = GraphSearch(index: index, rules: TraversalRules(throughSources: true))
        #expect(through.shortestPath(from: 0, to: 2)?.nodes == [0, 1, 3, 2])
    }

    @Test func claimsAboutClaimsAreWalkedToTheEndOfTheirChain() throws {
        let nodes = [Node(id: "kuleba", kind: .actor, label: "Kuleba"), Node(id: "sources", kind: .actor, label: "Sources"),
                     Node(id: "ceasefire", kind: .position, label: "Ceasefire"), Node(id: "isw", kind: .actor, label: "ISW")]
        let edges = [Edge(id: "s-supports", type: .supports, from: "sources", to: "ceasefire"),
                     Edge(id: "k-doubts", type: .doubts, from: "kuleba", to: "s-supports"),
                     Edge(id: "isw-denies", type: .denies, from: "isw", to: "k-doubts")]
        let graph = try Graph(nodes: nodes, edges: edges)
        let index = QueryIndex(graph)
        #expect((0..<3).map(index.traversalTarget(ofEdge:)) == [2, 2, 2])
        var search = GraphSearch(index: index)
        let path = search.shortestPath(from: 0, to: 3)
        #expect(path?.nodes == [0, 2, 3] && path?.edges == [1, 2])
        let json = search.paths(from: 0, to: 3, mode: .shortest).json.serialized(pretty: false)
        #expect(json.contains(#""to":"s-supports","target":"edge","direction":"forward""#))
        #expect(json.contains(#""to":"k-doubts","target":"edge","direction":"backward""#))
    }

    @Test(arguments: 1...5)
    func indexListsEveryEdgeAtBothEndsInGraphOrder(seed: UInt64) {
        let graph = RandomGraphs.make(seed: seed, nodes: 25, edges: 80)
        let index = QueryIndex(graph)
        for node in graph.nodes.indices {
            #expect(index.outgoingEdges(of: node) == graph.edges.indices.filter { graph.edgeTails[$0] == node })
            #expect(index.incomingEdges(of: node) == graph.edges.indices.filter { graph.targetNodeIndex(ofEdge: $0) == node })
        }
    }

    @Test func repeatedQueriesReuseTheScratchSpace() {
        let graph = RandomGraphs.make(seed: 99, nodes: 50, edges: 120)
        var search = GraphSearch(index: QueryIndex(graph))
        let oracle = PathOracle(graph: graph, rules: TraversalRules())
        search.stamp = .max - 3
        for (start, goal) in Self.pairs(graph, sample: 30, seed: 5) {
            #expect(search.shortestPath(from: start, to: goal)?.hops == oracle.distance(from: start, to: goal), "across the stamp wrapping round")
        }
    }

    @Test func subgraphKeepsThePathAndTheClaimsItsEdgesAreAbout() throws {
        let nodes = [Node(id: "kuleba", kind: .actor, label: "Kuleba"), Node(id: "sources", kind: .actor, label: "Sources"),
                     Node(id: "ceasefire", kind: .position, label: "Ceasefire"), Node(id: "putin", kind: .actor, label: "Putin"),
                     Node(id: "peskov", kind: .actor, label: "Peskov")]
        let edges = [Edge(id: "s-supports", type: .supports, from: "sources", to: "ceasefire"),
                     Edge(id: "k-doubts", type: .doubts, from: "kuleba", to: "s-supports"),
                     Edge(id: "putin-proposes", type: .proposes, from: "putin", to: "ceasefire"),
                     Edge(id: "peskov-putin", type: .speaksFor, from: "peskov", to: "putin")]
        var search = GraphSearch(index: QueryIndex(try Graph(nodes: nodes, edges: edges)))
        let result = search.paths(from: 0, to: 3, mode: .shortest)
        let subgraph = result.subgraph()
        #expect(subgraph.graph.nodes.map(\.id) == ["kuleba", "sources", "ceasefire", "putin"])
        #expect(subgraph.graph.edges.map(\.id) == ["s-supports", "k-doubts", "putin-proposes"])
        #expect(subgraph.highlightedEdges == ["k-doubts", "putin-proposes"])
        #expect(subgraph.highlightedNodes == ["kuleba", "ceasefire", "putin"])
        #expect(result.subgraph(neighbourhood: 1).graph.nodes.map(\.id).contains("peskov"))
    }

    @Test func anEgoNetworksSubgraphHighlightsItsMembersAndTheEdgesThatReachThem() throws {
        let nodes = [Node(id: "putin", kind: .actor, label: "Putin"), Node(id: "peskov", kind: .actor, label: "Peskov"),
                     Node(id: "talks", kind: .position, label: "Talks"), Node(id: "kuleba", kind: .actor, label: "Kuleba"),
                     Node(id: "sources", kind: .actor, label: "Sources"), Node(id: "ceasefire", kind: .position, label: "Ceasefire")]
        let edges = [Edge(id: "peskov-putin", type: .speaksFor, from: "peskov", to: "putin"),
                     Edge(id: "putin-talks", type: .supports, from: "putin", to: "talks"),
                     Edge(id: "peskov-talks", type: .supports, from: "peskov", to: "talks"),
                     Edge(id: "s-supports", type: .supports, from: "sources", to: "ceasefire"),
                     Edge(id: "putin-doubts", type: .doubts, from: "putin", to: "s-supports"),
                     Edge(id: "kuleba-talks", type: .opposes, from: "kuleba", to: "talks")]
        var search = GraphSearch(index: QueryIndex(try Graph(nodes: nodes, edges: edges)))
        let subgraph = search.egoNetwork(of: 0, depth: 1).subgraph()
        #expect(subgraph.highlightedNodes == ["putin", "peskov", "talks", "ceasefire"])
        #expect(subgraph.highlightedEdges == ["peskov-putin", "putin-talks", "putin-doubts"], "not peskov-talks, between two members")
        #expect(subgraph.graph.edges.map(\.id) == ["peskov-putin", "putin-talks", "peskov-talks", "s-supports", "putin-doubts"])
        #expect(subgraph.graph.nodes.map(\.id) == ["putin", "peskov", "talks", "sources", "ceasefire"], "the doubted stance brings its actor")
    }
}
