import Testing
@testable import StanceGraph

/// `reports`: who tells of a stance (anonymous sources, an outlet, an analyst), as an edge to that stance.
@Suite struct ReportsEdgeTests {
    private func load(_ edges: String) -> LoadResult {
        let text = """
            version: 1
            nodes:
              - {id: doc, kind: source, label: A report, file: doc.txt}
              - {id: putin, kind: actor, label: Putin}
              - {id: sources, kind: actor, subtype: anonymous-sources, label: Four sources}
              - {id: outlet, kind: actor, subtype: media, label: Reuters}
              - {id: freeze, kind: position, label: A freeze}
            edges:
              - id: putin-supports-freeze
                type: supports
                from: putin
                to: freeze
                provenance: [{source: doc, attribution: anonymous-sources, quote: ready}]
            \(edges)
            """
        return GraphLoader().load([GraphInput(name: "g.yaml", text: text, format: .yaml)])
    }

    @Test func pointsAtTheStanceItTellsOfOrAtTheActorItRelays() throws {
        let result = load("""
              - {id: sources-tell, type: reports, from: sources, to: putin-supports-freeze, provenance: [{source: doc, attribution: anonymous-sources, quote: told}]}
              - {id: outlet-relays, type: reports, from: outlet, to: sources, provenance: [{source: doc, attribution: reporter-summary, quote: Reuters}]}
            """)
        let graph = try #require(result.graph, "\(result.report.diagnostics.map(\.formatted))")
        #expect(graph.edgeTargets[try #require(graph.edgeIndex(of: "sources-tell"))] == .edge(0))
        #expect(graph.targetNodeIndex(ofEdge: try #require(graph.edgeIndex(of: "sources-tell"))) == graph.nodeIndex(of: "freeze"))
        #expect(result.report.diagnostics.isEmpty)
    }

    @Test(arguments: [
        // (edge, expected message)
        ("{id: r, type: reports, from: doc, to: putin, provenance: [{source: doc, attribution: reporter-summary, quote: x}]}",
         #"edge "r" of type reports cannot start from "doc", which is a source"#),
        ("{id: r, type: reports, from: outlet, to: freeze, provenance: [{source: doc, attribution: reporter-summary, quote: x}]}",
         #"edge "r" of type reports cannot point at "freeze", which is a position"#),
        ("{id: r, type: reports, from: outlet, to: putin}", #"reports edge "r" has no provenance"#),
        ("{id: r, type: supports, from: outlet, to: putin-supports-freeze, provenance: [{source: doc, attribution: reporter-summary, quote: x}]}",
         #"edge "r" of type supports points at the edge "putin-supports-freeze"; only doubts, denies, contradicts and reports may point at an edge"#),
    ])
    func isCheckedLikeEveryStance(edge: String, message: String) {
        let result = load("  - \(edge)")
        #expect(result.graph == nil)
        #expect(result.report.diagnostics.contains { $0.problem.message == message }, "\(result.report.diagnostics.map(\.formatted))")
    }

    @Test func theVocabularySaysWhatItMeans() {
        #expect(EdgeType.reports.isStance)
        #expect(EdgeType.reports.mayTargetEdge)
        #expect(EdgeType.reports.allowedFromKinds == [.actor])
        #expect(EdgeType.edgeTargetingTypes == [.doubts, .denies, .contradicts, .reports])
    }
}
