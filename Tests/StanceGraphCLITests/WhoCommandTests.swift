import Foundation
import Testing
import StanceGraphTestSupport

@Suite struct WhoCommandTests {
    @Test func groupsWhoTakesWhichStanceIncludingClaimsAboutStances() throws {
        let result = try QueryFixture.run(["who", "ceasefire on the current front lines"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.first == "Ceasefire on the current front lines (ceasefire-current-lines, position): 9 stances")
        #expect(lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty }.dropFirst()
                == ["supports", "opposes", "proposes", "doubts", "denies", "contradicts", "Holds only if"])
        #expect(lines.contains { $0.hasPrefix("  2024-05     Dmytro Kuleba, about [Four Russian sources (Reuters) —supports→ Ceasefire on the current front lines, 2024-05-24, \"Putin is also ready for a ceasefire…\"]  [src-summary-2024-05, on the record: \"phony signals\"]") })
        #expect(lines.last == "  Russia keeps the territory it holds (territorial-gains-locked-in)")
    }

    @Test func jsonNamesTheActorsTheClaimsAndTheConditions() throws {
        let json = try QueryFixture.run(["who", "ceasefire-current-lines", "--format", "json"]).jsonObject()
        let groups = objects(json["stances"])
        #expect(groups.map { $0["type"] as? String } == ["supports", "opposes", "proposes", "doubts", "denies", "contradicts"])
        let supporters = objects(groups[0]["entries"]).compactMap { ($0["actor"] as? [String: Any])?["id"] as? String }
        #expect(supporters == ["putin", "russian-sources-nyt", "russian-sources-reuters"], "by date, then graph order")
        let doubt = try #require(objects(groups[3]["entries"]).first)
        #expect(((doubt["edge"] as? [String: Any])?["claim"] as? [String: Any])?["id"] as? String == "sources-putin-ready-ceasefire")
        #expect(objects(json["conditions"]).map { $0["to"] as? String } == ["territorial-gains-locked-in"])
    }

    @Test func aConditionListsWhoDemandsItAndThePositionsThatDependOnIt() throws {
        let result = try QueryFixture.run(["who", "territorial-gains-locked-in"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  2024-05-24  Dmitry Peskov (speaks for Vladimir Putin)  [src-reuters-2024-05-24, reporter summary:"))
        #expect(result.stdout.hasSuffix("Positions that hold only if it is met\n  Ceasefire on the current front lines (ceasefire-current-lines)\n"))
        let json = try QueryFixture.run(["who", "territorial-gains-locked-in", "--format", "json"]).jsonObject()
        #expect(objects(json["conditional_positions"]).map { $0["from"] as? String } == ["ceasefire-current-lines"])
        let entry = objects(objects(json["stances"]).first?["entries"]).first
        #expect(entry?["speaks_for"] as? [String] == ["putin"])
    }

    @Test func nothingFoundIsExit1AndASourceIsExit65() throws {
        let none = try QueryFixture.run(["who", "peace-summit-switzerland", "--type", "opposes"])
        #expect(none.exitCode == 1)
        #expect(none.stdout.isEmpty)
        let source = try QueryFixture.run(["who", "src-isw-2024-05-25"])
        #expect(source.exitCode == 65)
        #expect(source.stderr == "error: \"src-isw-2024-05-25\" is a source, but who takes an actor or position or condition\n")
    }

    @Test func bundledGraphHasStancesOnTheCeasefire() throws {
        let result = try CommandRunner.run(["who", "ceasefire-current-lines", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!objects(try result.jsonObject()["stances"]).isEmpty)
    }
}
