import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// Pins what the loader's fast paths must not change: interned JSON keys, YAML read without
/// tag resolution (falling back to the full parse), and dates scanned byte by byte.
@Suite struct LoaderFastPathTests {
    private func messages(_ text: String, _ format: InputFormat) -> [String] {
        let result = GraphLoader().load([GraphInput(name: "g", text: text, format: format)])
        return result.report.sorted.map(\.formatted)
    }

    private let yamlGraph = """
        version: 1
        nodes:
          - id: a
            kind: actor
            label: A
          - id: p
            kind: position
            label: P
          - id: b
            kind: actor
            label: B
        edges:
          - id: e
            type: member-of
            from: a
            to: b
        """

    @Test func yamlKeysThatDifferOnlyByTagAreNotDuplicates() {
        let text = yamlGraph.replacingOccurrences(of: "    label: P\n", with: "    label: P\n    1: x\n    \"1\": y\n")
        #expect(messages(text, .yaml) == [
            "g:6:5: warning: position \"p\" has no edges; connect it with an edge or remove it",
            "g:9:5: error: unknown key \"1\" in a node; did you mean \"id\"?",
            "g:10:5: error: unknown key \"1\" in a node; did you mean \"id\"?",
        ])
    }

    @Test func yamlTaggedKeysEqualUnderTheDefaultResolverAreDuplicates() {
        let text = yamlGraph.replacingOccurrences(of: "    label: P\n", with: "    label: P\n    !!int 1: x\n    1: y\n")
        #expect(messages(text, .yaml) == ["g:9:5: error: the key \"1\" appears twice in the same mapping"])
    }

    @Test func yamlPlainDuplicateKeysAreReported() {
        let text = yamlGraph.replacingOccurrences(of: "    label: P\n", with: "    label: P\n    label: Q\n")
        #expect(messages(text, .yaml) == ["g:8:5: error: the key \"label\" appears twice in the same mapping"])
    }

    @Test func jsonEscapedKeysReadAsTheirText() {
        let text = #"{"versi\u006fn": 1, "nodes": [{"\u0069d": "a", "kind": "actor", "label": "x\ty"}], "edges": []}"#
        #expect(messages(text, .json) == ["g:1:31: warning: actor \"a\" has no edges; connect it with an edge or remove it"])
    }

    @Test func jsonColumnsCountUnicodeScalarsAfterLongMultibyteText() {
        let text = #"{"version": 1, "title": "Привет, мир — 🕊️ peace «x» \u00e9", "nodes": [{"id": "a", "kind": "actor", "label": "Зеленський 🇺🇦"}, {"id": "b", "kind": "actor", "label": "y"}], "edges": []}"#
        #expect(messages(text, .json) == [
            "g:1:72: warning: actor \"a\" has no edges; connect it with an edge or remove it",
            "g:1:128: warning: actor \"b\" has no edges; connect it with an edge or remove it",
        ])
    }

    @Test func jsonStringsEndAtTheirQuoteWhateverTheirLength() {
        let long = String(repeating: "abcdefgh", count: 5)
        let text = #"{"version": 1, "title": ""# + long + #"\"x\\y", "nodes": [{"id": "a", "kind": "actor", "label": "ok"}], "edges": [], "description": "tab\t"}"#
        let result = GraphLoader().load([GraphInput(name: "g", text: text, format: .json)])
        #expect(result.graph?.title == long + "\"x\\y")
        #expect(result.graph?.description == "tab\t")
        let broken = #"{"version": 1, "title": ""# + long + "\u{01}" + #"", "nodes": []}"#
        #expect(messages(broken, .json) == ["g:1:66: error: control character (U+01) inside a string; escape it (\\n, \\t, \\u00XX)"])
    }

    @Test func jsonMissingKeysAreReportedInOrder() {
        let text = #"{"version": 1, "nodes": [], "edges": [{"label": "x", "provenance": [{"quote": "q"}]}]}"#
        #expect(messages(text, .json) == [
            "g:1:39: error: an edge is missing the required key \"from\"",
            "g:1:39: error: an edge is missing the required key \"id\"",
            "g:1:39: error: an edge is missing the required key \"to\"",
            "g:1:39: error: an edge is missing the required key \"type\"",
            "g:1:69: error: a provenance record is missing the required key \"attribution\"",
            "g:1:69: error: a provenance record is missing the required key \"source\"",
        ])
    }

    @Test func filesAreReadWholeWhateverTheSizeHint() throws {
        let scratch = try Scratch()
        defer { withExtendedLifetime(scratch) {} }  // the folder goes when scratch does
        let url = scratch.url.appendingPathComponent("read.txt")
        let content = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(content).write(to: url)
        for (hint, limit, expected) in [(content.count, 1 << 20, content.count), (10, 1 << 20, content.count),
                                        (0, 1 << 20, content.count), (0, 1000, 1001), (content.count, 5000, 5001)] {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            let bytes = try #require(GraphInput.readAll(handle.fileDescriptor, sizeHint: hint, limit: limit))
            #expect(bytes.count == expected)
            #expect(bytes.elementsEqual(content.prefix(expected)), "the bytes differ from the file's")
        }
    }

    @Test(arguments: ["2024-", "-2024", "2024--01", "2024-1a", " 2024", "２０２４", "2024-\u{301}01", "20245", "2024-011"])
    func malformedDatesStayMalformed(text: String) {
        #expect(throws: PartialDate.ParseError.malformed) { try PartialDate(parsing: text) }
    }

    @Test func datesParseFromSubstrings() throws {
        let text = "x2024-02-29y"
        let date = try PartialDate(parsing: text.dropFirst().dropLast())
        #expect(date == (try PartialDate(year: 2024, month: 2, day: 29)))
        #expect(throws: PartialDate.ParseError.dayOutOfRange(day: 0, month: 1, year: 2024, daysInMonth: 31)) {
            try PartialDate(parsing: "2024-01-00")
        }
        #expect(throws: PartialDate.ParseError.monthOutOfRange(0)) { try PartialDate(parsing: "2024-00") }
    }
}
