import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// Loads a fixture of `Fixtures/quotes/` and checks its quotes against the texts beside it.
private func verifyFixture(_ name: String, sourcesDirectory: String? = nil) throws -> (diagnostics: [Diagnostic], folder: String) {
    let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/quotes").path
    let input = try GraphInput.read(path: folder + "/" + name).get()
    let result = GraphLoader().load([input])
    let graph = try #require(result.graph, "\(result.report.diagnostics.map(\.formatted))")
    let verifier = QuoteVerifier(baseDirectories: result.sourceBaseDirectories, sourcesDirectory: sourcesDirectory)
    return (verifier.verify(graph), folder)
}

@Suite struct QuoteVerifierTests {
    /// What a broken fixture must report, with the file paths filled in once the fixture folder is known.
    enum Expected: Sendable, CustomTestStringConvertible {
        case quoteNotInSource(quote: String, text: String, closest: String?)
        case passageNotInSource(passage: String, text: String, closest: String?)
        case quoteInOtherSource(quote: String, text: String, otherSource: String, otherText: String)
        case sourceTextMissing(source: String, text: String)
        case sourceUnverifiable(source: String)

        func problem(in folder: String) -> Problem {
            switch self {
            case let .quoteNotInSource(quote, text, closest):
                return .quoteNotInSource(quote: quote, file: "\(folder)/sources/\(text)", closest: closest)
            case let .passageNotInSource(passage, text, closest):
                return .passageNotInSource(passage: passage, file: "\(folder)/sources/\(text)", closest: closest)
            case let .quoteInOtherSource(quote, text, otherSource, otherText):
                return .quoteInOtherSource(quote: quote, file: "\(folder)/sources/\(text)", otherSource: otherSource, otherFile: "\(folder)/sources/\(otherText)")
            case let .sourceTextMissing(source, text):
                return .sourceTextMissing(source: source, file: "\(folder)/sources/\(text)")
            case let .sourceUnverifiable(source):
                return .sourceUnverifiable(source: source)
            }
        }

        var testDescription: String { "\(self)".components(separatedBy: "(").first ?? "\(self)" }
    }

    @Test(arguments: [
        // A typo: "serous" for "serious"; the hint shows the passage as the text has it.
        ("typo.yaml", Diagnostic.Severity.error, 23, 16,
         Expected.quoteNotInSource(quote: "the offer was “not serous” and that talks", text: "statement.txt",
                                   closest: #"the offer was "not serious" and that talks"#)),
        // The spokesman's words cited to the minister's statement.
        ("wrong-source.yaml", .error, 35, 16,
         .quoteInOtherSource(quote: "open to dialogue but does not want an endless war", text: "statement.txt",
                             otherSource: "other", otherText: "other.txt")),
        // The text of a source is not where its file: says.
        ("missing-text.yaml", .error, 8, 5, .sourceTextMissing(source: "other", text: "absent.txt")),
        // A paraphrase's passage that is not in the text, at the passage.
        ("wrong-passage.yaml", .error, 27, 18,
         .passageNotInSource(passage: "called it a 'tactical break'", text: "statement.txt", closest: "called it a 'tactical pause'")),
        // No file: a warning, which --strict makes an error.
        ("no-file.yaml", .warning, 8, 5, .sourceUnverifiable(source: "other")),
    ])
    func reportsTheProblemAtItsLineAndColumn(fixture: String, severity: Diagnostic.Severity, line: Int, column: Int, expected: Expected) throws {
        let (diagnostics, folder) = try verifyFixture(fixture)
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.formatted))")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == severity)
        #expect(diagnostic.problem == expected.problem(in: folder))
        #expect(diagnostic.location == SourceLocation(file: "\(folder)/\(fixture)", line: line, column: column))
        #expect(diagnostic.formatted.hasPrefix("\(folder)/\(fixture):\(line):\(column): \(severity.rawValue): "))
    }

    @Test func aValidGraphHasNothingToReport() throws {
        #expect(try verifyFixture("valid.yaml").diagnostics.isEmpty)
    }

    @Test func theTypoMessageNamesTheTextAndShowsTheClosestPassage() throws {
        let (diagnostics, folder) = try verifyFixture("typo.yaml")
        let line = try #require(diagnostics.first).formatted
        #expect(line == """
            \(folder)/typo.yaml:23:16: error: quote "the offer was “not serous” and that talks" does not occur in \
            \(folder)/sources/statement.txt; the closest passage is "the offer was "not serious" and that talks"
            """)
    }

    @Test func aSourcesFolderReplacesTheGraphsFolder() throws {
        // The fixture's file: names sources/absent.txt; a folder without it still misses it...
        let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/quotes/sources").path
        let (diagnostics, _) = try verifyFixture("missing-text.yaml", sourcesDirectory: folder)
        #expect(diagnostics.map(\.problem) == [.sourceTextMissing(source: "other", file: folder + "/absent.txt")])
        // ...and a folder that has every text by name passes, whatever the path before the name.
        #expect(try verifyFixture("valid.yaml", sourcesDirectory: folder).diagnostics.isEmpty)
    }

    @Test(arguments: [
        // (file:, the graph's folder, --sources, resolved path)
        ("sources/a.txt", "graphs", nil, "graphs/sources/a.txt"),
        ("sources/a.txt", ".", nil, "sources/a.txt"),
        ("sources/a.txt", "graphs/", nil, "graphs/sources/a.txt"),
        ("/texts/a.txt", "graphs", nil, "/texts/a.txt"),
        ("sources/a.txt", "graphs", "elsewhere", "elsewhere/a.txt"),
        ("deep/er/a.txt", "graphs", "/abs/", "/abs/a.txt"),
    ] as [(String, String, String?, String)])
    func resolvesFilePaths(file: String, base: String, sourcesDirectory: String?, expected: String) {
        let verifier = QuoteVerifier(baseDirectories: ["s": base], sourcesDirectory: sourcesDirectory)
        #expect(verifier.path(ofFile: file, source: "s") == expected)
    }

    @Test func unusableTextsAreErrorsAtTheSource() throws {
        let scratch = try Scratch()
        defer { withExtendedLifetime(scratch) {} }  // the folder goes when scratch does
        let folder = scratch.url
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a-folder.txt"), withIntermediateDirectories: true)
        try Data([0x66, 0x6F, 0xFF, 0xFE]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data(repeating: 0x61, count: 200).write(to: folder.appendingPathComponent("long.txt"))
        let graph = """
            version: 1
            nodes:
              - {id: binary, kind: source, label: Binary, file: binary.txt}
              - {id: long, kind: source, label: Long, file: long.txt}
              - {id: folder, kind: source, label: Folder, file: a-folder.txt}
            """
        let result = GraphLoader().load([GraphInput(name: "g.yaml", bytes: Array(graph.utf8), format: .yaml, baseDirectory: folder.path)])
        let verifier = QuoteVerifier(baseDirectories: result.sourceBaseDirectories, maxSourceBytes: 100)
        let problems = verifier.verify(try #require(result.graph)).map(\.problem)
        #expect(problems == [
            .sourceTextUnreadable(source: "binary", file: folder.path + "/binary.txt", issue: .notUTF8),
            .sourceTextUnreadable(source: "long", file: folder.path + "/long.txt", issue: .tooLarge(limit: 100)),
            .sourceTextUnreadable(source: "folder", file: folder.path + "/a-folder.txt", issue: .folder),
        ])
        #expect(Problem.sourceTextUnreadable(source: "long", file: "long.txt", issue: .tooLarge(limit: 100)).message
                == #"the text of source "long", long.txt, is larger than the limit of 100 bytes"#)
    }

    @Test func recordsCitingAnUnreadableSourceAreNotReportedAgain() throws {
        let (diagnostics, _) = try verifyFixture("missing-text.yaml")
        #expect(diagnostics.allSatisfy { if case .sourceTextMissing = $0.problem { true } else { false } })
    }
}
