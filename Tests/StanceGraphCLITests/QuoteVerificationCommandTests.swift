import Foundation
import Testing
import StanceGraphTestSupport

/// `stancegraph validate` checks every quote of the bundled graph against its texts.
@Suite struct QuoteVerificationCommandTests {
    static let bundledGraph = "graphs/ceasefire-signals.yaml"
    static var sourcesFolder: String { CommandRunner.packageRoot.appendingPathComponent("graphs/sources").path }

    /// The bundled graph with one quote changed, and the line and column where that quote starts.
    private static func brokenGraph(replacing original: String, with broken: String) throws -> (text: String, line: Int, column: Int) {
        let text = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent(bundledGraph), encoding: .utf8)
        let needle = "quote: \"\(original)\""
        let range = try #require(text.range(of: needle), "the bundled graph no longer quotes \(original)")
        let changed = text.replacingCharacters(in: range, with: "quote: \"\(broken)\"")
        let before = text[..<range.lowerBound]
        let line = before.count(where: { $0 == "\n" }) + 1
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let column = text[lineStart..<range.lowerBound].count + "quote: ".count + 1
        return (changed, line, column)
    }

    @Test func theBundledGraphPassesStrictQuoteVerification() throws {
        let result = try CommandRunner.run(["validate", "--strict", "--sources", "graphs/sources", Self.bundledGraph])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\(Self.bundledGraph): valid ("))
        #expect(!result.stdout.contains("warning"))
    }

    @Test func withoutSourcesTheTextsBesideTheGraphAreUsed() throws {
        let result = try CommandRunner.run(["validate", "--strict", Self.bundledGraph])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func aBrokenQuoteIsExit65AtItsLineAndColumnWithTheClosestPassage() throws {
        let broken = try Self.brokenGraph(replacing: "Putin is also ready for a ceasefire – to ‘freeze’ the war",
                                          with: "Putin is also ready for a ceasfire – to ‘freeze’ the war")
        let scratch = try Scratch()
        let file = scratch.url.appendingPathComponent("broken.yaml")
        try broken.text.write(to: file, atomically: true, encoding: .utf8)

        let result = try CommandRunner.run(["validate", "--strict", "--sources", Self.sourcesFolder, file.path])
        #expect(result.exitCode == 65)
        #expect(result.stdout.isEmpty)
        let errorLines = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        let pattern = try Regex(#"^\S+broken\.yaml:\d+:\d+: error: "#)
        #expect(!errorLines.isEmpty)
        #expect(errorLines.allSatisfy { $0.prefixMatch(of: pattern) != nil }, "\(errorLines)")
        let expected = "\(file.path):\(broken.line):\(broken.column): error: quote \"Putin is also ready for a ceasfire – to ‘freeze’ the war\" "
            + "does not occur in \(Self.sourcesFolder)/001_271362cc3b16fc4f.txt; "
            + "the closest passage is \"Putin is also ready for a ceasefire - to 'freeze' the war\""
        #expect(errorLines.map(String.init) == [expected])
        #expect(result.stderr.contains("1 error in \(file.path)"))
    }

    @Test func aQuoteCitedToTheWrongTextNamesTheRightOne() throws {
        // Kuleba's words are in the summary, not in the Reuters text the broken copy cites.
        var text = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent(Self.bundledGraph), encoding: .utf8)
        let record = """
                  - source: src-summary-2024-05
                    date: 2024-05
                    attribution: on-the-record
                    quote: "Kuleba accused Putin
            """
        let range = try #require(text.range(of: record))
        text.replaceSubrange(range, with: record.replacingOccurrences(of: "src-summary-2024-05", with: "src-reuters-skai-2024-05-24"))
        let scratch = try Scratch()
        let file = scratch.url.appendingPathComponent("wrong-source.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)

        let result = try CommandRunner.run(["validate", "--sources", Self.sourcesFolder, file.path])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains(": error: quote \"Kuleba accused Putin of sending “phony signals” to derail the upcoming peace su…\" does not occur in \(Self.sourcesFolder)/001_271362cc3b16fc4f.txt, the text of the source it cites; it occurs in \(Self.sourcesFolder)/000_d2a5917ef8ef0176.txt: cite source \"src-summary-2024-05\" instead"), "\(result.stderr)")
    }

    @Test func textsThatCannotBeFoundAreExit65AtEachSource() throws {
        // A copy away from graphs/: its file: paths resolve next to it, where there are no texts.
        let scratch = try Scratch()
        let file = scratch.url.appendingPathComponent("moved.yaml")
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent(Self.bundledGraph), to: file)

        let result = try CommandRunner.run(["validate", file.path])
        #expect(result.exitCode == 65)
        let errorLines = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errorLines.count == 5, "\(errorLines)")
        #expect(errorLines.allSatisfy { $0.contains("is missing: no file \(scratch.url.path)/sources/") && $0.hasSuffix("put the text there, or name the folder of source texts (--sources)") })

        // With the texts copied beside it, the same copy passes without --sources.
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.sourcesFolder), to: scratch.url.appendingPathComponent("sources"))
        let beside = try CommandRunner.run(["validate", "--strict", file.path])
        #expect(beside.exitCode == 0, "\(beside.stderr)")
    }

    @Test func aSourcesFolderThatIsNotThereIsExit66() throws {
        let result = try CommandRunner.run(["validate", "--sources", "no/such/folder", Self.bundledGraph])
        #expect(result.exitCode == 66)
        #expect(result.stderr.contains(#"--sources "no/such/folder" is not a folder"#))
        #expect(result.stdout.isEmpty)
    }

    @Test func helpDocumentsQuoteVerification() throws {
        let help = try CommandRunner.run(["validate", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("--sources <dir>"))
        #expect(help.stdout.contains("closest"))
    }
}
