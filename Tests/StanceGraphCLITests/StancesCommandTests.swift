import Foundation
import Testing

@Suite struct StancesCommandTests {
    @Test func groupsByTypeInDateOrderWithSpokespeopleApart() throws {
        let result = try QueryFixture.run(["stances", "putin"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.first == "Vladimir Putin (putin): 6 stances, 2 more via a spokesperson")
        let supports = try #require(lines.firstIndex(of: "supports"))
        #expect(lines[supports + 1].hasPrefix("  2023-12-24  Ceasefire on the current front lines  [src-nyt-2023-12-24, anonymous sources:"))
        #expect(lines[supports + 2].hasPrefix("  2024-05-17  Peace talks with Putin  [src-reuters-2024-05-24, on the record:"))
        let via = try #require(lines.firstIndex(of: "Via spokesperson Dmitry Peskov (peskov)"))
        #expect(via > supports)
        #expect(lines[via + 1] == "  supports")
        #expect(lines[via + 2].hasPrefix("    2024-05-24  Peace talks with Putin  [src-reuters-2024-05-24, spokesperson: \"Russia is open to dialogue\"]"))
    }

    @Test func jsonGroupsCarryTheFullEvidence() throws {
        let result = try QueryFixture.run(["stances", "Vladimir Putin", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try result.jsonObject()
        #expect((json["actor"] as? [String: Any])?["id"] as? String == "putin")
        let groups = objects(json["stances"])
        #expect(groups.map { $0["type"] as? String } == ["supports", "opposes", "proposes", "rejects", "demands"])
        #expect(ids(groups[0]["edges"]) == ["putin-ready-ceasefire-2023", "putin-ready-for-talks"])
        let evidence = objects(objects(groups[0]["edges"]).first?["evidence"])
        #expect(evidence.first?["quote"] as? String == "They want to hold on to where they are on the battlefield")
        #expect(evidence.first?["attribution"] as? String == "anonymous-sources")
        let spokespeople = objects(json["via_spokespeople"])
        #expect(spokespeople.map { ($0["spokesperson"] as? [String: Any])?["id"] as? String } == ["peskov"])
        #expect(spokespeople.first?["speaks_for"] as? String == "peskov-speaks-for-putin")
    }

    @Test func timelineShowsTheChangeInDateOrder() throws {
        let result = try QueryFixture.run(["stances", "putin", "--timeline"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.first == "Vladimir Putin (putin) over time:")
        #expect(lines.dropFirst().map { String($0.prefix(10)).trimmingCharacters(in: .whitespaces) }
                == ["2022", "2023-12-24", "2024-05-17", "2024-05-24", "2024-05-24", "2024-05-25", "2025-03", "2025-03"])
        #expect(lines[4].contains("Dmitry Peskov —supports→ Peace talks with Putin  (for Vladimir Putin)"))
        #expect(lines[6].contains("Vladimir Putin —opposes→ Ceasefire on the current front lines"))

        let json = try QueryFixture.run(["stances", "putin", "--timeline", "--format", "json"]).jsonObject()
        let entries = objects((json["timeline"] as? [String: Any])?["entries"])
        #expect(entries.count == 8)
        #expect(entries.filter { $0["on_behalf_of"] as? String == "putin" }.count == 2)
    }

    @Test func filtersNarrowTheStances() throws {
        let json = try QueryFixture.run(["stances", "putin", "--as-of", "2023", "--format", "json"]).jsonObject()
        #expect(objects(json["stances"]).flatMap { ids($0["edges"]) } == ["putin-ready-ceasefire-2023", "putin-proposed-ceasefire-2022"])
        #expect(objects(json["via_spokespeople"]).isEmpty)
        let none = try QueryFixture.run(["stances", "peskov", "--type", "rejects"])
        #expect(none.exitCode == 1)
        #expect(none.stderr == "Dmitry Peskov (peskov) has no edges left after the filters\n")
    }

    @Test func anActorWithoutStancesIsExit1() throws {
        let result = try QueryFixture.run(["stances", "switzerland", "--type", "proposes,supports", "--source", "src-nyt-2023-12-24"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        ("src-isw-2024-05-25", "error: \"src-isw-2024-05-25\" is a source, but stances takes an actor\n"),
        ("Ceasefire on the current front lines", "error: \"Ceasefire on the current front lines\" is a position (ceasefire-current-lines), but stances takes an actor\n"),
        ("Pesk", "error: no node is called \"Pesk\" (names are ids, labels or aliases); did you mean \"peskov\" (Dmitry Peskov)?\n"),
    ])
    func aNameThatIsNoActorIsExit65(name: String, message: String) throws {
        let result = try QueryFixture.run(["stances", name])
        #expect(result.exitCode == 65)
        #expect(result.stderr == message)
    }
}
