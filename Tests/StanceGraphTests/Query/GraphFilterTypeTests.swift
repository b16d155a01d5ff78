import Testing
@testable import StanceGraph

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
