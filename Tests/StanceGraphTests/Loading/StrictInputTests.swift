import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// Tags outside the YAML core schema, tags that do not fit their field, self-loops where the
/// edge type makes none, sides that are near misses of the graph's own, texts over the limit.
@Suite struct StrictInputTests {
    private static func load(_ text: String) -> LoadResult {
        GraphLoader().load([GraphInput(name: "graph.yaml", text: text, format: .yaml)])
    }

    /// A valid graph with `{value}` put in a node's label and `{edge}` after the edges.
    private static func graph(label: String = "Putin", side: String = "russia", edge: String = "") -> String {
        """
        version: 1
        nodes:
          - {id: src, kind: source, label: Source}
          - {id: peace, kind: position, label: Peace}
          - id: putin
            kind: actor
            label: \(label)
            side: \(side)
          - {id: peskov, kind: actor, label: Peskov, side: russia}
          - {id: lavrov, kind: actor, label: Lavrov, side: russia}
        edges:
          - {id: e1, type: supports, from: putin, to: peace, provenance: [{source: src, attribution: on-the-record, quote: yes}]}
          - {id: e2, type: supports, from: peskov, to: peace, provenance: [{source: src, attribution: on-the-record, quote: yes}]}
          - {id: e3, type: supports, from: lavrov, to: peace, provenance: [{source: src, attribution: on-the-record, quote: yes}]}
        \(edge)
        """
    }

    @Test func theBaseGraphIsValid() {
        let result = Self.load(Self.graph())
        #expect(result.graph != nil, "\(result.report.diagnostics.map(\.formatted))")
        #expect(result.report.diagnostics.isEmpty, "\(result.report.diagnostics.map(\.formatted))")
    }

    @Test(arguments: [
        ("!!binary aGVsbG8=", #"graph.yaml:7:12: error: unsupported YAML tag "!!binary""#),
        ("!!python/name:os.system x", #"graph.yaml:7:12: error: unsupported YAML tag "!!python/name:os.system""#),
        ("!!timestamp 2024-05-01", #"graph.yaml:7:12: error: unsupported YAML tag "!!timestamp""#),
        ("!local x", #"graph.yaml:7:12: error: unsupported YAML tag "!local""#),
        (#"!!int "not a number""#, "graph.yaml:7:12: error: label is tagged !!int, but must be a string"),
        ("!!bool true", "graph.yaml:7:12: error: label is tagged !!bool, but must be a string"),
        ("!!map {a: b}", "graph.yaml:7:12: error: label must be a string, not a mapping"),
        ("!!seq {a: b}", "graph.yaml:7:12: error: a mapping is tagged !!seq, but must be tagged !!map or not at all"),
    ])
    func tagsOutsideTheCoreSchemaOrNotFittingTheFieldAreErrorsAtTheTag(label: String, expected: String) {
        let result = Self.load(Self.graph(label: label))
        #expect(result.graph == nil)
        #expect(result.report.sorted.contains { $0.formatted.hasPrefix(expected) }, "\(result.report.sorted.map(\.formatted))")
    }

    @Test func coreSchemaTagsThatFitAreRead() throws {
        var text = Self.graph(label: "!!str 1234")
        text = text.replacingOccurrences(of: "- {id: peace,", with: "- {id: !!str peace,")
        let result = Self.load(text)
        let graph = try #require(result.graph, "\(result.report.diagnostics.map(\.formatted))")
        #expect(graph.nodes.first { $0.id == "putin" }?.label == "1234")
    }

    @Test func aNumberFieldTaggedAsTextOrWithANonIntegerIntIsAnError() {
        let edge = "  - {id: e4, type: opposes, from: putin, to: peace, confidence: !!str 0.5, provenance: [{source: src, attribution: on-the-record, quote: no}]}"
        #expect(Self.load(Self.graph(edge: edge)).report.sorted.contains { $0.formatted.contains("confidence must be a number, not a string") })
        let int = edge.replacingOccurrences(of: "!!str 0.5", with: "!!int 0.5")
        #expect(Self.load(Self.graph(edge: int)).report.sorted.contains { $0.formatted.contains(#"confidence "0.5" is not a number"#) })
    }

    @Test(arguments: EdgeType.allCases)
    func selfLoopsAreErrorsUnlessTheTypeAllowsThem(type: EdgeType) {
        // An actor to itself, or a source or condition to itself, as the type's kinds allow.
        let ends: [NodeKind: String] = [.actor: "putin", .source: "src", .position: "peace"]
        let kinds = type.allowedFromKinds.intersection(type.allowedToKinds)
        guard let kind = kinds.sorted(by: { $0.rawValue < $1.rawValue }).first(where: { ends[$0] != nil }), let id = ends[kind] else { return }
        let edge = "  - {id: loop, type: \(type.rawValue), from: \(id), to: \(id), provenance: [{source: src, attribution: on-the-record, quote: me}]}"
        let result = Self.load(Self.graph(edge: edge))
        let loopError = result.report.sorted.first { $0.formatted.contains("to itself") }
        if type.allowsSelfLoop {
            #expect(loopError == nil, "\(result.report.sorted.map(\.formatted))")
        } else {
            // At the `to` of the edge.
            let column = edge.distance(from: edge.startIndex, to: edge.range(of: "to: ")!.upperBound) + 1
            #expect(loopError?.formatted.hasPrefix(#"graph.yaml:15:\#(column): error: edge "loop" of type \#(type.rawValue) goes from "\#(id)" to itself"#) == true,
                    "\(result.report.sorted.map(\.formatted))")
        }
    }

    @Test func aSideOnlyOneActorHasThatIsANearMissIsAWarningWithTheSideOthersUse() {
        let result = Self.load(Self.graph(side: "rusia"))
        #expect(result.graph != nil)
        #expect(result.report.diagnostics.map(\.formatted) == [
            #"graph.yaml:5:5: warning: side "rusia" is used by no other actor; did you mean "russia"? Other actors are on that side"#,
        ])
        // A side of its own that is no near miss is fine.
        #expect(Self.load(Self.graph(side: "neutral")).report.diagnostics.isEmpty)
    }

    @Test func aTextOverTheLimitIsAnError() {
        let long = String(repeating: "ж", count: InputLimits.maxTextLength + 1)
        let result = Self.load(Self.graph(label: long))
        #expect(result.report.sorted.map(\.formatted).contains { $0.hasPrefix("graph.yaml:7:12: error: label is 10001 characters long; the limit is 10000") })
        // At the limit, fine.
        #expect(Self.load(Self.graph(label: String(repeating: "ж", count: InputLimits.maxTextLength))).graph != nil)
    }

    @Test func theFormatDocumentNamesTheTypesThatMayLoop() throws {
        let text = try PackageRoot.text("docs/format.md")
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("and no condition is its own condition. Self-loops allowed:") })
        let named = Set(line.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
        #expect(named == Set(EdgeType.allCases.filter(\.allowsSelfLoop).map(\.rawValue)))
    }
}
