import Testing
@testable import StanceGraph

/// Errors that only follow from a broken container are not reported one by one: they are
/// counted under the error they follow from, and still counted in the totals.
@Suite struct CascadeTests {
    private static func load(_ text: String, format: InputFormat = .yaml) -> LoadResult {
        GraphLoader().load([GraphInput(name: "graph.yaml", text: text, format: format)])
    }

    /// `count` actors and `count` stances of each on one position, each cited.
    private static func graph(actors count: Int, nodes: String? = nil) -> String {
        var text = "version: 1\nnodes:\n"
        if let nodes {
            text = "version: 1\nnodes: \(nodes)\n"
        } else {
            text += "  - {id: src, kind: source, label: Source}\n  - {id: peace, kind: position, label: Peace}\n"
            for index in 0..<count { text += "  - {id: a\(index), kind: actor, label: Actor \(index)}\n" }
        }
        text += "edges:\n"
        for index in 0..<count {
            text += "  - {id: e\(index), type: supports, from: a\(index), to: peace, provenance: [{source: src, attribution: on-the-record, quote: yes}]}\n"
        }
        return text
    }

    @Test func aNodesListThatIsNotAListReportsOneErrorAndCountsTheRest() throws {
        let result = Self.load(Self.graph(actors: 300, nodes: "\"oops\""))
        let shown = result.report.shown
        #expect(shown.count == 1, "\(shown.map(\.diagnostic.formatted))")
        let first = try #require(shown.first)
        #expect(first.diagnostic.formatted == "graph.yaml:2:8: error: nodes must be a list, not a string")
        // 300 edges: a dangling from, a dangling to and a dangling source each.
        #expect(first.followingErrors == 900)
        #expect(result.report.errorCount == 901)
    }

    @Test func anEdgesListThatIsNotAListCountsTheUnconnectedNodesUnderIt() throws {
        let text = "version: 1\nnodes:\n  - {id: a, kind: actor, label: A}\n  - {id: b, kind: actor, label: B}\nedges: {}\n"
        let result = Self.load(text)
        let shown = result.report.shown
        #expect(shown.map(\.diagnostic.formatted) == ["graph.yaml:5:8: error: edges must be a list, not a mapping"])
        #expect(shown.first?.followingWarnings == 2)
        #expect(result.report.warningCount == 2)
    }

    @Test func aNumericIDIsAnErrorAndReferencesToItFollowFromIt() throws {
        let text = """
            version: 1
            nodes:
              - {id: src, kind: source, label: Source}
              - {id: peace, kind: position, label: Peace}
              - {id: 42, kind: actor, label: The Answer}
            edges:
              - {id: e1, type: supports, from: "42", to: peace, provenance: [{source: src, attribution: on-the-record, quote: yes}]}
              - {id: e2, type: opposes, from: "42", to: peace, provenance: [{source: src, attribution: on-the-record, quote: no}]}
            """
        let result = Self.load(text)
        let shown = result.report.shown
        #expect(shown.map(\.diagnostic.formatted) == ["graph.yaml:5:10: error: id must be a string, not a number; put it in quotes to make it text"])
        #expect(shown.first?.followingErrors == 2)
        #expect(result.report.errorCount == 3)
    }

    @Test func aNullIDIsAnErrorAndReferencesThatNameNoNodeFollowFromIt() throws {
        let text = """
            version: 1
            nodes:
              - {id: src, kind: source, label: Source}
              - {id: peace, kind: position, label: Peace}
              - {id: null, kind: actor, label: Vladimir Putin}
              - {id: zelensky, kind: actor, label: Volodymyr Zelensky}
            edges:
              - {id: e1, type: supports, from: putin, to: peace, provenance: [{source: src, attribution: on-the-record, quote: yes}]}
              - {id: e2, type: opposes, from: putin, to: peace, provenance: [{source: src, attribution: on-the-record, quote: no}]}
              - {id: e3, type: opposes, from: zelenskyy, to: peace, provenance: [{source: src, attribution: on-the-record, quote: no}]}
            """
        let result = Self.load(text)
        let shown = result.report.shown.map(\.diagnostic.formatted)
        // The typo has a near miss among the ids, so it is an error of its own.
        #expect(shown == [
            "graph.yaml:5:10: error: id must be a string, not null",
            #"graph.yaml:6:5: warning: actor "zelensky" has no edges; connect it with an edge or remove it"#,
            #"graph.yaml:10:35: error: from refers to "zelenskyy", which is not defined; did you mean "zelensky"?"#,
        ], "\(shown)")
        #expect(result.report.shown.first?.followingErrors == 2)
        #expect(result.report.errorCount == 4)
    }

    @Test func anEdgeTooBrokenToKeepTakesTheClaimsAboutItWithIt() throws {
        let text = """
            version: 1
            nodes:
              - {id: src, kind: source, label: Source}
              - {id: peace, kind: position, label: Peace}
              - {id: a, kind: actor, label: A}
            edges:
              - {id: e1, type: suports, from: a, to: peace, provenance: [{source: src, attribution: on-the-record, quote: yes}]}
              - {id: e2, type: doubts, from: a, to: e1, provenance: [{source: src, attribution: on-the-record, quote: hm}]}
            """
        let result = Self.load(text)
        let shown = result.report.shown
        #expect(shown.map { String($0.diagnostic.formatted.prefix(40)) } == [#"graph.yaml:7:20: error: unknown edge typ"#])
        #expect(shown.first?.followingErrors == 1)
    }
}
