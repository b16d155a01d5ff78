import Testing
@testable import StanceGraph

/// A valid graph to break in one place at a time: each case below swaps one line.
private let validGraph = """
    version: 1
    nodes:
      - id: src-reuters
        kind: source
        label: Reuters, 24 May 2024
      - id: putin
        kind: actor
        subtype: person
        label: Vladimir Putin
      - id: zelensky
        kind: actor
        label: Volodymyr Zelensky
      - id: ceasefire
        kind: position
        label: Ceasefire on current lines
      - id: recognition
        kind: condition
        label: Recognition of annexed regions
    edges:
      - id: putin-supports-ceasefire
        type: supports
        from: putin
        to: ceasefire
        confidence: 0.6
        provenance:
          - source: src-reuters
            date: 2024-05-24
            attribution: anonymous-sources
            quote: ready for a ceasefire
      - id: putin-demands-recognition
        type: demands
        from: putin
        to: recognition
        provenance:
          - source: src-reuters
            date: 2024-05
            attribution: anonymous-sources
            paraphrase: true
      - id: zelensky-doubts
        type: doubts
        from: zelensky
        to: putin-supports-ceasefire
        provenance:
          - source: src-reuters
            attribution: reporter-summary
            quote: cannot be trusted
    """

private func load(_ text: String, format: InputFormat = .yaml, name: String = "graph.yaml") -> LoadResult {
    GraphLoader().load([GraphInput(name: name, text: text, format: format)])
}

private func replacing(_ old: String, with new: String) -> String {
    precondition(validGraph.contains(old), "fixture lacks \(old)")
    return validGraph.replacingOccurrences(of: old, with: new)
}

struct ValidationCase: CustomTestStringConvertible, Sendable {
    var name: String
    var old: String
    var new: String
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { name }
}

@Suite struct ValidationTests {
    @Test func theFixtureIsValid() throws {
        let result = load(validGraph)
        // The one paraphrase has no passage: a warning, not an error.
        #expect(result.report.diagnostics.map(\.formatted) == [
            "graph.yaml:35:9: warning: a paraphrase has no passage, so nothing ties it to its source's words; add passage: with exact words of the source that locate what it summarises",
        ])
        let graph = try #require(result.graph)
        #expect(graph.nodes.count == 5)
        #expect(graph.edges.count == 3)
        #expect(graph.edgeTargets[2] == .edge(0))
    }

    static let cases: [ValidationCase] = [
        .init(name: "unknown key", old: "    label: Vladimir Putin", new: "    lable: Vladimir Putin", line: 9, column: 5,
              message: #"error: unknown key "lable" in a node; did you mean "label"?"#),
        .init(name: "unknown edge type", old: "type: supports", new: "type: suports", line: 21, column: 11,
              message: #"error: unknown edge type "suports"; did you mean "supports"? valid values: cites, conditions-on, contradicts, demands, denies, doubts, member-of, opposes, proposes, rejects, reports, speaks-for, supports"#),
        .init(name: "unknown edge type without a near match", old: "type: supports", new: "type: endorses", line: 21, column: 11,
              message: #"error: unknown edge type "endorses"; valid values: cites, conditions-on"#),
        .init(name: "kind the type does not allow", old: "    to: recognition", new: "    to: zelensky", line: 33, column: 9,
              message: #"error: edge "putin-demands-recognition" of type demands cannot point at "zelensky", which is an actor; demands edges point at condition nodes"#),
        .init(name: "dangling reference", old: "    from: putin\n    to: ceasefire", new: "    from: putn\n    to: ceasefire", line: 22, column: 11,
              message: #"error: from refers to "putn", which is not defined; did you mean "putin"?"#),
        .init(name: "duplicate id", old: "  - id: zelensky", new: "  - id: putin", line: 10, column: 5,
              message: #"error: duplicate id "putin"; first defined at graph.yaml:6:5"#),
        .init(name: "impossible date", old: "date: 2024-05-24", new: "date: 2024-02-30", line: 27, column: 15,
              message: #"error: date "2024-02-30" does not exist: February 2024 has 29 days, not 30"#),
        .init(name: "malformed date", old: "date: 2024-05-24", new: "date: 24 May 2024", line: 27, column: 15,
              message: #"error: date "24 May 2024" is not an ISO 8601 date; write YYYY, YYYY-MM or YYYY-MM-DD"#),
        .init(name: "confidence out of range", old: "confidence: 0.6", new: "confidence: 1.6", line: 24, column: 17,
              message: "error: confidence 1.6 is outside the range 0 to 1"),
        .init(name: "stance edge without provenance",
              old: "    provenance:\n      - source: src-reuters\n        date: 2024-05\n        attribution: anonymous-sources\n        paraphrase: true\n",
              new: "    notes: no evidence yet\n", line: 30, column: 5,
              message: #"error: demands edge "putin-demands-recognition" has no provenance"#),
        .init(name: "empty label", old: "label: Ceasefire on current lines", new: "label: \"\"", line: 15, column: 12,
              message: #"error: the label of node "ceasefire" is empty"#),
        .init(name: "provenance citing a non-source", old: "      - source: src-reuters\n        date: 2024-05-24", new: "      - source: putin\n        date: 2024-05-24", line: 26, column: 17,
              message: #"error: source "putin" is an actor, not a source"#),
        .init(name: "unknown attribution", old: "attribution: reporter-summary", new: "attribution: reporter", line: 45, column: 22,
              message: #"error: unknown attribution "reporter"; did you mean "reporter-summary"?"#),
        .init(name: "missing required key", old: "    kind: position\n", new: "", line: 13, column: 5,
              message: #"error: node "ceasefire" is missing the required key "kind""#),
        .init(name: "non-claim edge pointing at an edge", old: "    type: doubts", new: "    type: opposes", line: 42, column: 9,
              message: #"error: edge "zelensky-doubts" of type opposes points at the edge "putin-supports-ceasefire"; only doubts, denies, contradicts and reports may point at an edge"#),
        .init(name: "unsafe url", old: "    label: Reuters, 24 May 2024", new: "    label: Reuters\n    url: javascript:alert(1)", line: 6, column: 10,
              message: #"error: url "javascript:alert(1)" is not an http or https address"#),
        .init(name: "wrong value shape", old: "    label: Volodymyr Zelensky", new: "    label: [Volodymyr, Zelensky]", line: 12, column: 12,
              message: "error: label must be a string, not a list"),
        .init(name: "unsupported version", old: "version: 1", new: "version: 2", line: 1, column: 10,
              message: #"error: unsupported format version "2"; this stancegraph reads version 1"#),
        .init(name: "YAML syntax error", old: "    label: Vladimir Putin", new: "    label: \"Vladimir Putin", line: 46, column: 33,
              message: "error: YAML: found unexpected end of stream (while scanning a quoted scalar at line 9)"),
    ]

    @Test(arguments: cases)
    func reportsEachProblemWithItsPosition(_ testCase: ValidationCase) throws {
        let result = load(replacing(testCase.old, with: testCase.new))
        #expect(result.graph == nil)
        let errors = result.report.sorted.filter { $0.severity == .error }
        let expectedPrefix = "graph.yaml:\(testCase.line):\(testCase.column): " + testCase.message
        #expect(errors.contains { $0.formatted.hasPrefix(expectedPrefix) }, "got \(errors.map(\.formatted))")
    }

    @Test func reportsEveryErrorOfAFileInOneRun() {
        var text = validGraph
        text = text.replacingOccurrences(of: "    label: Vladimir Putin", with: "    lable: Vladimir Putin")
        text = text.replacingOccurrences(of: "type: supports", with: "type: suports")
        text = text.replacingOccurrences(of: "date: 2024-05-24", with: "date: 2024-13-01")
        text = text.replacingOccurrences(of: "to: recognition", with: "to: recogniton")
        text = text.replacingOccurrences(of: "confidence: 0.6", with: "confidence: -1")
        let report = load(text).report
        let errors = report.shown.map(\.diagnostic).filter { $0.severity == .error }.map(\.formatted)
        #expect(errors.count == 6, "\(errors)")  // the misspelt label also leaves the node without one
        // The doubts edge's reference to the broken stance follows from its unknown type.
        #expect(report.errorCount == 7)
        for fragment in [#"unknown key "lable""#, #"missing the required key "label""#, #"unknown edge type "suports""#,
                         "has month 13", #"refers to "recogniton""#, "confidence -1 is outside"] {
            #expect(errors.contains { $0.contains(fragment) }, "missing \(fragment) in \(errors)")
        }
    }

    @Test func claimsAboutClaimsMayNotLoop() {
        let text = validGraph + """

              - id: putin-denies-doubt
                type: denies
                from: putin
                to: zelensky-doubts-denial
                provenance:
                  - {source: src-reuters, attribution: on-the-record, quote: no}
              - id: zelensky-doubts-denial
                type: doubts
                from: zelensky
                to: putin-denies-doubt
                provenance:
                  - {source: src-reuters, attribution: on-the-record, quote: no}
            """
        let errors = load(text).report.sorted.filter { $0.severity == .error }.map(\.formatted)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix(#"graph.yaml:47:5: error: claims about claims go round in a loop: "putin-denies-doubt" → "zelensky-doubts-denial" → "putin-denies-doubt""#) == true, "\(errors)")
    }

    @Test func warnsAboutActorsWithoutEdges() throws {
        let text = validGraph.replacingOccurrences(of: "edges:\n", with: "  - id: lonely\n    kind: actor\n    label: Nobody\nedges:\n")
        let result = load(text)
        #expect(result.graph != nil)
        #expect(result.report.diagnostics.map(\.formatted).filter { $0.contains("lonely") } == [#"graph.yaml:19:5: warning: actor "lonely" has no edges; connect it with an edge or remove it"#])
        #expect(result.report.escalatingWarnings().hasErrors)
    }

    @Test func mergesFilesAndFindsDuplicatesAcrossThem() throws {
        let extra = """
            version: 1
            nodes:
              - id: putin
                kind: actor
                label: Putin again
            """
        let result = GraphLoader().load([GraphInput(name: "a.yaml", text: validGraph, format: .yaml),
                                         GraphInput(name: "b.yaml", text: extra, format: .yaml)])
        #expect(result.report.sorted.map(\.formatted).contains(#"b.yaml:3:5: error: duplicate id "putin"; first defined at a.yaml:6:5; ids must be unique across all nodes and edges"#))
    }

    /// The loader builds the graph from the validator's tables (`Validator.checkAndIndex`):
    /// they must be what `Graph.init` builds from the nodes and edges alone.
    @Test func theGraphFromTheValidatorsTablesIsTheGraphFromItsNodesAndEdges() throws {
        let extra = """
            version: 1
            nodes:
              - {id: src-tass, kind: source, label: TASS}
            edges:
              - id: tass-cites-reuters
                type: cites
                from: src-tass
                to: src-reuters
              - id: putin-denies-doubt
                type: denies
                from: putin
                to: zelensky-doubts
                provenance:
                  - {source: src-tass, attribution: on-the-record, quote: no}
            """
        let inputs = [GraphInput(name: "a.yaml", text: validGraph, format: .yaml), GraphInput(name: "b.yaml", text: extra, format: .yaml)]
        let result = GraphLoader().load(inputs)
        let graph = try #require(result.graph, "\(result.report.diagnostics.map(\.formatted))")
        let rebuilt = try Graph(title: graph.title, description: graph.description, nodes: graph.nodes, edges: graph.edges)
        #expect(graph.edgeTails == rebuilt.edgeTails)
        #expect(graph.edgeTargets == rebuilt.edgeTargets)
        #expect(graph.edgeTargets.contains(.edge(2)))
        #expect(graph.rewriteSourceIDs == rebuilt.rewriteSourceIDs)
        for id in graph.nodes.map(\.id) + graph.edges.map(\.id) {
            #expect(graph.nodeIndex(of: id) == rebuilt.nodeIndex(of: id))
            #expect(graph.edgeIndex(of: id) == rebuilt.edgeIndex(of: id))
        }
    }

    /// The tables are handed on only when they cover every node and edge and no id is declared twice.
    @Test(arguments: [("", true), ("  - {id: putin, kind: actor, label: Again}\n", false), ("  - {id: putin-supports-ceasefire, kind: actor, label: Edge id}\n", false)])
    func theValidatorHandsOnItsTablesOnlyForAWholeGraph(extraNode: String, handedOn: Bool) throws {
        var decoder = GraphDecoder(file: "graph.yaml")
        let text = validGraph.replacingOccurrences(of: "edges:\n", with: extraNode + "edges:\n")
        decoder.decodeDocument(try YAMLReader(text: text, limits: .default).readDocument())
        let checked = Validator.checkAndIndex(nodes: decoder.nodes, edges: decoder.edges, declarations: decoder.declarations, references: decoder.references)
        #expect((checked.tables != nil) == handedOn)
        #expect(checked.diagnostics.contains { $0.severity == .error } == !handedOn)
    }

    @Test func referencesMayCrossFiles() throws {
        let extra = """
            version: 1
            edges:
              - id: putin-opposes-recognition
                type: opposes
                from: putin
                to: recognition
                provenance:
                  - {source: src-reuters, attribution: analyst-assessment, paraphrase: true}
            """
        let result = GraphLoader().load([GraphInput(name: "a.yaml", text: validGraph, format: .yaml),
                                         GraphInput(name: "b.yaml", text: extra, format: .yaml)])
        let graph = try #require(result.graph, "\(result.report.diagnostics.map(\.formatted))")
        #expect(graph.edges.count == 4)
    }
}
