import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// Kùzu's Python package (`pip install kuzu`; CI installs it).
enum Kuzu {
    static let available = ProcessRunner.succeeds("python3", ["-c", "import kuzu"])
    static let checker = PackageRoot.appending("scripts/check-kuzu.py").path
}

/// The Kùzu export loads into Kùzu with every node, edge and claim step, and Kùzu's shortest
/// paths have the lengths the path command finds with `--through-sources --rank hops`, worked
/// out here by the same code (`QueryIndex` with claim steps, `GraphSearch.paths`) on a graph
/// loaded once: `scripts/check-kuzu.py --expected` loads the folder and compares pair by pair.
/// (`StanceGraphCLITests/KuzuCommandTests` runs the command itself, on fewer pairs.)
@Suite(.enabled(if: Kuzu.available || ProcessInfo.processInfo.environment["CI"] != nil,
                "needs python3 with kuzu (CI installs it)"))
struct KuzuLoadTests {
    /// What `stancegraph path FROM TO --through-sources --rank hops` answers: the hops of its
    /// shortest path, or `nil` for none.
    static func pathHops(_ index: QueryIndex, from: Int, to: Int) -> Int? {
        var search = GraphSearch(index: index, rules: TraversalRules(direction: .both, edgeTypes: nil, throughSources: true))
        return search.paths(from: from, to: to, mode: .shortest, ranking: .hops).paths.first?.hops
    }

    /// Every pair of actors, or `sample` of them drawn by a fixed linear congruential generator.
    static func actorPairs(of graph: Graph, sample: Int? = nil) -> [(Int, Int)] {
        let actors = graph.nodes.indices.filter { graph.nodes[$0].kind == .actor }.sorted { graph.nodes[$0].id < graph.nodes[$1].id }
        var pairs = actors.indices.flatMap { first in actors[(first + 1)...].map { (actors[first], $0) } }
        guard let sample, sample < pairs.count else { return pairs }
        var state: UInt64 = 1, drawn: [(Int, Int)] = []
        while drawn.count < sample {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            drawn.append(pairs.remove(at: Int((state >> 33) % UInt64(pairs.count))))
        }
        return drawn
    }

    /// Writes the Kùzu folder, the JSON export and the expected lengths of `pairs` into a
    /// scratch folder and runs the checker on them.
    static func check(_ graph: Graph, pairs: [(Int, Int)], statements: String? = nil,
                      breaking: ((inout [String: String]) -> Void)? = nil) throws -> CommandResult {
        let scratch = try Scratch(prefix: "stancegraph-kuzu")
        let folder = scratch.url.appendingPathComponent("kuzu-import")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [String: String] = [:]
        for document in KuzuExporter().documents {
            var text = ""
            KuzuExporter().write(document, of: graph, to: &text)
            files[document.fileName!] = text
        }
        breaking?(&files)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        try Data(JSONExporter().string(for: graph).utf8).write(to: scratch.url.appendingPathComponent("graph.json"))
        let index = QueryIndex(graph, claimSteps: true)
        let expected = JSONValue.array(pairs.map { pair in
            .object([("from", .string(graph.nodes[pair.0].id)), ("to", .string(graph.nodes[pair.1].id)),
                     ("hops", pathHops(index, from: pair.0, to: pair.1).map { .int($0) } ?? .null)])
        })
        try Data(expected.serialized(pretty: false).utf8).write(to: scratch.url.appendingPathComponent("expected.json"))
        var arguments = [Kuzu.checker, folder.path, scratch.path("graph.json"), "--expected", scratch.path("expected.json")]
        if let statements {
            try Data(statements.utf8).write(to: scratch.url.appendingPathComponent("statements.cypher"))
            arguments += ["--statements", scratch.path("statements.cypher")]
        }
        return try ProcessRunner.run(URL(fileURLWithPath: ProcessRunner.find("python3")!), arguments)
    }

    /// The bundled graph: every pair of its 37 actors, and the Cypher docs/scaling.md shows.
    @Test func theBundledGraphAgreesOnEveryActorPair() throws {
        let graph = try BundledGraph.load()
        let pairs = Self.actorPairs(of: graph)
        #expect(pairs.count == 666)
        let statements = try Self.documentedCypher()
        try #require(statements.contains("SHORTEST"), "docs/scaling.md shows Kùzu's shortest path")
        let result = try Self.check(graph, pairs: pairs, statements: statements)
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("666 pairs"), "\(result.stderr)")
    }

    /// Hostile text (quotes, line breaks, backslashes, right-to-left, emoji) reaches Kùzu unchanged.
    @Test func theHostileFixtureLoadsWithEveryValueIntact() throws {
        let result = try Self.check(try ExportFixture.hostile(), pairs: Self.actorPairs(of: try ExportFixture.hostile()))
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
    }

    /// `scripts/generate-synthetic --edges 100000 --seed 1`: the counts, and 50 actor pairs.
    @Test func aSyntheticGraphOf100kEdgesAgreesOnASample() throws {
        let scratch = try Scratch(prefix: "stancegraph-kuzu-synthetic")
        let file = scratch.path("synthetic.json")
        let generated = try ProcessRunner.run(URL(fileURLWithPath: ProcessRunner.find("python3")!),
                                              [PackageRoot.appending("scripts/generate-synthetic").path,
                                               "--edges", "100000", "--seed", "1", "-o", file])
        try #require(generated.exitCode == 0, "\(generated.stderr)")
        let loaded = GraphLoader().load([GraphInput(name: "synthetic.json", bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))), format: .json)])
        let graph = try #require(loaded.graph)
        let result = try Self.check(graph, pairs: Self.actorPairs(of: graph, sample: 50))
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("100000 edges") && result.stderr.contains("50 pairs"), "\(result.stderr)")
    }

    /// The check can fail: an edge missing from the folder, or a claim step that leads elsewhere.
    @Test(arguments: [("edges.csv", "edges: Kùzu has"), ("claim-steps.csv", "Kùzu's shortest path has")])
    func theCheckNoticesABrokenFolder(file: String, problem: String) throws {
        let graph = try BundledGraph.load()
        let result = try Self.check(graph, pairs: Self.actorPairs(of: graph)) { files in
            var rows = try! RFC4180.parse(files[file]!)
            if file == "edges.csv" {
                rows.removeLast()
            } else {
                rows[2][1] = "zelensky"  // the first claim node now leads to Zelensky, not to its target
            }
            files[file] = rows.map { CSVExporter.row($0) }.joined()
        }
        #expect(result.exitCode == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(problem), "\(result.stdout)\(result.stderr)")
    }

    /// The Cypher blocks of docs/scaling.md's Kùzu section.
    static func documentedCypher() throws -> String {
        let section = try KuzuDocumentation.section()
        var blocks: [String] = [], current: [String]?
        for line in section.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if let block = current {
                    blocks.append(block.joined(separator: "\n"))
                    current = nil
                } else if line == "```cypher" {
                    current = []
                }
                continue
            }
            current?.append(line)
        }
        return blocks.joined(separator: "\n")
    }
}

/// docs/scaling.md's section on Kùzu.
enum KuzuDocumentation {
    static func section() throws -> String {
        let text = try PackageRoot.text("docs/scaling.md")
        return try #require(text.components(separatedBy: "\n## ").first { $0.hasPrefix("Kùzu\n") }, "docs/scaling.md has a section ## Kùzu")
    }
}
