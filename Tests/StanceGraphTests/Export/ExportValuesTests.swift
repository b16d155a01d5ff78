import Testing
@testable import StanceGraph

@Suite struct ExportFormatTests {
    @Test(arguments: [
        ("graph.dot", ExportFormat?.some(.dot)), ("graph.gv", .dot), ("out/Graph.SVG", .svg), ("a.png", .png), ("a.pdf", .pdf),
        ("a.graphml", .graphml), ("a.json", .json), ("neo4j.csv", .csv), ("neo4j.csv/", .csv), ("dir.d/graph.gv", .dot),
        ("graph", nil), ("graph.txt", nil), (".dot", nil), ("archive.tar.gz", nil), ("-", nil),
    ])
    func infersTheFormatFromTheExtension(path: String, format: ExportFormat?) {
        #expect(ExportFormat.inferred(fromPath: path) == format)
    }

    @Test func diagramFormatsAreRenderingsOfDOT() {
        #expect(ExportFormat.allCases.filter(\.isDiagram) == [.dot, .svg, .png, .pdf])
        #expect(ExportFormat.allCases.compactMap(\.diagramFormat) == DiagramFormat.allCases)
        #expect(ExportFormat.allCases.filter(\.isFolder) == [.csv])
    }
}

@Suite struct ExportValuesTests {
    static func record(_ date: String?, _ source: String) throws -> Provenance {
        Provenance(source: source, date: try date.map { try PartialDate(parsing: $0) }, attribution: .onTheRecord, quote: source)
    }

    /// Single-valued edge fields come from the earliest dated record, the first of equals, else the first record.
    @Test(arguments: [
        ([("2024-05-24", "a"), ("2024-05", "b")], "b"),
        ([(nil, "a"), ("2025", "b"), ("2024-12-31", "c")], "c"),
        ([("2024", "a"), ("2024", "b")], "a"),
        ([(nil, "a"), (nil, "b")], "a"),
    ] as [([(String?, String)], String)])
    func picksThePrimaryRecord(records: [(String?, String)], primary: String) throws {
        let edge = Edge(id: "e", type: .supports, from: "a", to: "p", provenance: try records.map { try Self.record($0.0, $0.1) })
        #expect(edge.leadRecord?.source == primary)
    }

    @Test(arguments: [
        (Role(title: "spokesman"), "spokesman"),
        (Role(title: "spokesman", of: "putin"), "spokesman (of putin)"),
        (try! Role(title: "Minister", of: "gov", from: PartialDate(parsing: "2020-05"), until: PartialDate(parsing: "2024")),
         "Minister (of gov, from 2020-05, until 2024)"),
    ])
    func flattensRoles(role: Role, text: String) {
        #expect(ExportValues.text(of: role) == text)
    }

    /// The provenance text is written directly; it must stay what serialising the records'
    /// JSON values gives, escapes included (the hostile fixture's quotes and notes).
    @Test func provenanceTextIsTheRecordsJSON() throws {
        let graph = try ExportFixture.hostile()
        var records = 0
        for edge in graph.edges {
            records += edge.provenance.count
            #expect(ExportValues.provenanceJSON(of: edge) == JSONValue.array(edge.provenance.map(ExportValues.json)).serialized(pretty: false))
        }
        #expect(records > 0)
    }

    /// XML escaping works on runs of bytes; each case pins one rule at a run's edge.
    @Test(arguments: [
        ("plain", "plain", "plain"),
        ("a&b<c>d", "a&amp;b&lt;c&gt;d", "a&amp;b&lt;c&gt;d"),
        ("&\u{301}e\u{301}&", "&amp;\u{301}e\u{301}&amp;", "&amp;\u{301}e\u{301}&amp;"),
        ("q\"t\tn\nr\r", "q\"t\tn\nr&#13;", "q&quot;t&#9;n&#10;r&#13;"),
        ("\u{0}x\u{1F}\u{FFFE}\u{FFFF}\u{FFFD}\u{EFFF}", "\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{EFFF}", "\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{EFFF}"),
        ("🕊️ мир", "🕊️ мир", "🕊️ мир"),
    ])
    func escapesXML(text: String, content: String, attribute: String) {
        #expect(XMLText.escaped(text) == content)
        #expect(XMLText.escapedAttribute(text) == attribute)
    }

    /// JSON escaping works on runs of bytes too.
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("a\"b\\c\n\r\t<>&", "\"a\\\"b\\\\c\\n\\r\\t\\u003c\\u003e\\u0026\""),
        ("\u{0}\u{1F}\u{7F}", "\"\\u0000\\u001f\u{7F}\""),
        ("x\u{2028}y\u{2029}z\u{2027}", "\"x\\u2028y\\u2029z\u{2027}\""),
        ("мир 🕊️", "\"мир 🕊️\""),
    ])
    func escapesJSON(text: String, expected: String) {
        var output = ""
        JSONValue.writeString(text, to: &output)
        #expect(output == expected)
    }
}
