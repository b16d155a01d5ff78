import Foundation
import Testing
import StanceGraphTestSupport

/// On a large file, where nearly every edge takes the loader's fast path, an error near the end
/// is still reported at its exact line and column, with the line quoted and a caret under it.
@Suite struct LargeFileDiagnosticsTests {
    static let edgeCount = 100_000

    /// A valid graph of `edgeCount` edges, one per line, with multibyte text before the values
    /// (columns count Unicode scalars); `broken` replaces the line of edge `index`.
    static func graph(breaking index: Int, with broken: String) -> (text: String, line: Int) {
        var lines = [#"{"version": 1, "nodes": ["#]
        for actor in 0..<100 { lines.append(#"  {"id": "actor-\#(actor)", "kind": "actor", "label": "Актор \#(actor) 🕊️"},"#) }
        for position in 0..<100 { lines.append(#"  {"id": "pos-\#(position)", "kind": "position", "label": "Position \#(position)"},"#) }
        lines.append(#"  {"id": "src-1", "kind": "source", "label": "Source"}"#)
        lines.append(#"], "edges": ["#)
        let firstEdgeLine = lines.count + 1
        for edge in 0..<edgeCount {
            let text = edge == index ? broken
                : #"  {"id": "e-\#(edge)", "type": "supports", "from": "actor-\#(edge % 100)", "to": "pos-\#(edge % 97)", "provenance": [{"source": "src-1", "date": "2024-05-0\#(edge % 9 + 1)", "attribution": "on-the-record", "quote": "«мир» \#(edge) 🇺🇦"}]}"#
            lines.append(text + (edge == edgeCount - 1 ? "" : ","))
        }
        lines.append("]}")
        return (lines.joined(separator: "\n") + "\n", firstEdgeLine + index)
    }

    static let cases: [(broken: String, needle: String, message: String)] = [
        (#"  {"id": "e-late", "type": "supports", "from": "actor-1", "to": "pos-1", "provenance": [{"source": "src-1", "date": "2024-13-01", "attribution": "on-the-record", "quote": "«мир» 🇺🇦"}]}"#,
         #""2024-13-01""#, "2024-13-01"),
        (#"  {"id": "e-late", "type": "supports" "from": "actor-1", "to": "pos-1"}"#,
         #""from""#, "error: expected \",\" or \"}\" in the object, found"),
        (#"  {"id": "e-late", "type": "supports", "from": "актор-1", "to": "pos-1"}"#,
         #""актор-1""#, "error: invalid id \"актор-1\""),
    ]

    @Test(arguments: cases)
    func anErrorNearTheEndKeepsItsLineColumnAndSnippet(broken: String, needle: String, message: String) throws {
        let (text, line) = Self.graph(breaking: Self.edgeCount - 7, with: broken)
        let scratch = try Scratch(prefix: "stancegraph-large")
        let file = scratch.path("large.json")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["validate", "-g", file])
        #expect(result.exitCode == 65)
        let column = broken[..<broken.range(of: needle)!.lowerBound].unicodeScalars.count + 1
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("\(file):\(line):\(column): ") }, "\(result.stderr.prefix(2000))")
        #expect(lines[heading].contains(message), "\(lines[heading])")
        #expect(lines[heading + 1] == broken + ",")
        #expect(lines[heading + 2] == String(repeating: " ", count: column - 1) + "^")
    }
}
