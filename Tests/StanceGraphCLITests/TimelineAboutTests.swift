import Foundation
import Testing
import StanceGraphTestSupport

/// `timeline --about`: one position or condition and what is said about it.
@Suite struct TimelineAboutTests {
    @Test func aboutKeepsTheStancesOnItAndTheClaimsAboutThem() throws {
        let result = try CommandRunner.run(["timeline", "--about", "ceasefire", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let edges = objects(try result.jsonObject()["entries"]).compactMap { $0["edge"] as? [String: Any] }
        let ids = Set(edges.compactMap { $0["id"] as? String })
        #expect(ids.isSuperset(of: ["putin-secret-offer-2022-autumn", "putin-signals-ceasefire-2023",
                                    "some-us-officials-suspect-deception", "former-officials-tell-of-signals", "isw-doubts-back-channel"]))
        #expect(!ids.contains("putin-satisfied-with-territory-2023"), "a stance on another position")
        let text = try CommandRunner.run(["timeline", "--about", "A ceasefire (a halt to hostilities)", "--to", "2023-12-24"])
        #expect(text.stdoutLines.contains { $0.hasPrefix("2023-12-24  Some US officials who suspect deception (December 2023) —doubts→ [Vladimir Putin —supports→ A ceasefire") })
    }

    @Test func aboutTakesAPositionOrCondition() throws {
        let actor = try CommandRunner.run(["timeline", "--about", "putin"])
        #expect(actor.exitCode == 65)
        #expect(actor.stderr.contains("timeline --about"))
        let nothing = try CommandRunner.run(["timeline", "--about", "ceasefire", "--actor", "zelensky", "--to", "2022"])
        #expect(nothing.exitCode == 1)
        #expect(nothing.stdout.isEmpty)
    }
}
