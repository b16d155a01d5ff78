import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// Names as people type them: words in any order, some left out, accents and case folded,
/// typos; always one node or a clear failure, and a match that was not exact says so.
@Suite struct NameMatchingTests {
    /// The bundled graph, found from this file's folder.
    static let bundled: Graph = {
        let path = PackageRoot.url.appendingPathComponent("graphs/ceasefire-signals.yaml").path
        return GraphLoader().load([try! GraphInput.read(path: path).get()]).graph!
    }()

    static let graph = try! Graph(nodes: [
        Node(id: "putin", kind: .actor, label: "Vladimir Putin", aliases: ["Владимир Путин"]),
        Node(id: "zelensky", kind: .actor, label: "Volodymyr Zelensky", aliases: ["Zelenskyy"]),
        Node(id: "peskov", kind: .actor, label: "Dmitry Peskov"),
        Node(id: "soldier-fyodor", kind: .actor, label: "Фёдор"),
        Node(id: "cafe-talks", kind: .position, label: "Talks at the Café de Genève"),
        Node(id: "western-countries", kind: .actor, label: "Western countries"),
        Node(id: "eastern-countries", kind: .actor, label: "Eastern countries"),
        Node(id: "ceasefire-current-lines", kind: .position, label: "Ceasefire on the current front lines"),
        Node(id: "doc", kind: .source, label: "A document about the current lines"),
    ], edges: [])

    static func resolve(_ name: String, in graph: Graph = graph, kinds: Set<NodeKind>? = nil) throws -> NameResolver.Resolution {
        try NameResolver(graph: graph).resolution(of: name, kinds: kinds)
    }

    @Test(arguments: [
        ("ceasefire on current lines", "ceasefire-current-lines", NameResolver.Resolution.Method.words),
        ("current lines", "ceasefire-current-lines", .words),
        ("30-day ceasefire", "us-30-day-ceasefire", .words),
        ("lines current ceasefire", "ceasefire-current-lines", .words),
        ("zelenskyi", "zelensky", .typo),
        ("Zelenskyy", "zelensky", .alias),
        ("ZÉLENSKY", "zelensky", .words),
        ("Kremln chief", "putin", .typo),
        ("putin", "putin", .id),
        ("Vladimir Putin", "putin", .label),
        ("kremlin chief", "putin", .alias),
    ])
    func phrasesResolveOnTheBundledGraph(name: String, id: String, method: NameResolver.Resolution.Method) throws {
        let found = try Self.resolve(name, in: Self.bundled)
        #expect(Self.bundled.nodes[found.index].id == id)
        #expect(found.matchedBy == method)
        #expect(found.isInexact == (method == .words || method == .typo))
    }

    @Test(arguments: [
        ("Владимир Путин", "putin", NameResolver.Resolution.Method.alias),
        ("владимир", "putin", .words),
        ("путин владимир", "putin", .words),
        ("Федор", "soldier-fyodor", .words),
        ("cafe geneve", "cafe-talks", .words),
        ("Café", "cafe-talks", .words),
        ("country western", "western-countries", .words),
        ("front lines ceasefire", "ceasefire-current-lines", .words),
    ])
    func accentsCaseOrderAndPluralsAreFolded(name: String, id: String, method: NameResolver.Resolution.Method) throws {
        let found = try Self.resolve(name)
        #expect(Self.graph.nodes[found.index].id == id)
        #expect(found.matchedBy == method)
    }

    @Test func theResolutionNamesTheTextThatMatched() throws {
        #expect(try Self.resolve("Zelenskyy").matchedText == "Zelenskyy")
        #expect(try Self.resolve("current lines ceasefire").matchedText == "ceasefire-current-lines")
        #expect(try Self.resolve("zelenskyi").matchedText == "zelensky")
    }

    @Test func equallyGoodMatchesAreAmbiguous() {
        #expect(throws: NameResolver.Failure.ambiguous("countries", candidates: [
            .init(id: "western-countries", label: "Western countries", kind: .actor),
            .init(id: "eastern-countries", label: "Eastern countries", kind: .actor),
        ])) { try Self.resolve("countries") }
    }

    @Test func aBetterMatchWinsOverAWorseOne() throws {
        // "current lines": two words of the position's id are left out, four of the document's label.
        #expect(Self.graph.nodes[try Self.resolve("current lines").index].id == "ceasefire-current-lines")
        #expect(Self.graph.nodes[try Self.resolve("current lines", kinds: [.source]).index].id == "doc")
    }

    @Test func stopWordsAloneMatchNothing() {
        #expect(throws: NameResolver.Failure.unknown("the of", suggestions: [])) { try Self.resolve("the of") }
    }

    @Test func wordsNotAllFoundAreUnknown() {
        #expect(throws: NameResolver.Failure.self) { try Self.resolve("putin lines") }
        #expect(throws: NameResolver.Failure.self) { try Self.resolve("zzzelenskyii") }
    }

    @Test func typosNeedWordsOfFiveLetters() throws {
        #expect(Self.graph.nodes[try Self.resolve("pesko").index].id == "peskov")
        #expect(throws: NameResolver.Failure.self) { try Self.resolve("psin") }
    }

    /// Any node's label, its words shuffled and its case changed, resolves to the node or is
    /// reported as ambiguous among nodes that include it; never to another node.
    @Test func shuffledLabelsOfTheBundledGraphFindTheirNode() throws {
        var generator = SeededGenerator(seed: 7)
        let resolver = NameResolver(graph: Self.bundled)
        for (index, node) in Self.bundled.nodes.enumerated() {
            let words = NameWords.folded(node.label).shuffled(using: &generator)
            let typed = words.map { Bool.random(using: &generator) ? $0.uppercased() : $0 }.joined(separator: " ")
            switch Result(catching: { () throws(NameResolver.Failure) in try resolver.resolution(of: typed) }) {
            case .success(let found):
                #expect(found.index == index, "\(typed) → \(Self.bundled.nodes[found.index].id), not \(node.id)")
            case .failure(let failure):
                guard case .ambiguous(_, let candidates) = failure else {
                    Issue.record("\(typed): \(failure)")
                    continue
                }
                #expect(candidates.contains { $0.id == node.id }, "\(typed)")
            }
        }
    }

    @Test func foldingAndStemming() {
        #expect(NameWords.words("The Café on the Lines") == ["cafe", "line"])
        #expect(NameWords.words("countries") == ["country"])
        #expect(NameWords.words("Putin's") == ["putin"])
        #expect(NameWords.words("Ёлка") == ["елка"])
        #expect(NameWords.stem("press") == "press")
        #expect(NameWords.stem("gas") == "gas")
    }
}

@Suite struct NameSearchTests {
    @Test func findCeasefireListsTheCeasefirePositionsFirst() throws {
        let graph = NameMatchingTests.bundled
        let found = NameSearch("ceasefire", in: graph)
        let ids = found.nodes.map { graph.nodes[$0.index].id }
        #expect(Array(ids.prefix(3)) == ["ceasefire", "ceasefire-current-lines", "us-30-day-ceasefire"])
        #expect(found.nodes.first?.match.quality == .exact)
        #expect(!found.edges.isEmpty)
        #expect(found.edges.allSatisfy { $0.match.quality <= .contains })
    }

    @Test func kindsNarrowAndDropEdges() {
        let graph = NameMatchingTests.bundled
        let found = NameSearch("ceasefire", in: graph, kinds: [.source], includeEdges: false)
        #expect(found.nodes.map { graph.nodes[$0.index].id } == ["src-putin-30-day-ceasefire-2025-03"])
        #expect(found.edges.isEmpty)
    }

    @Test func partOfAWordIsFoundLast() {
        let graph = NameMatchingTests.bundled
        let found = NameSearch("cease", in: graph, kinds: [.position])
        #expect(!found.nodes.isEmpty)
        #expect(found.nodes.allSatisfy { $0.match.quality == .contains })
    }

    @Test func edgesMatchByTheirEnds() {
        let graph = NameMatchingTests.bundled
        let found = NameSearch("putin ceasefire", in: graph)
        #expect(found.edges.contains { graph.edges[$0.index].id == "putin-secret-offer-2022-autumn" })
    }

    @Test func theSameSearchGivesTheSameOrder() {
        let graph = NameMatchingTests.bundled
        #expect(NameSearch("russia", in: graph).nodes == NameSearch("russia", in: graph).nodes)
    }
}
