import Testing
@testable import StanceGraph

@Suite struct EdgeStatusTests {
    static func load(_ status: String) -> LoadResult {
        let yaml = """
            version: 1
            nodes:
              - {id: s, kind: source, label: S}
              - {id: a, kind: actor, label: A}
              - {id: p, kind: position, label: P}
              - {id: q, kind: position, label: Q}
            edges:
              - {id: kept, type: supports, from: a, to: q, provenance: [{source: s, attribution: on-the-record, quote: x}]}
              - id: e
                type: supports
                from: a
                to: p
                status: \(status)
                provenance: [{source: s, attribution: on-the-record, quote: x}]
              - {id: doubt, type: doubts, from: a, to: e, provenance: [{source: s, attribution: on-the-record, quote: y}]}
            """
        return GraphLoader().load([GraphInput(name: "g.yaml", text: yaml, format: .yaml)])
    }

    @Test func aCandidateLoadsWithAWarning() throws {
        let result = Self.load("candidate")
        let graph = try #require(result.graph)
        #expect(graph.edge("e")?.status == .candidate)
        #expect(graph.edge("kept")?.status == nil)
        #expect(result.report.diagnostics.map(\.problem) == [.candidateEdge(id: "e")])
        #expect(result.report.diagnostics.first?.severity == .warning)
    }

    @Test func anUnknownStatusIsAnError() {
        #expect(Self.load("approved").report.hasErrors)
    }

    @Test func filtersLeaveCandidatesOutWithTheClaimsAboutThemAndTheNodesOnlyTheyTouch() throws {
        let graph = try #require(Self.load("candidate").graph)
        let reviewed = try GraphFilter().apply(to: graph)
        #expect(reviewed.edges.map(\.id) == ["kept"])
        #expect(reviewed.nodes.map(\.id) == ["s", "a", "q"])
        #expect(try GraphFilter(includeCandidates: true).apply(to: graph).edges.count == 3)
        #expect(try GraphFilter(types: [.supports]).apply(to: graph).edges.map(\.id) == ["kept"])
    }

    @Test func theJSONExportKeepsTheStatus() {
        let edge = Edge(id: "e", type: .supports, from: "a", to: "p", status: .candidate)
        var text = ""
        JSONExporter.json(of: edge).write(to: &text, pretty: false, indent: 0)
        #expect(text.contains("\"status\":\"candidate\""))
    }
}
