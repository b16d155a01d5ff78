import Foundation
import Testing
import StanceGraphTestSupport

/// Every example is a test: each command line in a help page's EXAMPLES, in the README and in
/// `docs/*.md` runs, in a copy of the files it names, and exits 0, or the code a comment on its
/// line documents (`# exits 65`).
@Suite struct ExamplesTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var origin: String
        var line: String
        var expectedExit: Int32
        /// The commands before it in the same code block, which it may build on (a file they write).
        var setup: [String] = []
        var testDescription: String { "\(origin): \(line)" }
    }

    static let subcommands = ["validate", "stats", "export", "path", "stances", "who", "neighbors", "contradictions", "timeline", "find", "sources"]

    /// The lines of each help page's EXAMPLES section (the page printed wide, so no example wraps).
    static func helpExamples() throws -> [Example] {
        try subcommands.flatMap { command in
            let help = try CommandRunner.run([command, "--help"], environment: ["COLUMNS": "400"]).stdout
            let lines = help.components(separatedBy: "\n")
            guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "EXAMPLES" }) else { return [Example]() }
            return lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .map { example("\(command) --help", $0) }
        }
    }

    /// The command lines in the fenced code blocks of the README and the docs: lines that run
    /// stancegraph (also at the end of a pipe).
    static func documentExamples() throws -> [Example] {
        let docs = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.url.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        return try (["README.md"] + docs).flatMap { file in
            let text = try String(contentsOf: PackageRoot.url.appendingPathComponent(file), encoding: .utf8)
            var inBlock = false, found: [Example] = [], blockStart = 0
            for line in text.components(separatedBy: "\n") {
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inBlock.toggle(); blockStart = found.count; continue }
                var command = line.trimmingCharacters(in: .whitespaces)
                if command.hasPrefix("$ ") { command.removeFirst(2) }
                // A shown output's exit code: `[exit N]` after its command.
                if inBlock, command.hasPrefix("[exit "), let code = Int32(command.dropFirst(6).prefix { $0.isNumber }), !found.isEmpty {
                    found[found.count - 1].expectedExit = code
                    continue
                }
                guard inBlock, command.hasPrefix("stancegraph ") || command.contains("| stancegraph "), !isSynopsis(command) else { continue }
                var next = example(file, command)
                next.setup = found[blockStart...].map(\.line)
                found.append(next)
            }
            return found
        }
    }

    /// A usage line (`stancegraph path FROM TO [--k N]`) rather than a command to run.
    static func isSynopsis(_ line: String) -> Bool {
        line.contains("[--") || line.contains("[filters]") || line.split(separator: " ").dropFirst(2).contains { word in
            word.count > 2 && word.allSatisfy { $0.isUppercase || $0 == "_" }
        }
    }

    static func example(_ origin: String, _ line: String) -> Example {
        var command = line.trimmingCharacters(in: .whitespaces), expected: Int32 = 0
        if let comment = command.range(of: "  #") {
            let note = command[comment.upperBound...]
            if let exits = note.range(of: "exits ") { expected = Int32(note[exits.upperBound...].prefix { $0.isNumber }) ?? 0 }
            command = String(command[..<comment.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        return Example(origin: origin, line: command, expectedExit: expected)
    }

    static let examples: [Example] = {
        ((try? helpExamples()) ?? []) + ((try? documentExamples()) ?? [])
    }()

    @Test func theExamplesAreFound() throws {
        #expect(try Self.helpExamples().count >= Self.subcommands.count * 2, "every subcommand shows examples")
        #expect(try Self.documentExamples().count >= 20)
    }

    @Test(arguments: examples)
    func runs(example: Example) throws {
        let scratch = try Scratch(prefix: "stancegraph-example")
        for folder in ["graphs", "examples"] {
            try FileManager.default.copyItem(at: PackageRoot.url.appendingPathComponent(folder), to: scratch.url.appendingPathComponent(folder))
        }
        let path = CommandRunner.productsDirectory.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        for step in example.setup {
            _ = try ProcessRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-c", step], in: scratch.url, environment: ["PATH": path, "NO_COLOR": "1"])
        }
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-o", "pipefail", "-c", example.line], in: scratch.url,
                                           environment: ["PATH": path, "NO_COLOR": "1"])
        #expect(result.exitCode == example.expectedExit, "\(example.origin): \(example.line)\n\(result.stderr)")
        withExtendedLifetime(scratch) {}
    }
}
