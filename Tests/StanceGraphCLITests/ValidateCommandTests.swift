import Foundation
import Testing
import StanceGraphTestSupport

@Suite struct ValidateCommandTests {
    private static func temporaryFile(_ name: String, _ contents: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stancegraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private static var bundledGraph: String {
        get throws {
            try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("graphs/ceasefire-signals.yaml"), encoding: .utf8)
        }
    }

    @Test func theBundledGraphIsValid() throws {
        let result = try CommandRunner.run(["validate", "graphs/ceasefire-signals.yaml"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("graphs/ceasefire-signals.yaml: valid ("))
    }

    @Test func aBrokenCopyOfTheBundledGraphGivesOneLinePerFaultAndExit65() throws {
        var text = try Self.bundledGraph
        // Three faults: a reference to a missing id, an unknown key, an impossible date.
        let firstFrom = try #require(text.range(of: "\n    from: "))
        let lineEnd = text[firstFrom.upperBound...].firstIndex(of: "\n")!
        text.replaceSubrange(firstFrom.upperBound..<lineEnd, with: "nobody-at-all")
        let firstLabel = try #require(text.range(of: "    label: "))
        text.replaceSubrange(firstLabel, with: "    lable: ")
        let firstDate = try #require(text.range(of: "date: 2024-05-24"))
        text.replaceSubrange(firstDate, with: "date: 2024-02-30")
        let file = try Self.temporaryFile("broken.yaml", text)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }

        let result = try CommandRunner.run(["validate", file.path])
        #expect(result.exitCode == 65)
        #expect(result.stdout.isEmpty)
        let errorLines = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        let pattern = try Regex(#"^\S+broken\.yaml:\d+:\d+: error: "#)
        #expect(errorLines.allSatisfy { $0.prefixMatch(of: pattern) != nil }, "\(errorLines)")
        #expect(errorLines.contains { $0.contains(#"refers to "nobody-at-all", which is not defined"#) })
        #expect(errorLines.contains { $0.contains(#"unknown key "lable""#) })
        #expect(errorLines.contains { $0.contains(#"date "2024-02-30" does not exist"#) })
    }

    @Test(arguments: [
        // (arguments, stdin, expected exit code, expected text on stderr)
        (["validate", "graphs/ceasefire-signals.yaml"], nil, 0, ""),
        (["validate", "no/such/file.yaml"], nil, 66, #"cannot read the input: no such file "no/such/file.yaml""#),
        (["validate", "graphs"], nil, 66, "is a folder"),
        (["validate", "README.md"], nil, 66, "cannot tell the format"),
        (["validate", "--input-format", "json", "-"], "{\"version\": 1, \"nodes\": [{\"id\": \"x\"}]}", 65, #"<stdin>:1:26: error: node "x" is missing the required key "kind""#),
        (["validate", "-"], "", 64, "needs --input-format"),
        (["validate", "--no-such-flag"], nil, 64, "Unknown option '--no-such-flag'"),
        (["validate", "--max-input-bytes", "10", "graphs/ceasefire-signals.yaml"], nil, 65, "larger than the limit of 10 bytes"),
        (["stats", "--graph", "missing.json"], nil, 66, "no such file"),
    ] as [([String], String?, Int32, String)])
    func exitCodes(arguments: [String], stdin: String?, exitCode: Int32, stderr: String) throws {
        let result = try CommandRunner.run(arguments, stdin: stdin)
        #expect(result.exitCode == exitCode, "stderr: \(result.stderr)")
        if !stderr.isEmpty { #expect(result.stderr.contains(stderr), "stderr: \(result.stderr)") }
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let graph = """
            version: 1
            nodes:
              - {id: lonely, kind: actor, label: Nobody}
            """
        let file = try Self.temporaryFile("lonely.yaml", graph)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let relaxed = try CommandRunner.run(["validate", file.path])
        #expect(relaxed.exitCode == 0)
        #expect(relaxed.stderr.contains("lonely.yaml:3:5: warning: actor \"lonely\" has no edges"))
        let strict = try CommandRunner.run(["validate", "--strict", file.path])
        #expect(strict.exitCode == 65)
        #expect(strict.stderr.contains("lonely.yaml:3:5: error: actor \"lonely\" has no edges"))
    }

    @Test(arguments: ["empty.yaml", "empty.json"])
    func anEmptyFileIsInvalidDataAtItsFirstLine(name: String) throws {
        let file = try Self.temporaryFile(name, "")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["validate", file.path])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("\(name):1:1: error: the document must be a mapping"), "\(result.stderr)")
        #expect(result.stderr.contains("not an empty file"), "\(result.stderr)")
    }

    @Test func colourOnlyWhenAskedForByATerminal() throws {
        let result = try CommandRunner.run(["validate", "no/such.yaml"])
        #expect(!result.stderr.contains("\u{1B}["))
    }

    @Test func versionAndHelp() throws {
        let version = try CommandRunner.run(["--version"])
        #expect(version.exitCode == 0)
        #expect(version.stdout.hasPrefix("stancegraph "), "the format is StanceGraphCommandTests'")
        let help = try CommandRunner.run(["validate", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("EXAMPLES"))
        let root = try CommandRunner.run(["--help"])
        #expect(root.stdout.contains("65  invalid graph data"))
    }
}
