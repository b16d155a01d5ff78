import Foundation
import Testing
import StanceGraphTestSupport

@Suite struct ContradictionsCommandTests {
    @Test func listsTheThreeKindsOfConflict() throws {
        let result = try QueryFixture.run(["contradictions"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty } == [
            "Explicit contradictions and denials (2)", "Actors on both sides of a position (1)",
            "Sources reporting opposite stances for the same actor (1)", "Doubts (2)",
        ])
        #expect(lines[1].hasPrefix("  Institute for the Study of War —contradicts→ [Four Russian sources (Reuters) —supports→ Ceasefire on the current front lines, 2024-05-24, \"Putin is also ready for a ceasefire…\"]  [src-isw-2024-05-25, 2024-05-25, analyst assessment:"))
        #expect(lines.contains("  Vladimir Putin on Ceasefire on the current front lines: reads as a change, for then against"))
        let rows = lines.filter { $0.hasPrefix("    for") || $0.hasPrefix("    against") }.map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        #expect(rows == ["for 2022 proposes", "for 2023-12-24 supports", "against 2024-05-25 opposes"])
        #expect(lines.contains("  Vladimir Putin on Ceasefire on the current front lines: for — src-nyt-2023-12-24; against — src-isw-2024-05-25"))
    }

    @Test func jsonHasEachKind() throws {
        let json = try QueryFixture.run(["contradictions", "--format", "json"]).jsonObject()
        let explicit = objects(json["explicit"])
        #expect(explicit.compactMap { ($0["edge"] as? [String: Any])?["id"] as? String } == ["isw-contrast-official-rhetoric", "us-sources-deny-outreach"])
        #expect(((explicit.first?["target"] as? [String: Any])?["edge"] as? [String: Any])?["id"] as? String == "sources-putin-ready-ceasefire")
        let conflict = try #require(objects(json["both_sides"]).first)
        #expect((conflict["actor"] as? [String: Any])?["id"] as? String == "putin")
        #expect((conflict["position"] as? [String: Any])?["id"] as? String == "ceasefire-current-lines")
        #expect(conflict["reading"] as? String == "turned-against")
        #expect(ids(conflict["for"]) == ["putin-proposed-ceasefire-2022", "putin-ready-ceasefire-2023"])
        #expect(ids(conflict["against"]) == ["putin-uninterested-isw"])
        let split = try #require(objects(json["sources_disagree"]).first)
        #expect(split["for_sources"] as? [String] == ["src-nyt-2023-12-24"])
        #expect(split["against_sources"] as? [String] == ["src-isw-2024-05-25"])
    }

    @Test func noConflictIsExit1() throws {
        let result = try QueryFixture.run(["contradictions", "--as-of", "2024-01"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "no contradictions in the graph after the filters\n")
    }

    /// The bundled graph has ten explicit contradictions and denials, two actors on both sides
    /// of a position, and no sources reporting opposite stances.
    @Test func bundledGraphHasTenExplicitConflictsAndTwoActorsOnBothSides() throws {
        let result = try CommandRunner.run(["contradictions"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdoutLines
        #expect(lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty } == [
            "Explicit contradictions and denials (10)", "Actors on both sides of a position (2)", "Doubts (23)",
        ])
        #expect(lines.contains { $0.hasPrefix("  US sources denying official Russian outreach —denies→ [Vladimir Putin —proposes→ A ceasefire that freezes the war on the current front lines, 2024-02, \"an earlier proposal by Putin for a…\"]  [src-isw-kyivpost-2024-05, 2024-05, anonymous sources:") })
        #expect(lines.contains("  Vladimir Putin on Talks between Putin and Zelensky: for and against over the same period"))
        #expect(lines.contains("  Vladimir Putin on A nationwide mobilisation in Russia: reads as a change, for then against"))
        let rows = lines.filter { $0.hasPrefix("    for") || $0.hasPrefix("    against") }.map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        #expect(rows == ["for 2024-05-24 supports", "against 2024-05-24 opposes", "for 2022 supports", "against 2024-05 opposes"])
    }

    @Test func bundledGraphAsJSON() throws {
        let result = try CommandRunner.run(["contradictions", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try result.jsonObject()
        #expect(objects(json["explicit"]).compactMap { ($0["edge"] as? [String: Any])?["id"] as? String } == [
            "putin-backchannel-contradicts-boast", "kremlin-sources-putin-may-drop-neutrality-2024-01",
            "kremlin-sources-putin-may-accept-nato-2024-01", "us-sources-deny-neutrality-signal",
            "us-sources-deny-freeze-proposal", "russian-sources-contradict-each-other-on-zelensky",
            "isw-contradicts-veterans-claim", "russian-sources-contradict-analysts",
            "state-department-contradicts-readiness-2024-05", "isw-contradicts-readiness",
        ])
        let bothSides = objects(json["both_sides"])
        #expect(bothSides.map { ($0["actor"] as? [String: Any])?["id"] as? String } == ["putin", "putin"])
        #expect(bothSides.map { ($0["position"] as? [String: Any])?["id"] as? String } == ["talks-putin-zelensky", "nationwide-mobilisation"])
        #expect(bothSides.map { $0["reading"] as? String } == ["concurrent", "turned-against"])
        #expect(objects(json["sources_disagree"]).isEmpty)
    }
}
