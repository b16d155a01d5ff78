import Foundation
import Testing
import StanceGraphTestSupport

/// The examples of docs/queries.md on names, `find` and `sources` run on the bundled graph and
/// print what the document shows (standard error first; `…` ends a shortened answer).
@Suite struct NameDocumentationTests {
    struct Example: CustomStringConvertible {
        var arguments: [String]
        var expected: [String]
        var shortened: Bool
        var description: String { arguments.joined(separator: " ") }
    }

    static func examples() throws -> [Example] {
        let document = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("docs/queries.md"), encoding: .utf8)
        let start = try #require(document.range(of: "## How names are matched"))
        let end = try #require(document.range(of: "## Diagrams of an answer"))
        var examples: [Example] = []
        for block in document[start.upperBound..<end.lowerBound].components(separatedBy: "```\n").enumerated()
        where block.offset % 2 == 1 {
            for part in block.element.components(separatedBy: "$ stancegraph ").dropFirst() {
                var lines = part.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let command = lines.removeFirst()
                while lines.last == "" { lines.removeLast() }
                let shortened = lines.last == "…"
                if shortened { lines.removeLast() }
                examples.append(Example(arguments: FindCommandTests.words(command), expected: lines, shortened: shortened))
            }
        }
        return examples
    }

    @Test func everyExampleRunsOnTheBundledGraphAsShown() throws {
        let examples = try Self.examples()
        #expect(examples.count == 5)
        for example in examples {
            let result = try CommandRunner.run(example.arguments)
            var actual = (result.stderr + result.stdout).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if actual.last == "" { actual.removeLast() }
            if example.shortened { actual = Array(actual.prefix(example.expected.count)) }
            #expect(actual == example.expected, "\(example)")
        }
    }
}
