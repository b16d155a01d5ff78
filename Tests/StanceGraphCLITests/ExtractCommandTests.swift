import Foundation
import Testing
import StanceGraphTestSupport

@Suite struct ExtractCommandTests {
    static let seedTexts = ["000_d2a5917ef8ef0176", "001_271362cc3b16fc4f", "002_40f9672c1ba480c7", "003_0c1d219b95961d94", "004_922dd51790dd40dd"]

    @Test(arguments: seedTexts)
    func everySeedTextGivesAPatchThatValidatesBesideTheGraph(_ name: String) throws {
        let scratch = try Scratch()
        let patch = scratch.path("patch.yaml")
        let extract = try CommandRunner.run(["extract", "graphs/sources/\(name).txt", "--source-id", "src-draft", "-o", patch])
        #expect(extract.exitCode == 0, "\(extract.stderr)")
        let text = try #require(scratch.contents("patch.yaml"))
        #expect(text.contains("status: candidate"))
        let validate = try CommandRunner.run(["validate", "--sources", "graphs/sources", "graphs/ceasefire-signals.yaml", patch])
        #expect(validate.exitCode == 0, "\(validate.stderr)")
        #expect(validate.stderr.contains("is a candidate awaiting review"))
        #expect(!validate.stderr.contains("error:"))
        // Strict: the candidates are warnings made errors, and nothing else is wrong.
        let strict = try CommandRunner.run(["validate", "--strict", "--sources", "graphs/sources", "graphs/ceasefire-signals.yaml", patch])
        #expect(strict.exitCode == 65)
        let problems = strict.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!problems.isEmpty && problems.allSatisfy { $0.contains("is a candidate awaiting review") }, "\(problems)")
    }

    @Test func theOutputIsDeterministic() throws {
        let first = try CommandRunner.run(["extract", "graphs/sources/001_271362cc3b16fc4f.txt", "--date", "2024-05-24"])
        let second = try CommandRunner.run(["extract", "graphs/sources/001_271362cc3b16fc4f.txt", "--date", "2024-05-24"])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout && !first.stdout.isEmpty)
    }

    @Test func queriesLeaveCandidatesOutUnlessAsked() throws {
        let scratch = try Scratch()
        let patch = scratch.path("patch.yaml")
        #expect(try CommandRunner.run(["extract", "graphs/sources/002_40f9672c1ba480c7.txt", "--source-id", "src-draft", "-o", patch]).exitCode == 0)
        let without = try CommandRunner.run(["export", "--format", "json", "-g", "graphs/ceasefire-signals.yaml", "-g", patch])
        let with = try CommandRunner.run(["export", "--format", "json", "-g", "graphs/ceasefire-signals.yaml", "-g", patch, "--include-candidates"])
        #expect(without.exitCode == 0 && with.exitCode == 0, "\(without.stderr)\(with.stderr)")
        #expect(!without.stdout.contains("\"candidate\"") && !without.stdout.contains("src-draft"))
        #expect(with.stdout.contains("\"status\": \"candidate\""))
    }

    @Test func aTextWithNoStatementsExits1AndWritesNothing() throws {
        let scratch = try Scratch()
        try "The weather was fine. The sun shone all day.\n".write(toFile: scratch.path("a.txt"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["extract", scratch.path("a.txt"), "-o", scratch.path("patch.yaml")])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("no statements found"))
        #expect(scratch.contents("patch.yaml") == nil)
    }

    @Test func aTextInAnotherScriptExits65() throws {
        let scratch = try Scratch()
        try "Путин заявил, что Россия готова к переговорам.\n".write(toFile: scratch.path("a.txt"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["extract", scratch.path("a.txt")])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("not in Latin script"))
        #expect(result.stdout.isEmpty)
    }

    @Test func badOptionsAreUsageErrors() throws {
        #expect(try CommandRunner.run(["extract", "graphs/sources/002_40f9672c1ba480c7.txt", "--date", "2025-13"]).exitCode == 64)
        #expect(try CommandRunner.run(["extract", "graphs/sources/002_40f9672c1ba480c7.txt", "--source-id", "no spaces"]).exitCode == 64)
        #expect(try CommandRunner.run(["extract", "missing.txt"]).exitCode == 66)
        #expect(try CommandRunner.run(["extract", "graphs/sources/002_40f9672c1ba480c7.txt", "--source-id", "putin"]).exitCode == 65)
    }

    /// The review workflow of docs/modelling.md runs as written (with the draft in a scratch folder).
    @Test func theReviewWorkflowInTheModellingGuideRuns() throws {
        let guide = try String(contentsOf: PackageRoot.appending("docs/modelling.md"), encoding: .utf8)
        let section = try #require(guide.components(separatedBy: "## Review workflow").last)
        let block = try #require(section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let commands = block.split(separator: "\n").map(String.init)
        #expect(commands.count == 3)
        let scratch = try Scratch()
        for command in commands {
            var words = command.split(separator: " ").map(String.init)
            #expect(words.removeFirst() == "stancegraph")
            words = words.map { $0 == "draft.yaml" ? scratch.path("draft.yaml") : $0 }
            let result = try CommandRunner.run(words)
            #expect(result.exitCode == 0, "\(command): \(result.stderr)")
        }
        let draft = try #require(scratch.contents("draft.yaml"))
        #expect(draft.contains("id: src-draft-2025-03\n") && draft.contains("status: candidate"))
    }
}
