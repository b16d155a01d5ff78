import Foundation
import Testing
import StanceGraphTestSupport

@Suite struct FindCommandTests {
    @Test func findCeasefireListsTheCeasefirePositionsThenEdges() throws {
        let result = try CommandRunner.run(["find", "ceasefire"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdoutLines
        #expect(lines.first == "Nodes (7)")
        #expect(lines[1].hasPrefix("  ceasefire ") && lines[1].contains("position") && lines[1].hasSuffix("A ceasefire (a halt to hostilities)"))
        #expect(lines[2].hasPrefix("  ceasefire-current-lines ") && lines[2].contains("degree 10"))
        #expect(lines[3].hasPrefix("  us-30-day-ceasefire "))
        #expect(lines.contains("Edges (20 of 43; --limit for more)"))
        #expect(lines.contains { $0.hasPrefix("  isw-doubts-any-ceasefire ") && $0.contains("doubts") && $0.contains("isw → ceasefire") })
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func kindAndLimitNarrowTheList() throws {
        let result = try CommandRunner.run(["find", "ceasefire", "--kind", "position", "--limit", "2"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines.first == "Nodes (2 of 5; --limit for more)")
        #expect(result.stdoutLines.count == 3, "no edges with --kind")
    }

    @Test func jsonSaysHowEachItemMatched() throws {
        let json = try CommandRunner.run(["find", "zelenskyi", "--format", "json"]).jsonObject()
        let first = try #require(objects(json["nodes"]).first)
        #expect(first["id"] as? String == "zelensky")
        #expect(first["kind"] as? String == "actor")
        let match = first["match"] as? [String: Any]
        #expect(match?["quality"] as? String == "typo")
        #expect(json["total_nodes"] as? Int == objects(json["nodes"]).count)
    }

    @Test func edgesMatchByTheirEndsAndType() throws {
        let json = try CommandRunner.run(["find", "putin ceasefire", "--format", "json"]).jsonObject()
        #expect(ids(json["edges"]).contains("putin-secret-offer-2022-autumn"))
        #expect(objects(json["edges"]).allSatisfy { $0["from"] is String && $0["to"] is String })
    }

    @Test func theSameQueryPrintsTheSameBytes() throws {
        let first = try CommandRunner.run(["find", "russia"]), second = try CommandRunner.run(["find", "russia"])
        #expect(first.stdout == second.stdout)
    }

    @Test func nothingFoundIsExit1() throws {
        let result = try CommandRunner.run(["find", "xyzzy"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "nothing in the graph is called \"xyzzy\" or has those words in its names\n")
    }

    @Test func controlCharactersAreNotPrinted() throws {
        let result = try CommandRunner.run(["find", "x\u{1B}[31m"])
        #expect(result.exitCode == 1)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains("\\u{1B}"))
    }

    @Test func helpHasWorkingExamplesAndExitCodes() throws {
        let help = try CommandRunner.run(["find", "--help"]).stdout
        #expect(help.contains("EXIT CODES\n  0   success"))
        let examples = help.components(separatedBy: "EXAMPLES\n").dropFirst().first?.components(separatedBy: "\n\n").first ?? ""
        let commands = examples.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(commands.count == 4)
        for command in commands {
            let result = try CommandRunner.run(Self.words(command).dropFirst().map { $0 })
            #expect(result.exitCode == 0, "\(command): \(result.stderr)")
        }
    }

    /// The words of a shell command line with double-quoted words and no escapes.
    static func words(_ line: String) -> [String] {
        line.components(separatedBy: "\"").enumerated().flatMap { index, part in
            index % 2 == 1 ? [part] : part.split(separator: " ").map(String.init)
        }
    }
}

/// Names as people type them, in every command: a name taken by its words or as a typo is said.
@Suite struct NameNoteTests {
    @Test(arguments: [
        ("ceasefire on current lines", "ceasefire-current-lines (A ceasefire that freezes the war on the current front lines)"),
        ("current lines", "ceasefire-current-lines (A ceasefire that freezes the war on the current front lines)"),
        ("30-day ceasefire", "us-30-day-ceasefire (The 30-day ceasefire the US proposed (March 2025))"),
    ])
    func aNameTakenByItsWordsIsSaidOnStandardError(name: String, node: String) throws {
        let result = try CommandRunner.run(["who", name])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr == "note: taking \"\(name)\" as \(node)\n")
        #expect(!result.stdout.contains("note:"))
    }

    @Test func anExactNameIsTakenSilently() throws {
        for name in ["ceasefire-current-lines", "Zelenskyy", "Vladimir Putin", "CEASEFIRE current-lines"] {
            let result = try CommandRunner.run(["neighbors", name])
            #expect(result.exitCode == 0, "\(name): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(name)")
        }
    }

    @Test func typosAndAccentsAreTakenAndSaid() throws {
        for name in ["zelenskyi", "ZÉLENSKY"] {
            let result = try CommandRunner.run(["stances", name])
            #expect(result.stderr.hasPrefix("note: taking \"\(name)\" as zelensky (Volodymyr Zelensky)\n"), "\(result.stderr)")
        }
        let path = try CommandRunner.run(["path", "kremln chief", "current lines"])
        #expect(path.exitCode == 0, "\(path.stderr)")
        #expect(path.stderr.split(separator: "\n").count == 2)
    }

    @Test func equallyGoodMatchesAreAmbiguous() throws {
        let result = try CommandRunner.run(["stances", "russian sources"])
        #expect(result.exitCode == 65)
        #expect(result.stderr == """
            error: "russian sources" could be any of 2 nodes; name one by its id:
              russian-sources-reuters-2024-05  Four Russian sources (Reuters, May 2024) (actor)
              russian-sources-reuters-2024-02  Three Russian sources (Reuters, February 2024) (actor)

            """)
    }

    @Test func exportAndTimelineTakeNamesTheSameWay() throws {
        let export = try CommandRunner.run(["export", "--actor", "current lines", "--format", "json"])
        #expect(export.exitCode == 0, "\(export.stderr)")
        #expect(export.stderr.hasPrefix("note: taking \"current lines\" as ceasefire-current-lines"))
        let timeline = try CommandRunner.run(["timeline", "--actor", "zelenskyi"])
        #expect(timeline.stderr.hasPrefix("note: taking \"zelenskyi\" as zelensky"), "\(timeline.stderr)")
    }

    @Test func completionOffersNodeIDs() throws {
        let result = try CommandRunner.run(["---completion", "stances", "--", "positional@0", "2", "2", "stancegraph", "stances", "ku"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == ["kuleba", "kursk-offensive"])
        let path = try CommandRunner.run(["---completion", "path", "--", "positional@1", "5", "0", "stancegraph", "path",
                                          "-g", "no-such-graph.yaml", "putin", ""])
        #expect(path.stdout.isEmpty, "an unreadable graph offers nothing")
    }
}
