import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

@Suite struct JSONExporterTests {
    @Test func matchesTheGoldenFile() throws {
        try Golden.snapshots.assertMatches(JSONExporter().string(for: try ExportFixture.hostile()), named: "hostile.json")
    }

    static func reload(_ text: String) throws -> Graph {
        let result = GraphLoader().load([GraphInput(name: "export.json", text: text, format: .json)])
        return try #require(result.graph, "the JSON export does not load: \(result.report.sorted.map(\.formatted))")
    }

    /// Loading the export gives the same graph: every node, edge and record, field for field.
    @Test func roundTripsThroughTheLoader() throws {
        let graph = try ExportFixture.loaded()
        let reloaded = try JSONExporterTests.reload(JSONExporter().string(for: graph))
        #expect(reloaded.title == graph.title)
        #expect(reloaded.description == graph.description)
        #expect(reloaded.nodes.count == graph.nodes.count)
        #expect(reloaded.edges.count == graph.edges.count)
        #expect(Set(reloaded.nodes.map(\.withoutLocation)) == Set(graph.nodes.map(\.withoutLocation)))
        #expect(Set(reloaded.edges.map(\.withoutLocation)) == Set(graph.edges.map(\.withoutLocation)))
        for (index, edge) in reloaded.edges.enumerated() {
            let original = try #require(graph.edgeIndex(of: edge.id))
            #expect(graph.edgeTargets[original].isEdge == reloaded.edgeTargets[index].isEdge, "\(edge.id) points at the same kind of thing")
        }
    }

    @Test func exportingTheReloadedGraphGivesTheSameBytes() throws {
        let text = JSONExporter().string(for: try ExportFixture.loaded())
        #expect(JSONExporter().string(for: try JSONExporterTests.reload(text)) == text)
    }

    @Test func sortsNodesByKindThenIDAndEdgesByID() throws {
        let reloaded = try JSONExporterTests.reload(JSONExporter().string(for: try ExportFixture.loaded()))
        let kinds = NodeKind.allCases
        let expected = reloaded.nodes.sorted {
            $0.kind == $1.kind ? $0.id < $1.id : kinds.firstIndex(of: $0.kind)! < kinds.firstIndex(of: $1.kind)!
        }
        #expect(reloaded.nodes.map(\.id) == expected.map(\.id))
        #expect(reloaded.nodes.first?.kind == .actor && reloaded.nodes.last?.kind == .source)
        #expect(reloaded.edges.map(\.id) == reloaded.edges.map(\.id).sorted())
    }

    @Test func writesMeaningfulDefaults() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONExporter().string(for: try ExportFixture.loaded()).utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let nodes = try #require(object["nodes"] as? [[String: Any]]), edges = try #require(object["edges"] as? [[String: Any]])
        #expect(nodes.allSatisfy { $0["aliases"] is [Any] })
        #expect(nodes.filter { $0["kind"] as? String == "actor" }.allSatisfy { $0["roles"] is [Any] })
        #expect(nodes.filter { $0["kind"] as? String != "actor" }.allSatisfy { $0["roles"] == nil })
        #expect(edges.allSatisfy { $0["provenance"] is [Any] })
        let records = edges.flatMap { $0["provenance"] as? [[String: Any]] ?? [] }
        #expect(!records.isEmpty && records.allSatisfy { $0["paraphrase"] is Bool })
        #expect(edges.first { $0["id"] as? String == "e4-conditions" }?["confidence"] == nil, "an absent confidence stays absent")
    }

    @Test func dropsUnsafeURLsAndStillLoads() throws {
        let text = JSONExporter().string(for: try ExportFixture.hostile())
        for scheme in ["javascript:", "data:", "file:"] { #expect(!text.lowercased().contains(scheme)) }
        let reloaded = try JSONExporterTests.reload(text)
        #expect(reloaded.node("hostile.actor:1")?.url == nil)
        #expect(reloaded.node("src-safe")?.url == "https://example.org/report?a=1&b=2&c=<x>")
    }

    /// The output is streamed a megabyte at a time, as GraphML's is: a graph of several
    /// megabytes is never held whole, and what is streamed is what `string(for:)` gives.
    @Test func streamsAMegabyteAtATime() throws {
        let nodes = (0..<2_000).map { Node(id: "actor-\($0)", kind: .actor, label: "Actor <\($0)> & «co»") }
        let edges = (0..<20_000).map { Edge(id: "e-\($0)", type: .memberOf, from: "actor-\($0 % 2_000)", to: "actor-\(($0 + 7) % 2_000)") }
        let graph = try Graph(nodes: nodes, edges: edges)
        var stream = CountingStream()
        JSONExporter().write(graph, to: &stream)
        #expect(stream.text.utf8.count > 2 * UTF8Buffer.flushSize)
        #expect(stream.writes > 2)
        #expect(stream.largestWrite < UTF8Buffer.flushSize + 4_096)
        #expect(stream.text == JSONExporter().string(for: graph))

        var small = CountingStream()
        let fixture = try ExportFixture.loaded()
        JSONExporter().write(fixture, to: &small)
        #expect(small.text == JSONExporter().string(for: fixture))
    }
}

extension Node {
    var withoutLocation: Node {
        var node = self
        node.location = nil
        return node
    }
}

extension Edge {
    var withoutLocation: Edge {
        var edge = self
        edge.location = nil
        edge.provenance = edge.provenance.map { record in
            var record = record
            record.location = nil
            record.quoteLocation = nil
            record.passageLocation = nil
            return record
        }
        return edge
    }
}

extension EdgeTarget {
    var isEdge: Bool {
        if case .edge = self { return true }
        return false
    }
}
