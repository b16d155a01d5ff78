import Testing
@testable import StanceGraph

/// One statement of DOT output: its `id` and attributes, as the exporter writes them
/// (`name="value"` pairs, values without escaped quotes for the attributes read here).
struct DOTStatement {
    var id: String
    var line: String

    func attribute(_ name: String) -> String? {
        for opening in ["[\(name)=\"", ", \(name)=\""] {
            guard let start = line.range(of: opening) else { continue }
            let rest = line[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        return nil
    }

    var classes: Set<String> { Set((attribute("class") ?? "").split(separator: " ").map(String.init)) }

    /// The statements of `dot` that have an id, the legend's left out.
    static func all(in dot: String) -> [DOTStatement] {
        dot.split(separator: "\n").compactMap { line in
            let line = String(line)
            guard let id = DOTStatement(id: "", line: line).attribute("id"), !id.hasPrefix("legend"),
                  !id.hasPrefix("cluster"), id != "stancegraph" else { return nil }
            return DOTStatement(id: id, line: line)
        }
    }
}

@Suite struct DOTHighlightTests {
    /// a supports the ceasefire; b doubts that; c contradicts b's doubt; d opposes the ceasefire.
    static let graph = HandGraphs.graph(actors: ["a", "b", "c", "d"], edges: [
        HandGraphs.stance("a-supports", .supports, "a", "ceasefire"),
        HandGraphs.stance("b-doubts", .doubts, "b", "a-supports"),
        HandGraphs.stance("c-contradicts", .contradicts, "c", "b-doubts"),
        HandGraphs.stance("d-opposes", .opposes, "d", "ceasefire"),
    ])

    static func dot(_ highlight: DOTExporter.Highlight?) -> String {
        var options = DOTExporter.Options()
        options.highlight = highlight
        return DOTExporter(options: options).string(for: graph)
    }

    @Test(arguments: [
        ([], [], []),
        (["a"], [], ["node-a"]),
        (["ceasefire", "d"], ["d-opposes"], ["node-ceasefire", "node-d", "edge-d-opposes"]),
        ([], ["a-supports"], ["edge-a-supports", "edge-a-supports-head", "claim-a-supports"]),
        // A doubt of a stance leads on to what the stance is about: through its diamond, along its head.
        ([], ["b-doubts"], ["edge-b-doubts", "edge-b-doubts-head", "claim-b-doubts", "claim-a-supports", "edge-a-supports-head"]),
        ([], ["c-contradicts"], ["edge-c-contradicts", "claim-b-doubts", "edge-b-doubts-head", "claim-a-supports", "edge-a-supports-head"]),
        (["nobody"], ["no-such-edge"], []),
    ] as [(Set<String>, Set<String>, Set<String>)])
    func highlightsExactlyWhatItIsAskedToAndFadesTheRest(nodes: Set<String>, edges: Set<String>, expected: Set<String>) {
        // Headings (the "Sources" title over documents no edge touches) are layout, not graph content.
        let statements = DOTStatement.all(in: Self.dot(DOTExporter.Highlight(nodes: nodes, edges: edges)))
            .filter { !$0.classes.contains("heading") }
        #expect(statements.count == 7 + 4 + 2 + 2, "nodes, edges, heads of claimed edges, diamonds")
        #expect(Set(statements.filter { $0.classes.contains("highlighted") }.map(\.id)) == expected)
        #expect(Set(statements.filter { $0.classes.contains("faded") }.map(\.id)) == Set(statements.map(\.id)).subtracting(expected))
    }

    @Test func withoutAHighlightNothingIsHighlightedOrFaded() {
        let plain = Self.dot(nil)
        #expect(plain == DOTExporter().string(for: Self.graph))
        #expect(!plain.contains("highlighted") && !plain.contains("faded") && !plain.contains(DOTStyle.Faded.stroke))
    }

    @Test func highlightedKeepTheirColoursAndThickenFadedTurnGrey() throws {
        let statements = DOTStatement.all(in: Self.dot(DOTExporter.Highlight(nodes: ["a"], edges: ["d-opposes"])))
        let byID = Dictionary(statements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        let opposes = try #require(byID["edge-d-opposes"]), opposesStyle = DOTStyle.edge(.opposes)
        #expect(opposes.attribute("color") == opposesStyle.color)
        #expect(opposes.attribute("style") == opposesStyle.style)
        #expect(opposes.attribute("penwidth") == "3")

        let supports = try #require(byID["edge-a-supports"])
        #expect(supports.attribute("color") == DOTStyle.Faded.stroke)
        #expect(supports.attribute("style") == DOTStyle.edge(.supports).style, "the line style still tells the type")
        #expect(supports.attribute("penwidth") == DOTAttributes.number(DOTStyle.edge(.supports).penWidth))
        #expect(supports.attribute("fontcolor") == DOTStyle.Faded.text)

        let actor = try #require(byID["node-a"]), actorStyle = DOTStyle.node(kind: .actor, subtype: nil)
        #expect(actor.attribute("fillcolor") == actorStyle.fillColor)
        #expect(actor.attribute("penwidth") == DOTAttributes.number(DOTStyle.Faded.highlightedOutline))

        let other = try #require(byID["node-b"])
        #expect(other.attribute("shape") == actorStyle.shape)
        #expect(other.attribute("color") == DOTStyle.Faded.stroke)
        #expect(other.attribute("fillcolor") == DOTStyle.Faded.fill(actorStyle.fillColor))
        #expect(other.attribute("fontcolor") == DOTStyle.Faded.text)
    }

    @Test(arguments: [
        ("#000000", "#B3B3B3"),
        ("#FFFFFF", "#FFFFFF"),
        ("#56B4E9", "#CCE9F8"),
        ("#f0e442", "#FBF7C6"),
        ("white", "white"),
        ("#12345", "#12345"),
        ("#+12345", "#+12345"),
    ])
    func fadedFillsAreTheColourMostlyWhite(color: String, faded: String) {
        #expect(DOTStyle.Faded.fill(color) == faded)
    }

    @Test(arguments: [(1, 3), (1.5, 3), (2, 4), (2.5, 5), (1.75, 3.5)] as [(Double, Double)])
    func highlightedLinesAreTwiceAsThickAndAtLeast3(penWidth: Double, highlighted: Double) {
        #expect(DOTStyle.Faded.highlightedPenWidth(penWidth) == highlighted)
    }
}
