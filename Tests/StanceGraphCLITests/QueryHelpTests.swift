import Testing
import StanceGraphTestSupport

@Suite struct QueryHelpTests {
    @Test(arguments: ["path", "stances", "who", "neighbors", "contradictions", "timeline"])
    func everyQueryDocumentsItselfWithExamples(command: String) throws {
        let result = try CommandRunner.run([command, "--help"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("EXAMPLES\n  stancegraph \(command)"))
        #expect(result.stdout.contains("--format <format>"))
        #expect(result.stdout.contains("--as-of <date>"), "the shared filters")
    }

    @Test func pathHelpExplainsNamesAndModes() throws {
        let help = try CommandRunner.run(["path", "--help"]).stdout
        #expect(help.contains("ids, labels or aliases"))
        for option in ["--all-shortest", "-k, --k <n>", "--max-hops <n>", "--limit <n>", "--directed", "--via <type>", "--exclude-type <type>", "--through-sources"] {
            #expect(help.contains(option), "\(option)")
        }
    }
}
