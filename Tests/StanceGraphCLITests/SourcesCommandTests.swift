import Foundation
import Testing
import StanceGraphTestSupport

@Suite struct SourcesCommandTests {
    @Test func listsEverySourceByDateWithItsCitations() throws {
        let result = try CommandRunner.run(["sources"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.first == "5 sources")
        let headings = lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty }.dropFirst()
        #expect(headings.map { String($0.split(separator: " ")[1]) } == [
            "src-japantimes-2023-12", "src-isw-kyivpost-2024-05", "src-summary-2024-05",
            "src-reuters-skai-2024-05-24", "src-putin-30-day-ceasefire-2025-03",
        ])
        #expect(headings.first?.hasPrefix("2023-12  src-japantimes-2023-12  cited by ") == true)
        #expect(lines.contains("  publisher:  Skai (republishing Reuters)"))
        #expect(lines.contains("  file:       sources/001_271362cc3b16fc4f.txt"))
    }

    @Test func jsonHasEveryFieldAndCountsAgreeWithStats() throws {
        let result = try CommandRunner.run(["sources", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let sources = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(sources.count == 5)
        for source in sources {
            for key in ["id", "label", "title", "published", "publisher", "file", "url", "records", "edges"] {
                #expect(source.keys.contains(key), "\(key)")
            }
        }
        let stats = try CommandRunner.run(["stats", "--format", "json"]).jsonObject()
        let citations = Dictionary(uniqueKeysWithValues: objects(stats["sources"]).map { ($0["id"] as! String, $0["citations"] as! Int) })
        for source in sources {
            #expect(citations[source["id"] as! String] == source["records"] as? Int)
        }
    }

    @Test func undatedSourcesComeLastAndAGraphWithoutSourcesIsExit1() throws {
        let scratch = try Scratch()
        let graph = """
            version: 1
            nodes:
              - id: b-undated
                kind: source
                label: B
              - id: a-undated
                kind: source
                label: A
              - id: z-dated
                kind: source
                label: Z
                published: 2020
            edges: []
            """
        try graph.write(toFile: scratch.path("g.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["sources", "-g", scratch.path("g.yaml")])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines.filter { !$0.hasPrefix(" ") && !$0.isEmpty }.dropFirst()
                == ["2020  z-dated  cited by 0 records on 0 edges", "undated  a-undated  cited by 0 records on 0 edges",
                    "undated  b-undated  cited by 0 records on 0 edges"])
        let empty = "version: 1\nnodes:\n  - id: x\n    kind: actor\n    label: X\nedges: []\n"
        try empty.write(toFile: scratch.path("e.yaml"), atomically: true, encoding: .utf8)
        let none = try CommandRunner.run(["sources", "-g", scratch.path("e.yaml")])
        #expect(none.exitCode == 1)
        #expect(none.stderr == "the graph has no source nodes\n")
    }
}
