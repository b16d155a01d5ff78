import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// `export` then `-g` gives an equal graph: GraphML (plain and for yEd) and the CSV folder.
///
/// Equal means: the same nodes and edges in the same order, every field equal (ids, kinds,
/// labels, aliases, roles, provenance with dates, attributions, quotes, passages, notes,
/// confidence, validity, status). Positions in the input are not compared (they are the new
/// file's). Three things cannot come back: a url that is not a plain http(s) link (no export
/// writes it; the graphs here have none), from CSV the graph's title and description (the CSV
/// export has no place for them), and in GraphML a character XML 1.0 cannot carry (a control
/// character other than tab, line feed and carriage return), which the export writes as U+FFFD:
/// the expected graph has the same replacement.
@Suite struct ReadBackTests {
    enum Route: String, CaseIterable, CustomTestStringConvertible {
        case graphML, yEd, csv
        var testDescription: String { rawValue }
    }

    static func readBack(_ graph: Graph, through route: Route) throws -> LoadResult {
        switch route {
        case .graphML, .yEd:
            let xml = GraphMLExporter(options: .init(yEd: route == .yEd)).string(for: graph)
            return GraphLoader().load([GraphInput(name: "graph.graphml", text: xml, format: .graphml)])
        case .csv:
            var nodes = "", edges = ""
            CSVExporter().writeNodes(of: graph, to: &nodes)
            CSVExporter().writeEdges(of: graph, to: &edges)
            return GraphLoader().load([GraphInput(name: "nodes.csv", text: nodes, format: .csv),
                                       GraphInput(name: "edges.csv", text: edges, format: .csv)])
        }
    }

    static func assertRoundTrips(_ graph: Graph, through route: Route, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let result = try readBack(graph, through: route)
        let errors = result.report.sorted.filter { $0.severity == .error }.prefix(5).map(\.formatted)
        let back = try #require(result.graph, "\(errors)", sourceLocation: sourceLocation)
        var expected = GraphComparison(graph, keepingTitle: route != .csv)
        if route != .csv { expected = expected.replacingTextsXMLCannotCarry() }
        let actual = GraphComparison(back, keepingTitle: route != .csv)
        #expect(actual.nodes.count == expected.nodes.count, sourceLocation: sourceLocation)
        #expect(actual.edges.count == expected.edges.count, sourceLocation: sourceLocation)
        for (a, b) in zip(actual.nodes, expected.nodes) where a != b { Issue.record("node \(b.id): \(a) != \(b)", sourceLocation: sourceLocation); break }
        for (a, b) in zip(actual.edges, expected.edges) where a != b { Issue.record("edge \(b.id): \(a) != \(b)", sourceLocation: sourceLocation); break }
        #expect(actual == expected, sourceLocation: sourceLocation)
        // What is read back warns of nothing the original did not.
        let warnings = result.report.sorted.filter { $0.severity == .warning }
        #expect(!warnings.contains { if case .yEdLabelDiffers = $0.problem { true } else if case .flatAttributeNotRead = $0.problem { true } else { false } },
                "\(warnings.prefix(3).map(\.formatted))", sourceLocation: sourceLocation)
    }

    @Test(arguments: Route.allCases)
    func theBundledGraphRoundTrips(route: Route) throws {
        let input = try GraphInput.read(path: PackageRoot.appending("graphs/ceasefire-signals.yaml").path).get()
        let graph = try #require(GraphLoader().load([input]).graph)
        try Self.assertRoundTrips(graph, through: route)
    }

    /// Every hostile text of the export fixture (quotes, markup, control characters, RTL, long labels).
    @Test(arguments: Route.allCases)
    func theExportFixtureRoundTrips(route: Route) throws {
        try Self.assertRoundTrips(try ExportFixture.loaded(), through: route)
    }

    @Test(arguments: Route.allCases)
    func aCandidateEdgeStaysACandidate(route: Route) throws {
        let graph = try ExportFixture.loaded()
        var edges = graph.edges
        edges[0].status = .candidate
        try Self.assertRoundTrips(try Graph(title: graph.title, description: graph.description, nodes: graph.nodes, edges: edges), through: route)
    }

    static let syntheticCases = [(edges: 300, seed: 1), (edges: 1000, seed: 7), (edges: 1000, seed: 42)]

    @Test(.enabled(if: ExternalTool.hasPython, "needs python3"), arguments: Route.allCases)
    func generatedGraphsRoundTrip(route: Route) throws {
        let scratch = try Scratch(prefix: "stancegraph-readback")
        for (edges, seed) in Self.syntheticCases {
            let file = scratch.path("synthetic-\(edges)-\(seed).json")
            let generated = try ProcessRunner.run("python3", [PackageRoot.appending("scripts/generate-synthetic").path,
                                                              "--edges", String(edges), "--seed", String(seed), "-o", file])
            try #require(generated.exitCode == 0, "\(generated.stderr)")
            let graph = try #require(GraphLoader().load([try GraphInput.read(path: file).get()]).graph)
            try Self.assertRoundTrips(graph, through: route)
        }
    }

    /// The property fails when the reader drops a value: a graph with a field the reader would
    /// lose does not compare equal (the comparison itself is not vacuous).
    @Test func theComparisonSeesAChangedField() throws {
        let graph = try ExportFixture.loaded()
        var edges = graph.edges
        let index = try #require(edges.firstIndex { !$0.provenance.isEmpty })
        edges[index].provenance[0].notes = (edges[index].provenance[0].notes ?? "") + " changed"
        let changed = try Graph(title: graph.title, description: graph.description, nodes: graph.nodes, edges: edges)
        #expect(GraphComparison(changed, keepingTitle: true) != GraphComparison(graph, keepingTitle: true))
    }
}

extension GraphComparison {
    /// The graph with every character XML 1.0 forbids as U+FFFD, as the GraphML export writes it.
    func replacingTextsXMLCannotCarry() -> GraphComparison {
        func carried(_ text: String) -> String {
            var output = ""
            for scalar in text.unicodeScalars {
                let forbidden = (scalar.value < 0x20 && ![0x9, 0xA, 0xD].contains(scalar.value)) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                output.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
            return output
        }
        var copy = self
        copy.title = title.map(carried)
        copy.description = description.map(carried)
        copy.nodes = nodes.map { node in
            var node = node
            node.label = carried(node.label)
            node.aliases = node.aliases.map(carried)
            node.description = node.description.map(carried)
            node.side = node.side.map(carried)
            node.roles = node.roles.map { role in var role = role; role.title = carried(role.title); return role }
            node.title = node.title.map(carried)
            node.publisher = node.publisher.map(carried)
            node.file = node.file.map(carried)
            node.notes = node.notes.map(carried)
            return node
        }
        copy.edges = edges.map { edge in
            var edge = edge
            edge.label = edge.label.map(carried)
            edge.notes = edge.notes.map(carried)
            edge.provenance = edge.provenance.map { record in
                var record = record
                record.quote = record.quote.map(carried)
                record.passage = record.passage.map(carried)
                record.notes = record.notes.map(carried)
                return record
            }
            return edge
        }
        return copy
    }
}

/// A graph's content without the positions it was read from.
struct GraphComparison: Equatable {
    var title: String?
    var description: String?
    var nodes: [Node]
    var edges: [Edge]

    init(_ graph: Graph, keepingTitle: Bool) {
        title = keepingTitle ? graph.title : nil
        description = keepingTitle ? graph.description : nil
        nodes = graph.nodes.map { node in
            var node = node
            node.location = nil
            return node
        }
        edges = graph.edges.map(\.withoutLocation)
    }
}
