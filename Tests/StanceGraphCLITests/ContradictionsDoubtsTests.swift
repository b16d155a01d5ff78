import Foundation
import Testing
import StanceGraphTestSupport

/// The doubts section of `contradictions`, and `--section`, on the bundled graph.
@Suite struct ContradictionsDoubtsTests {
    @Test func theDoubtsSectionListsEveryDoubt() throws {
        let result = try CommandRunner.run(["contradictions", "--section", "doubts"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.first?.hasPrefix("Doubts (") == true)
        #expect(lines.contains { $0.hasPrefix("  Dmytro Kuleba —doubts→ [Vladimir Putin —supports→") && $0.contains("phony signals") })
        #expect(lines.contains { $0.hasPrefix("  Some US officials who suspect deception (December 2023) —doubts→ [Vladimir Putin —supports→ A ceasefire (a halt to hostilities),")
            && $0.contains("Kremlin deception effort") })
        #expect(!result.stdout.contains("Actors on both sides"))

        let json = try CommandRunner.run(["contradictions", "--format", "json"]).jsonObject()
        let doubts = objects(json["doubts"]).compactMap { ($0["edge"] as? [String: Any])?["id"] as? String }
        #expect(doubts.contains("kuleba-calls-signals-phony-2024-05") && doubts.contains("some-us-officials-suspect-deception"))
        let graph = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("graphs/ceasefire-signals.yaml"), encoding: .utf8)
        #expect(doubts.count == graph.components(separatedBy: "    type: doubts\n").count - 1, "every doubts edge")
    }

    @Test func sectionsNarrowTheAnswer() throws {
        let json = try CommandRunner.run(["contradictions", "--section", "denials", "--format", "json"]).jsonObject()
        let explicit = objects(json["explicit"]).compactMap { ($0["edge"] as? [String: Any])?["type"] as? String }
        #expect(!explicit.isEmpty && explicit.allSatisfy { $0 == "denies" })
        #expect(objects(json["doubts"]).isEmpty && objects(json["both_sides"]).isEmpty)
        let text = try CommandRunner.run(["contradictions", "--section", "denials", "--section", "doubts"])
        #expect(text.stdoutLines.first?.hasPrefix("Denials (") == true)
        #expect(text.stdout.contains("\n\nDoubts ("))

        let bad = try CommandRunner.run(["contradictions", "--section", "denial"])
        #expect(bad.exitCode == 64)
        #expect(bad.stderr.contains("denials, contradictions, both-sides, sources-disagree, doubts"))
    }

    @Test func doubtsRaisedLaterAreNotYetInAnEarlierView() throws {
        let result = try CommandRunner.run(["contradictions", "--section", "doubts", "--reported-by", "2024-01", "--format", "json"])
        let doubts = objects(try result.jsonObject()["doubts"]).compactMap { ($0["edge"] as? [String: Any])?["id"] as? String }
        #expect(doubts == ["some-us-officials-suspect-deception"], "ISW's and Kuleba's doubts came in May 2024")
    }
}
