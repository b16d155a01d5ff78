import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

@Suite struct KuzuExporterTests {
    static func export(_ graph: Graph) -> [String: String] {
        var files: [String: String] = [:]
        for document in KuzuExporter().documents {
            var text = ""
            KuzuExporter().write(document, of: graph, to: &text)
            files[document.fileName!] = text
        }
        return files
    }

    @Test func matchesTheGoldenFiles() throws {
        for (name, text) in Self.export(try ExportFixture.hostile()).sorted(by: { $0.key < $1.key }) {
            try Golden.snapshots.assertMatches(text, named: "hostile-kuzu/\(name)")
        }
    }

    /// Kùzu reads CSV columns by position: each file's header is its table's columns, in order.
    @Test func theSchemaDeclaresTheFilesColumnsInOrder() throws {
        let files = Self.export(try ExportFixture.hostile())
        let tables = [("CREATE NODE TABLE Node(", "nodes.csv", ["id"]), ("CREATE REL TABLE Edge(FROM Node TO Node, ", "edges.csv", ["from", "to"]),
                      ("CREATE REL TABLE ClaimStep(FROM Node TO Node, ", "claim-steps.csv", ["from", "to"])]
        for (start, file, ends) in tables {
            let line = try #require(files["schema.cypher"]!.split(separator: "\n").first { $0.hasPrefix(start) })
            let declared = line.dropFirst(start.count).dropLast(2).components(separatedBy: ", ").map { $0.split(separator: " ")[0] }
            let header = try #require(try RFC4180.parse(files[file]!).first).map { $0 ?? "" }
            let names = ends == ["id"] ? declared.map(String.init) : ends + declared.map(String.init)
            #expect(header == names, "\(file)")
            #expect(files["load.cypher"]!.contains("FROM '\(file)'"), "load.cypher copies \(file)")
        }
    }

    /// One claim node per edge that an edge points at, and two claim steps for it: from the
    /// claimed edge's tail, and to its target (a claim node, for a claim about a claim).
    @Test func claimsGoThroughTheStanceTheyAreAbout() throws {
        let graph = try ExportFixture.hostile()
        let files = Self.export(graph)
        let claimed = KuzuExporter.claimedEdges(of: graph)
        try #require(!claimed.isEmpty, "the fixture has claims about stances")
        let nodes = try RFC4180.parse(files["nodes.csv"]!).dropFirst()
        #expect(nodes.count == graph.nodes.count + claimed.count)
        #expect(nodes.suffix(claimed.count).map { $0[0]! } == claimed.map { graph.edges[$0].id })
        #expect(nodes.suffix(claimed.count).allSatisfy { $0[1] == "[Claim]" && $0[2] == "claim" })
        let steps = try RFC4180.parse(files["claim-steps.csv"]!).dropFirst()
        #expect(steps.count == 2 * claimed.count)
        for (index, edge) in claimed.enumerated() {
            let id = graph.edges[edge].id
            let tail = steps[steps.startIndex + 2 * index], target = steps[steps.startIndex + 2 * index + 1]
            #expect(tail.map { $0 ?? "" } == [graph.edges[edge].from, id, id, "tail"])
            #expect(target.map { $0 ?? "" } == [id, graph.edges[edge].to, id, "target"])
        }
        let edges = try RFC4180.parse(files["edges.csv"]!).dropFirst()
        #expect(edges.count == graph.edges.count)
        for (row, edge) in zip(edges, graph.edges) {
            #expect(row[0] == edge.from && row[1] == edge.to, "an edge about an edge ends at its claim node: \(edge.id)")
        }
    }

    @Test func listsOfIDsAreKuzuLists() throws {
        let files = Self.export(try ExportFixture.hostile())
        let nodes = try RFC4180.parse(files["nodes.csv"]!)
        #expect(nodes.dropFirst().contains { $0[1] == "[Actor,Media]" })
        let edges = try RFC4180.parse(files["edges.csv"]!)
        let sources = try #require(edges.first?.firstIndex(of: "sources"))
        #expect(edges.dropFirst().allSatisfy { row in row[sources].map { $0.hasPrefix("[") && $0.hasSuffix("]") && !$0.contains("\"") } ?? false })
    }
}
