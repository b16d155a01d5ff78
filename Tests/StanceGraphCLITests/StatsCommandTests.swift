import Foundation
import Testing
import StanceGraphTestSupport

@Suite struct StatsCommandTests {
    @Test func countsTheBundledGraphAsJSON() throws {
        let result = try CommandRunner.run(["stats", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let nodes = try #require(object?["nodes"] as? Int)
        let byKind = try #require(object?["nodes_by_kind"] as? [String: Int])
        #expect(byKind.values.reduce(0, +) == nodes)
        #expect(result.stderr.isEmpty)
    }

    @Test func countsTheBundledGraphAsText() throws {
        let result = try CommandRunner.run(["stats"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdoutLines
        #expect(lines.first == "80 nodes, 169 edges, 224 provenance records")
        // Section headings, in order, each followed by its rows.
        #expect(lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty }.dropFirst() == [
            "Nodes by kind", "Actors by subtype", "Edges by type", "Evidence by attribution", "Citations by source",
            "Dates: 2022 to 2025-03",
        ])
        func row(_ name: String) -> [String]? {
            lines.first { $0.hasPrefix("  \(name) ") }.map { $0.split(separator: " ").map(String.init) }
        }
        #expect(row("actor") == ["actor", "37"])
        #expect(row("position") == ["position", "24"])
        #expect(row("condition") == ["condition", "14"])
        #expect(row("source") == ["source", "5"])
        #expect(row("anonymous-sources") == ["anonymous-sources", "10"])
        #expect(row("supports") == ["supports", "37"])
        #expect(row("reports") == ["reports", "29"])
        #expect(row("doubts") == ["doubts", "23"])
        #expect(row("reporter-summary") == ["reporter-summary", "78"])
        #expect(row("on-the-record") == ["on-the-record", "26"])
        #expect(lines.contains { $0.hasPrefix("  src-reuters-skai-2024-05-24 (Reuters via Skai, 24 May 2024) ") && $0.hasSuffix(" 85") })
        // Every count of a section adds up to the total it breaks down.
        func sum(_ heading: String) -> Int {
            let start = lines.firstIndex(of: heading).map { $0 + 1 } ?? lines.endIndex
            return lines[start...].prefix { $0.hasPrefix("  ") }.compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }.reduce(0, +)
        }
        #expect(sum("Nodes by kind") == 80)
        #expect(sum("Actors by subtype") == 37)
        #expect(sum("Edges by type") == 169)
        #expect(sum("Evidence by attribution") == 224)
    }

    @Test func missingDefaultGraphIsExit66() throws {
        let empty = try Scratch()
        let result = try CommandRunner.run(["stats"], in: empty.url)
        #expect(result.exitCode == 66)
        #expect(result.stderr.contains("--graph"))
        #expect(result.stdout.isEmpty)
    }
}
