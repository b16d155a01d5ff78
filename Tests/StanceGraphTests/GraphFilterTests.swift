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

@Suite struct GraphFilterTypeTests {
    /// putin supports the ceasefire (2024-05); isw doubts that; kuleba doubts isw's doubt (2024-06);
    /// zelensky opposes the ceasefire.
    static let graph: Graph = {
        let source = Node(id: "src", kind: .source, label: "A report")
        let nodes = [source] + ["putin", "isw", "kuleba", "zelensky"].map { Node(id: $0, kind: .actor, label: $0) }
            + [Node(id: "ceasefire", kind: .position, label: "Ceasefire")]
        func edge(_ id: String, _ type: EdgeType, _ from: String, _ to: String, _ date: String) -> Edge {
            Edge(id: id, type: type, from: from, to: to,
                 provenance: [Provenance(source: "src", date: try! PartialDate(parsing: date), attribution: .onTheRecord, quote: "q")])
        }
        return try! Graph(nodes: nodes, edges: [
            edge("putin-supports", .supports, "putin", "ceasefire", "2024-05"),
            edge("isw-doubts", .doubts, "isw", "putin-supports", "2024-05"),
            edge("kuleba-doubts-isw", .doubts, "kuleba", "isw-doubts", "2024-06"),
            edge("zelensky-opposes", .opposes, "zelensky", "ceasefire", "2024-05"),
        ])
    }()

    @Test(arguments: [
        // (types, as of, edges kept)
        ([EdgeType.doubts], nil, ["putin-supports", "isw-doubts", "kuleba-doubts-isw"]),
        ([.opposes], nil, ["zelensky-opposes"]),
        ([.supports], nil, ["putin-supports"]),
        // The claim it is about must pass the other rules: in May, Kuleba had not spoken yet.
        ([.doubts], "2024-05", ["putin-supports", "isw-doubts"]),
        ([.doubts], "2024-04", []),
    ] as [(Set<EdgeType>, String?, Set<String>)])
    func aKeptClaimBringsTheStanceItIsAbout(types: Set<EdgeType>, asOf: String?, kept: Set<String>) throws {
        let filter = GraphFilter(asOf: try asOf.map { try PartialDate(parsing: $0) }, types: types)
        let filtered = try filter.apply(to: Self.graph)
        #expect(Set(filtered.edges.map(\.id)) == kept)
        let endpoints = Set(filtered.edges.flatMap { [$0.from, $0.to] }).subtracting(kept)
        #expect(endpoints.isSubset(of: Set(filtered.nodes.map(\.id))))
    }
}
