import Foundation
import Testing
import StanceGraphTestSupport

/// A broken container prints one error and a count of the errors that follow from it; at most
/// --max-errors errors are printed; the summary counts every error.
@Suite struct CascadingErrorsCommandTests {
    private static func write(_ text: String, to scratch: Scratch) throws -> String {
        let path = scratch.path("broken.yaml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The bundled graph with its whole `nodes` list replaced by a string.
    @Test func aNodesListReplacedByAStringPrintsOneErrorAndACount() throws {
        let text = try PackageRoot.text("graphs/ceasefire-signals.yaml")
        let start = try #require(text.range(of: "\nnodes:\n"))
        let end = try #require(text.range(of: "\nedges:\n"))
        let broken = text[..<start.lowerBound] + "\nnodes: \"see the other file\"" + text[end.lowerBound...]
        let scratch = try Scratch()
        let result = try CommandRunner.run(["validate", try Self.write(String(broken), to: scratch)])
        #expect(result.exitCode == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let errors = lines.filter { $0.contains(": error: ") }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasSuffix("error: nodes must be a list, not a string") == true)
        let count = try #require(lines.first { $0.hasPrefix("… and ") }, "\(result.stderr)")
        let following = try #require(Int(count.dropFirst("… and ".count).prefix { $0 != " " }.filter(\.isNumber)))
        #expect(following > 50)
        #expect(count.hasSuffix("errors that follow from it (not shown)"))
        #expect(lines.count <= 50 * 3 + 2, "\(lines.count) lines")
        // The summary counts the error and every one that follows from it.
        let summary = try #require(lines.last)
        let total = (following + 1).formatted(.number.grouping(.never))
        #expect(summary.hasPrefix("\(total) errors in "), "\(summary)")
    }

    /// 120 nodes with an unknown key each: 50 printed, the rest counted.
    @Test func atMostMaxErrorsArePrintedAndTheSummaryCountsAll() throws {
        var text = "version: 1\nnodes:\n"
        for index in 0..<120 { text += "  - {id: a\(index), kind: actor, label: A, colour: red}\n" }
        text += "edges: []\n"
        let scratch = try Scratch()
        let path = try Self.write(text, to: scratch)

        let capped = try CommandRunner.run(["validate", path])
        #expect(capped.exitCode == 65)
        let lines = capped.stderr.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains(": error: ") }.count == 50)
        #expect(lines.contains("note: stopped after 50 errors; 70 more not shown (--max-errors 0 shows all)"), "\(capped.stderr)")
        #expect(lines.last?.hasPrefix("120 errors and 120 warnings in ") == true, "\(lines.last ?? "")")

        let all = try CommandRunner.run(["validate", "--max-errors", "0", path])
        #expect(all.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.count == 120)
        let five = try CommandRunner.run(["validate", "--max-errors", "5", path])
        #expect(five.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.count == 5)
        #expect(try CommandRunner.run(["validate", "--max-errors", "-1", path]).exitCode == 64)
    }

    /// A query command prints a broken graph's errors with the same cap.
    @Test func queriesCapTheirErrorsToo() throws {
        var text = "version: 1\nnodes:\n"
        for index in 0..<60 { text += "  - {id: a\(index), kind: actor, label: A, colour: red}\n" }
        let scratch = try Scratch()
        let result = try CommandRunner.run(["stats", "-g", try Self.write(text, to: scratch), "--max-errors", "3"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.count == 3)
        #expect(result.stderr.contains("note: stopped after 3 errors; 57 more not shown"))
    }
}
