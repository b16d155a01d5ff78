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

    @Test func missingDefaultGraphIsExit66() throws {
        let empty = try Scratch()
        let result = try CommandRunner.run(["stats"], in: empty.url)
        #expect(result.exitCode == 66)
        #expect(result.stderr.contains("--graph"))
        #expect(result.stdout.isEmpty)
    }
}
