import Foundation
import Testing
import StanceGraphTestSupport

@Suite struct NeighborsCommandTests {
    @Test func listsTheEgoNetworkByDistance() throws {
        let result = try QueryFixture.run(["neighbors", "putin", "--depth", "2"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        let first = try #require(lines.firstIndex(of: "1 hop")), second = try #require(lines.firstIndex(of: "2 hops"))
        #expect(first < second)
        #expect(lines[first + 1] == "  Ceasefire on the current front lines (ceasefire-current-lines, position): Vladimir Putin —proposes→ Ceasefire on the current front lines  (+2 more edges)")
        #expect(lines[first...second].contains("  Dmitry Peskov (peskov, actor): Vladimir Putin ←speaks-for— Dmitry Peskov"))
        #expect(lines[second...].contains { $0.hasPrefix("  Dmytro Kuleba (kuleba, actor): [Four Russian sources (Reuters) —supports→ Ceasefire on the current front lines, 2024-05-24, \"Putin is also ready for a ceasefire…\"] ←doubts— Dmytro Kuleba") })
    }

    @Test(arguments: [
        ("both", 1, ["ceasefire-current-lines", "talks-with-putin", "us-30-day-ceasefire", "demilitarisation-ukraine", "peskov"]),
        ("out", 2, ["ceasefire-current-lines", "talks-with-putin", "us-30-day-ceasefire", "demilitarisation-ukraine", "territorial-gains-locked-in"]),
        ("in", 2, ["peskov"]),
    ])
    func directionAndDepthBoundTheNetwork(direction: String, depth: Int, expected: [String]) throws {
        let result = try QueryFixture.run(["neighbors", "putin", "--direction", direction, "--depth", String(depth), "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try result.jsonObject()
        #expect((json["centre"] as? [String: Any])?["id"] as? String == "putin")
        let nodes = objects(json["nodes"])
        #expect(ids(json["nodes"]) == expected)
        #expect(nodes.compactMap { $0["distance"] as? Int } == nodes.compactMap { $0["distance"] as? Int }.sorted())
        let edgeIDs = Set(ids(json["edges"]))
        for node in nodes { #expect(Set(node["links"] as? [String] ?? []).isSubset(of: edgeIDs)) }
    }

    @Test func viaLimitsTheEdgeTypesAndSourcesAreLeaves() throws {
        let json = try QueryFixture.run(["neighbors", "ceasefire-current-lines", "--via", "opposes", "--depth", "3", "--format", "json"]).jsonObject()
        #expect(ids(json["nodes"]) == ["putin", "zelensky"])
        let sources = try QueryFixture.run(["neighbors", "src-summary-2024-05", "--depth", "3", "--format", "json"]).jsonObject()
        #expect(ids(sources["nodes"]) == ["src-reuters-2024-05-24"], "the reached source is not walked through")
        let through = try QueryFixture.run(["neighbors", "src-summary-2024-05", "--depth", "3", "--through-sources", "--format", "json"]).jsonObject()
        #expect(ids(through["nodes"]) == ["src-reuters-2024-05-24", "src-isw-2024-05-25"])
    }

    @Test func aNodeWithoutNeighboursIsExit1() throws {
        let result = try QueryFixture.run(["neighbors", "src-nyt-2023-12-24"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "The Japan Times / New York Times, relayed, December 2023 (src-nyt-2023-12-24) has no neighbours\n")
        #expect(try QueryFixture.run(["neighbors", "putin", "--depth", "0"]).exitCode == 64)
    }

    @Test func bundledGraphPutsPeskovNextToPutin() throws {
        let result = try CommandRunner.run(["neighbors", "putin", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(ids(try result.jsonObject()["nodes"]).contains("peskov"))
    }
}
