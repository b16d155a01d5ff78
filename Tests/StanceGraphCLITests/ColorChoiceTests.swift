import Foundation
import Testing
import StanceGraphTestSupport

/// `--color auto|always|never`, NO_COLOR and TERM=dumb, on a terminal and in a pipe.
@Suite struct ColorChoiceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var options: [String]
        var environment: [String: String]
        var onTerminal: Bool
        var coloured: Bool
        var testDescription: String {
            let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return (variables + options).joined(separator: " ") + (onTerminal ? " on a terminal" : " in a pipe")
        }
    }

    static let plain = ["NO_COLOR": "", "TERM": "xterm"]

    static let cases: [Case] = [
        Case(options: [], environment: plain, onTerminal: true, coloured: true),
        Case(options: [], environment: plain, onTerminal: false, coloured: false),
        Case(options: ["--color", "auto"], environment: plain, onTerminal: true, coloured: true),
        Case(options: ["--color", "auto"], environment: plain, onTerminal: false, coloured: false),
        Case(options: [], environment: ["NO_COLOR": "1", "TERM": "xterm"], onTerminal: true, coloured: false),
        Case(options: [], environment: ["NO_COLOR": "", "TERM": "dumb"], onTerminal: true, coloured: false),
        Case(options: ["--color", "always"], environment: plain, onTerminal: false, coloured: true),
        Case(options: ["--color", "always"], environment: ["NO_COLOR": "1", "TERM": "dumb"], onTerminal: false, coloured: true),
        Case(options: ["--color", "never"], environment: plain, onTerminal: true, coloured: false),
        Case(options: ["--color=never"], environment: plain, onTerminal: true, coloured: false),
    ]

    /// `script` (util-linux) gives the command a terminal of its own.
    static let canUseTerminal = ProcessRunner.find("script") != nil || ProcessInfo.processInfo.environment["CI"] != nil

    @Test(arguments: cases.filter { !$0.onTerminal })
    func inAPipe(testCase: Case) throws {
        let result = try CommandRunner.run(Self.arguments(testCase), environment: testCase.environment)
        try Self.check(result, testCase)
    }

    @Test(.enabled(if: canUseTerminal, "needs script (util-linux)"), arguments: cases.filter(\.onTerminal))
    func onATerminal(testCase: Case) throws {
        let script = try #require(ProcessRunner.find("script"))
        let line = ([CommandRunner.executable.path] + Self.arguments(testCase)).map { "'\($0)'" }.joined(separator: " ")
        let result = try ProcessRunner.run(URL(fileURLWithPath: script), ["-qec", line, "/dev/null"],
                                           in: PackageRoot.url, environment: testCase.environment)
        try Self.check(result, testCase)
    }

    static func arguments(_ testCase: Case) -> [String] { ["validate", "examples/broken.yaml"] + testCase.options }

    static func check(_ result: CommandResult, _ testCase: Case) throws {
        let output = result.stdout + result.stderr
        #expect(result.exitCode == 65, "\(output)")
        #expect(output.contains("error:"), "\(output)")
        #expect(output.contains("\u{1B}[") == testCase.coloured, "\(output)")
    }

    @Test func anUnknownChoiceIsAUsageError() throws {
        let result = try CommandRunner.run(["stats", "--color", "sometimes"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("sometimes"))
        #expect(result.stderr.contains("auto"))
    }
}
