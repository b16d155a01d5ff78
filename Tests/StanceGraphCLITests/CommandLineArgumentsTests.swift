import Foundation
import Testing
import StanceGraphTestSupport

/// The command line as people type it: a mistyped subcommand is named with the one meant,
/// and the options every subcommand takes work before its name as after it.
@Suite struct CommandLineArgumentsTests {
    static let graph = "graphs/ceasefire-signals.yaml"

    struct Typo: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var firstLine: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let typos: [Typo] = [
        Typo(arguments: ["expotr", "-o", "x.svg"], firstLine: #"error: unknown command "expotr"; did you mean "export"?"#),
        Typo(arguments: ["stnces", "putin"], firstLine: #"error: unknown command "stnces"; did you mean "stances"?"#),
        Typo(arguments: ["contradiction"], firstLine: #"error: unknown command "contradiction"; did you mean "contradictions"?"#),
        Typo(arguments: ["-g", graph, "vaildate"], firstLine: #"error: unknown command "vaildate"; did you mean "validate"?"#),
        Typo(arguments: ["frobnicate"], firstLine: #"error: unknown command "frobnicate""#),
        // The word is shown as typed, with what a terminal would act on made visible.
        Typo(arguments: ["expor\u{1B}"], firstLine: #"error: unknown command "expor\u{1B}"; did you mean "export"?"#),
    ]

    @Test(arguments: typos)
    func aMistypedSubcommandNamesTheOneMeant(typo: Typo) throws {
        let result = try CommandRunner.run(typo.arguments)
        #expect(result.exitCode == 64, "\(result.stderr)")
        let lines = result.stderr.components(separatedBy: "\n")
        #expect(lines.first == typo.firstLine)
        #expect(lines.dropFirst().first?.hasPrefix("USAGE: stancegraph ") == true, "the usage follows: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: PackageRoot.appending("x.svg").path))
    }

    struct Placement: CustomTestStringConvertible, Sendable {
        var before: [String]
        var after: [String]
        var testDescription: String { before.joined(separator: " ") }
    }

    static let placements: [Placement] = [
        Placement(before: ["-g", graph, "stances", "putin"], after: ["stances", "putin", "-g", graph]),
        Placement(before: ["--graph", graph, "stats"], after: ["stats", "--graph", graph]),
        Placement(before: ["--graph=\(graph)", "who", "ceasefire-current-lines"], after: ["who", "ceasefire-current-lines", "--graph=\(graph)"]),
        Placement(before: ["--color", "never", "--max-errors", "1", "validate", "examples/broken.yaml"],
                  after: ["validate", "examples/broken.yaml", "--color", "never", "--max-errors", "1"]),
        Placement(before: ["--color=always", "-g", "examples/broken.yaml", "stats"], after: ["stats", "-g", "examples/broken.yaml", "--color=always"]),
        Placement(before: ["--max-input-bytes", "100", "stats"], after: ["stats", "--max-input-bytes", "100"]),
        Placement(before: ["--color", "never", "help", "stances"], after: ["help", "stances"]),
    ]

    @Test(arguments: placements)
    func optionsEverySubcommandTakesMayComeBeforeIt(placement: Placement) throws {
        let before = try CommandRunner.run(placement.before)
        let after = try CommandRunner.run(placement.after)
        #expect(before.exitCode == after.exitCode, "\(before.stderr)")
        #expect(before.stdout == after.stdout)
        #expect(before.stderr == after.stderr)
        #expect(!before.stderr.contains("Unknown option"), "\(before.stderr)")
    }

    /// Every option the arrangement moves is one that every subcommand takes.
    @Test(arguments: ["validate", "stats", "export", "contradictions", "timeline", "sources"])
    func everyMovedOptionIsTakenBySubcommands(subcommand: String) throws {
        let options: [[String]] = [["-g", Self.graph], ["--graph", Self.graph], ["--input-format", "yaml"],
                                   ["--max-input-bytes", "100000000"], ["--max-errors", "5"], ["--color", "never"]]
        for option in options {
            let result = try CommandRunner.run(option + [subcommand])
            #expect(result.exitCode == 0, "\(option) \(subcommand): \(result.stderr)")
        }
    }

    @Test(arguments: [[], ["-g", graph], ["--color", "never"]])
    func noSubcommandPrintsTheUsageAndExits64(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.exitCode == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: no command given\nUSAGE: stancegraph [-g <path> ...] [--color <when>] <subcommand>"), "\(result.stderr)")
        #expect(result.stderr.contains("validate, stats, export, path"))
    }
}
