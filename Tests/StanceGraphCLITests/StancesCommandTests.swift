import Foundation
import Testing
import StanceGraphTestSupport

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

    // MARK: What a spokesperson voiced for the actor they speak for

    @Test(arguments: [
        ("peskov", "Dmitry Peskov (peskov): 0 stances, 3 voiced as spokesperson for Vladimir Putin", "Vladimir Putin (putin)",
         ["supports", "    2024-05     Negotiations to end the war  [src-summary-2024-05, src-reuters-skai-2024-05-24, spokesperson: \"the Kremlin chief has repeatedly made clear that Russia is…\"]  (+2 more spokesperson records)",
          "opposes", "    2024-05-24  A nationwide mobilisation in Russia  [src-reuters-skai-2024-05-24, spokesperson: \"Peskov said Russia does not need conscription and instead…\", confidence 0.8]",
          "rejects", "    2024-05-24  Return of all occupied territory to Ukraine, Crimea included  [src-reuters-skai-2024-05-24, spokesperson: \"Peskov said there can be no case of returning the four…\"]"]),
        ("State Department spokesman", "US State Department spokesman (state-department-spokesman): 0 stances, 2 voiced as spokesperson for US State Department",
         "US State Department (state-department)",
         ["demands", "    2024-05-24  Respect for Ukraine's territorial integrity within its internationally recognised borders  [src-reuters-skai-2024-05-24, spokesperson: \"any peace initiative must respect Ukraine’s “territorial…\"]",
          "contradicts", "    2024-05-24  [Vladimir Putin —supports→ A ceasefire that freezes the war on the current front lines, 2024-05-24, \"Putin is ready to end the war in…\"]  [src-reuters-skai-2024-05-24, spokesperson: \"The Kremlin has yet to show any real interest in ending…\"]  (+1 more spokesperson record)"]),
    ])
    func aSpokespersonsWordsRecordedOnTheirPrincipalsStancesAreListed(actor: String, header: String, principal: String, group: [String]) throws {
        let result = try CommandRunner.run(["stances", actor])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.first == header)
        #expect(lines[1] == "")
        #expect(lines[2] == "Voiced as spokesperson for \(principal): the spokesperson records of \(principal.prefix { $0 != "(" }.dropLast())'s stances")
        #expect(lines.dropFirst(3).map { $0.hasPrefix("    ") ? $0 : String($0.dropFirst(2)) } == group)
    }

    @Test func theBundledGraphsPeskovInJSONAndOverTime() throws {
        let json = try CommandRunner.run(["stances", "peskov", "--format", "json"]).jsonObject()
        #expect(objects(json["stances"]).isEmpty)
        let voiced = try #require(objects(json["as_spokesperson_for"]).first)
        #expect((voiced["principal"] as? [String: Any])?["id"] as? String == "putin")
        #expect(voiced["speaks_for"] as? String == "peskov-speaks-for-putin")
        let edges = objects(voiced["stances"]).flatMap { objects($0["edges"]) }
        #expect(edges.map { $0["id"] as? String } == ["putin-open-to-talks-2024-05", "putin-avoids-new-mobilisation-2024-05", "putin-no-return-of-four-regions-2024-05"])
        #expect(edges.map { objects($0["spokesperson_evidence"]).count } == [3, 1, 1])
        #expect(edges.flatMap { objects($0["spokesperson_evidence"]) }.allSatisfy { $0["attribution"] as? String == "spokesperson" })
        #expect(edges.allSatisfy { $0["evidence"] == nil }, "only the spokesperson records, under their own name")

        let timeline = try CommandRunner.run(["stances", "peskov", "--timeline"])
        #expect(timeline.exitCode == 0, "\(timeline.stderr)")
        #expect(timeline.stdoutLines.first == "Dmitry Peskov (peskov) over time, with the spokesperson records of Vladimir Putin's stances:")
        #expect(timeline.stdoutLines.count == 6)
        #expect(timeline.stdoutLines.dropFirst().allSatisfy { $0.contains("  (spokesperson record)  [") && $0.contains(", spokesperson: \"") })
        #expect(timeline.stdoutLines[1].hasPrefix("2024-05     Vladimir Putin —supports→ Negotiations to end the war  (spokesperson record)  [src-summary-2024-05"))
        let entries = objects((try CommandRunner.run(["stances", "peskov", "--timeline", "--format", "json"]).jsonObject()["timeline"] as? [String: Any])?["entries"])
        #expect(entries.count == 5)
        #expect(entries.allSatisfy { $0["as_spokesperson_for"] as? String == "putin" && $0["on_behalf_of"] is NSNull })

        let putin = try CommandRunner.run(["stances", "putin"])
        #expect(!putin.stdout.contains("Voiced as spokesperson"), "Putin speaks for no one")
    }

    @Test(arguments: [
        // Peskov speaks for Putin from 2022 to June 2023: the 2024 records are not his.
        (["peskov"], ["putin-supports-talks": ["The Kremlin is open to dialogue", "An undated remark"],
                      "putin-rejects-ceasefire": ["A ceasefire now would only help the other side"]]),
        (["peskov", "--as-of", "2022-12"], ["putin-supports-talks": ["The Kremlin is open to dialogue", "An undated remark"]]),
        // Zakharova speaks for Putin, undated: all of Putin's spokesperson records count, whoever said them.
        (["zakharova"], ["putin-supports-talks": ["The Kremlin is open to dialogue", "Said after the spokesman's time", "An undated remark"],
                         "putin-rejects-ceasefire": ["A ceasefire now would only help the other side"],
                         "putin-opposes-mobilisation": ["There is no need for a new mobilisation"]]),
        (["zakharova", "--source", "src-b"], ["putin-supports-talks": ["The Kremlin is open to dialogue"],
                                              "putin-opposes-mobilisation": ["There is no need for a new mobilisation"]]),
    ] as [([String], [String: [String]])])
    func onlySpokespersonRecordsWithinTheSpeaksForDatesCount(arguments: [String], expected: [String: [String]]) throws {
        let json = try QueryFixture.run(["stances"] + arguments + ["--format", "json"], graph: QueryFixture.spokespeoplePath).jsonObject()
        let voiced = objects(json["as_spokesperson_for"])
        #expect(voiced.map { ($0["principal"] as? [String: Any])?["id"] as? String } == ["putin"])
        var found: [String: [String]] = [:]
        for edge in objects(voiced.first?["stances"]).flatMap({ objects($0["edges"]) }) {
            found[edge["id"] as? String ?? ""] = objects(edge["spokesperson_evidence"]).compactMap { $0["quote"] as? String }
        }
        #expect(found == expected)
    }

    @Test func aSpokespersonsOwnStancesAndWhatTheyVoicedStandApart() throws {
        let result = try QueryFixture.run(["stances", "zakharova"], graph: QueryFixture.spokespeoplePath)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.first == "Maria Zakharova (zakharova): 1 stance, 3 voiced as spokesperson for Vladimir Putin")
        #expect(lines[2] == "opposes")
        #expect(lines[3].hasPrefix("  2023-02     A ceasefire  [src-b, spokesperson: \"No ceasefire on those terms\"]"))
        #expect(lines[5] == "Voiced as spokesperson for Vladimir Putin (putin): the spokesperson records of Vladimir Putin's stances")

        let putin = try QueryFixture.run(["stances", "putin"], graph: QueryFixture.spokespeoplePath)
        #expect(putin.stdoutLines.first == "Vladimir Putin (putin): 4 stances, 1 more via a spokesperson")
        #expect(putin.stdout.contains("\nVia spokesperson Maria Zakharova (zakharova)\n  opposes\n"))

        let timeline = try QueryFixture.run(["timeline", "--actor", "peskov"], graph: QueryFixture.spokespeoplePath)
        #expect(timeline.stdoutLines == [
            "2022-10-10  Vladimir Putin —supports→ Peace talks  (spokesperson record)  [src-b, spokesperson: \"The Kremlin is open to dialogue\"]",
            "2023-06-15  Vladimir Putin —rejects→ A ceasefire  (spokesperson record)  [src-a, spokesperson: \"A ceasefire now would only help the other side\"]",
            "(1 undated record not shown)",
        ])
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
