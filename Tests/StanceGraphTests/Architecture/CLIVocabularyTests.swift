import Foundation
import Testing
import StanceGraphTestSupport

/// The library knows nothing of the command line: no file of `Sources/StanceGraph` names a CLI
/// option (`--word`), in code, strings or comments. The CLI turns its options into the
/// library's values, and says in its own words which option a message is about.
@Suite struct CLIVocabularyTests {
    /// Mentions the sources have today, being fixed in the sources. The test fails for any
    /// other one, and for any of these that is gone: take it off the list then.
    static let pendingViolations: [String] = []

    /// `file: --option`, once per option a file names, in the order of the files.
    static func mentions() throws -> [String] {
        let library = LayeringTests.library
        var found: [String] = []
        for file in try LayeringTests.files() {
            let text = try String(contentsOf: library.appendingPathComponent(file), encoding: .utf8)
            var seen: Set<String> = []
            for option in options(in: text) where seen.insert(option).inserted {
                found.append("\(file): \(option)")
            }
        }
        return found
    }

    /// The `--word` and `--two-words` in `text`, where not part of a longer word or dash run.
    static func options(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9_-])--[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"#)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range, in: text).map { String(text[$0]) }
        }
    }

    @Test func thePatternFindsOptions() {
        let text = "pass `--max-input-bytes N`, or \"--sources\" (--as-of); not i--, a---b, x--y or // ----"
        #expect(Self.options(in: text) == ["--max-input-bytes", "--sources", "--as-of"])
    }

    @Test func noLibraryFileNamesACLIOption() throws {
        let found = try Self.mentions()
        let new = found.filter { !Self.pendingViolations.contains($0) }
        let fixed = Self.pendingViolations.filter { !found.contains($0) }
        #expect(new.isEmpty, "CLI options named in the library (say it in the library's terms; the CLI names its options):\n\(new.joined(separator: "\n"))")
        #expect(fixed.isEmpty, "fixed, so take these off CLIVocabularyTests.pendingViolations:\n\(fixed.joined(separator: "\n"))")
    }
}
