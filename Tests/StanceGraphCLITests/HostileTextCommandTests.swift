import Foundation
import Testing
import StanceGraphTestSupport

/// A graph whose names, labels and quotes carry terminal escape sequences, a bell, NUL, the C1
/// control CSI (0x9B), a right-to-left override and a zero-width space: nothing of it may reach
/// the terminal as it is. Every command shows such characters as `\u{1B}`, `\u{202E}`.
@Suite struct HostileTextCommandTests {
    /// YAML double-quoted escapes: `\e` ESC, `\a` BEL, `\0` NUL, `\x9B` CSI, `\u202E` RLO.
    static let graph = #"""
        version: 1
        title: "Hostile \e]0;pwned\a terminal"
        nodes:
          - id: src-evil
            kind: source
            label: "Evil \e[2J wire"
            published: 2024-05-01
          - id: putin
            kind: actor
            subtype: person
            label: "Vladimir \e[31mPutin\e[0m"
            aliases: ["Pu\u200Btin"]
            side: russia
          - id: kuleba
            kind: actor
            subtype: person
            label: "Dmytro \u202Eabeluk\u202C Kuleba\a"
            side: ukraine
          - id: ceasefire
            kind: position
            label: "Cease\x9B2Jfire \0 now"
        edges:
          - id: e1
            type: supports
            from: putin
            to: ceasefire
            provenance:
              - source: src-evil
                date: 2024-05-01
                attribution: on-the-record
                quote: "We want \e[8m hidden \e[28m peace\a and \u202E reversed"
          - id: e2
            type: opposes
            from: kuleba
            to: ceasefire
            provenance:
              - source: src-evil
                date: 2024-05-02
                attribution: on-the-record
                quote: "No\x9B1;1H freeze\0 ever"
        """#

    /// Whether `text` holds a character a terminal would act on or that is invisible; tabs and
    /// line feeds (the layout of the output itself) aside.
    static func unsafeCharacters(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x09, 0x0A: return false
            case 0..<0x20, 0x7F...0x9F: return true
            default:
                switch scalar.properties.generalCategory {
                case .format, .control, .lineSeparator, .paragraphSeparator: return true
                default: return false
                }
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    static func run(_ arguments: [String], graph: String = graph, name: String = "hostile.yaml") throws -> (CommandResult, Scratch) {
        let scratch = try Scratch()
        try graph.write(toFile: scratch.path(name), atomically: true, encoding: .utf8)
        return (try CommandRunner.run(arguments + ["-g", scratch.path(name)]), scratch)
    }

    @Test(arguments: [
        (["validate"], "valid (4 nodes, 2 edges"),
        (["path", "putin", "kuleba"], #"Vladimir \u{1B}[31mPutin\u{1B}[0m (putin)"#),
        (["path", "putin", "kuleba", "--full"], #"We want \u{1B}[8m hidden \u{1B}[28m peace\u{7} and \u{202E} reversed"#),
        (["stances", "kuleba"], #"No\u{9B}1;1H freeze\u{0} ever"#),
        (["stances", "putin"], #"Vladimir \u{1B}[31mPutin\u{1B}[0m (putin)"#),
        (["find", "dmytro"], #"Dmytro \u{202E}abeluk\u{202C} Kuleba\u{7}"#),
        (["find", "ceasefire"], #"Cease\u{9B}2Jfire \u{0} now"#),
        (["path", "pu\u{200B}tin", "nobody\u{1B}[2J"], #"no node is called "nobody\u{1B}[2J""#),
        (["find", "\u{1B}]0;title\u{7}"], #"nothing in the graph is called "\u{1B}]0;title\u{7}""#),
        (["sources"], #"Evil \u{1B}[2J wire"#),
        (["stats"], #"Evil \u{1B}[2J wire"#),
    ])
    func everyCommandShowsControlsAsEscapes(arguments: [String], expected: String) throws {
        let (result, _) = try Self.run(arguments)
        let output = result.stdout + result.stderr
        #expect(Self.unsafeCharacters(in: output).isEmpty, "\(arguments): \(output.debugDescription)")
        #expect(output.contains(expected), "\(arguments): \(output)")
    }

    @Test func jsonOutputKeepsTheExactText() throws {
        let (result, _) = try Self.run(["find", "dmytro", "--format", "json"])
        #expect(result.exitCode == 0)
        let object = try result.jsonObject()
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.first?["label"] as? String == "Dmytro \u{202E}abeluk\u{202C} Kuleba\u{7}")
    }

    /// A diagnostic quotes the line it is about: a raw ESC there is shown as `\u{1B}`, and the
    /// caret still stands under the key the error is about, counted over the escaped text.
    @Test func snippetsEscapeTheLineAndKeepTheCaretUnderTheColumn() throws {
        let text = "version: 1\nnodes:\n  - {id: a, label: \"\u{202E}x\u{200B}y\", kind: actor, lable: z}\nedges: []\n"
        let (result, _) = try Self.run(["validate"], graph: text)
        #expect(result.exitCode == 65)
        #expect(Self.unsafeCharacters(in: result.stderr).isEmpty, "\(result.stderr.debugDescription)")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let message = try #require(lines.firstIndex { $0.contains(#"unknown key "lable""#) }, "\(result.stderr)")
        let snippet = message + 1
        #expect(lines[snippet] == #"  - {id: a, label: "\u{202E}x\u{200B}y", kind: actor, lable: z}"#)
        let caret = lines[snippet + 1]
        #expect(caret.hasSuffix("^"))
        let column = caret.count - 1
        #expect(Array(lines[snippet])[column...].starts(with: "lable"), "\(lines[snippet])\n\(caret)")
    }

    /// A raw control character that the YAML parser refuses: the line it quotes is escaped.
    @Test func aRawEscapeInTheFileIsShownEscapedInTheSnippet() throws {
        let text = "version: 1\nnodes:\n  - id: a\n    label: \"\u{1B}[2J\u{7}\"\n"
        let (result, _) = try Self.run(["validate"], graph: text)
        #expect(result.exitCode == 65)
        #expect(Self.unsafeCharacters(in: result.stderr).isEmpty, "\(result.stderr.debugDescription)")
    }

    @Test func aRawEscapeInJSONIsShownEscapedInTheSnippet() throws {
        let text = "{\"version\": 1, \"nodes\": [{\"id\": \"a\", \"label\": \"\u{1B}[2J\u{9B}\"}]}\n"
        let (result, _) = try Self.run(["validate"], graph: text, name: "hostile.json")
        #expect(result.exitCode == 65)
        #expect(Self.unsafeCharacters(in: result.stderr).isEmpty, "\(result.stderr.debugDescription)")
        #expect(result.stderr.contains(#"\u{1B}[2J"#), "\(result.stderr)")
    }
}
