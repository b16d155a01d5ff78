import Testing
@testable import StanceGraph

@Suite struct JSONLoadingTests {
    private func load(_ text: String) -> LoadResult {
        GraphLoader().load([GraphInput(name: "graph.json", text: text, format: .json)])
    }

    private let valid = """
        {
          "version": 1,
          "title": "T",
          "nodes": [
            {"id": "src", "kind": "source", "label": "A report"},
            {"id": "putin", "kind": "actor", "label": "Путін 🇷🇺", "aliases": ["Putin"]},
            {"id": "talks", "kind": "position", "label": "Talks"}
          ],
          "edges": [
            {"id": "e1", "type": "supports", "from": "putin", "to": "talks", "confidence": 0.25,
             "provenance": [{"source": "src", "date": "2024-05-17", "attribution": "on-the-record", "quote": "We are ready for discussions. \\"We never refused\\"\\n\\u00e9\\ud83d\\ude00"}]}
          ]
        }
        """

    @Test func loadsTheSameStructureAsYAML() throws {
        let graph = try #require(load(valid).graph)
        #expect(graph.title == "T")
        #expect(graph.node("putin")?.label == "Путін 🇷🇺")
        #expect(graph.edges[0].confidence == 0.25)
        #expect(graph.edges[0].provenance[0].quote == "We are ready for discussions. \"We never refused\"\né😀")
        #expect(graph.edges[0].provenance[0].date?.description == "2024-05-17")
    }

    @Test(arguments: [
        // (replace, with, line, column, message)
        (#""label": "Talks""#, #""lable": "Talks""#, 7, 41, #"unknown key "lable" in a node; did you mean "label"?"#),
        (#""type": "supports""#, #""type": "support""#, 10, 26, #"unknown edge type "support"; did you mean "supports"?"#),
        (#""to": "talks""#, #""to": "tlaks""#, 10, 61, #"to refers to "tlaks", which is not defined; did you mean "talks"?"#),
        (#""confidence": 0.25"#, #""confidence": "high""#, 10, 84, "confidence must be a number, not a string"),
        (#""date": "2024-05-17""#, #""date": "2024-02-31""#, 11, 47, #"date "2024-02-31" does not exist"#),
        ("\"T\",", "\"T\"", 4, 3, #"expected "," or "}" in the object, found """#),
        (#"0.25,"#, #"0.25,,"#, 10, 89, #"expected a quoted key in the object, found ",""#),
        ("\"Talks\"}\n", "\"Talks\"},\n", 8, 3, #"trailing comma before "]"; JSON does not allow one"#),
    ] as [(String, String, Int, Int, String)])
    func reportsPositionsInJSON(replace: String, with: String, line: Int, column: Int, message: String) {
        let text = valid.replacingOccurrences(of: replace, with: with)
        #expect(text != valid)
        let errors = load(text).report.sorted.filter { $0.severity == .error }.map(\.formatted)
        let prefix = "graph.json:\(line):\(column): error: "
        #expect(errors.contains { $0.hasPrefix(prefix) && $0.contains(message) }, "got \(errors)")
    }

    @Test(arguments: ["", "[]", "{\"version\": 1", "{\"version\": 1} x", "{\"a\": tru}", "\"\\ud800\""])
    func malformedJSONIsAnErrorNotACrash(text: String) {
        let result = load(text)
        #expect(result.graph == nil)
        #expect(result.report.hasErrors)
    }

    @Test func deepNestingIsALimitNotAStackOverflow() {
        let text = "{\"version\": 1, \"title\": " + String(repeating: "[", count: 100_000) + "}"
        let errors = load(text).report.sorted.map(\.formatted)
        #expect(errors.first?.contains("nests deeper than 64 levels") == true, "\(errors)")
    }
}
