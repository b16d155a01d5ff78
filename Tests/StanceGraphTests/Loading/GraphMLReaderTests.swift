import Foundation
import Testing
@testable import StanceGraph

/// Reading GraphML: bad input is an error at its line and column, never a crash, a hang or an
/// expansion; yEd's edits and other tools' files read as far as they map.
@Suite struct GraphMLReaderTests {
    static func messages(_ xml: String, severity: Diagnostic.Severity? = nil) -> [String] {
        GraphLoader().load([GraphInput(name: "g.graphml", text: xml, format: .graphml)]).report.sorted
            .filter { severity == nil || $0.severity == severity }.map(\.formatted)
    }

    /// A small valid graph in stancegraph's own GraphML, with `BODY` in place of its elements.
    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="n_label" for="node" attr.name="label" attr.type="string"/>
          <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>
          <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
          <key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>
          <key id="e_provenance" for="edge" attr.name="provenance" attr.type="string"/>
          <graph id="G" edgedefault="directed">
        \(body)
          </graph>
        </graphml>
        """
    }

    static let twoNodes = """
            <node id="a"><data key="n_label">A</data><data key="n_kind">actor</data></node>
            <node id="b"><data key="n_label">B</data><data key="n_kind">position</data></node>
        """

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var xml: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let errorCases: [Case] = [
        Case(name: "malformed XML: a mismatched end tag", xml: document(twoNodes + "\n    <node id=\"c\"></edge>"),
             expected: ["g.graphml:11:18: error: </edge> closes <node>, which was opened at line 11, column 5"]),
        Case(name: "an unclosed attribute value", xml: "<graphml>\n  <graph id=\"G>\n</graphml>\n",
             expected: ["g.graphml:3:1: error: \"<\" is not allowed in the value of the attribute \"id\"; write \"&lt;\""]),
        Case(name: "a DOCTYPE (XXE) is refused", xml: """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <graphml><graph><node id="a"><data key="n_label">&xxe;</data></node></graph></graphml>
            """,
             expected: ["g.graphml:2:1: error: the XML has a document type declaration (<!DOCTYPE …>), which is never read; GraphML needs none: remove it (DTDs and their entities are refused, so that no file can make the reader fetch files or expand text)"]),
        Case(name: "billion laughs is refused at its DOCTYPE", xml: """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <graphml>&lol2;</graphml>
            """,
             expected: ["g.graphml:2:1: error: the XML has a document type declaration (<!DOCTYPE …>), which is never read; GraphML needs none: remove it (DTDs and their entities are refused, so that no file can make the reader fetch files or expand text)"]),
        Case(name: "an undefined entity", xml: document("    <node id=\"a\"><data key=\"n_label\">A &nbsp;</data><data key=\"n_kind\">actor</data></node>"),
             expected: ["g.graphml:9:40: error: the entity \"&nbsp;\" is not defined; only &lt; &gt; &amp; &quot; &apos; and character references such as &#233; are read"]),
        Case(name: "nesting over the depth limit", xml: "<graphml>" + String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100) + "</graphml>",
             expected: ["g.graphml:1:199: error: the input nests deeper than 64 levels; stance graphs need only a few levels; check the file is what you meant to load"]),
        Case(name: "too many attributes", xml: "<graphml " + (0...300).map { "a\($0)=\"\"" }.joined(separator: " ") + "/>",
             expected: ["g.graphml:1:1948: error: <graphml> has more than 256 attributes; GraphML elements have a few"]),
        Case(name: "not GraphML", xml: "<svg></svg>", expected: ["g.graphml:1:1: error: the root element is <svg>, not <graphml>; a graph in XML is read as GraphML (https://graphml.graphdrawing.org)"]),
        Case(name: "a missing kind", xml: document("    <node id=\"a\"><data key=\"n_label\">A</data></node>"),
             expected: ["g.graphml:9:5: error: node \"a\" is missing the required key \"kind\"; every node needs a kind: actor, position, condition, source"]),
        Case(name: "a wrong kind", xml: document("    <node id=\"a\"><data key=\"n_label\">A</data><data key=\"n_kind\">actr</data></node>"),
             expected: ["g.graphml:9:65: error: unknown node kind \"actr\"; did you mean \"actor\"? valid values: actor, condition, position, source"]),
        Case(name: "a confidence that is not a number", xml: document(twoNodes + """

                <edge id="e" source="a" target="b"><data key="e_type">memberOf</data><data key="e_confidence">high</data></edge>
            """),
             expected: ["g.graphml:11:59: error: unknown edge type \"memberOf\"; did you mean \"member-of\"? valid values: cites, conditions-on, contradicts, demands, denies, doubts, member-of, opposes, proposes, rejects, reports, speaks-for, supports",
                        "g.graphml:11:99: error: confidence \"high\" is not a number"]),
        Case(name: "provenance that is not JSON", xml: document(twoNodes + """

                <edge id="e" source="a" target="b"><data key="e_type">supports</data><data key="e_provenance">[{"source": s1}]</data></edge>
            """),
             expected: ["g.graphml:11:5: error: supports edge \"e\" has no provenance; add a provenance record with source, date, attribution and quote",
                        "g.graphml:11:111: error: provenance is not a JSON array: unexpected \"s\"; expected a value (a string in double quotes, a number, true, false, null, an object or an array); write lists as JSON arrays, as the export does: [\"first\",\"second\"]"]),
        Case(name: "a missing required field: an edge without a type", xml: document(twoNodes + "\n    <edge id=\"e\" source=\"a\" target=\"b\"/>"),
             expected: ["g.graphml:11:5: error: edge \"e\" is missing the required key \"type\""]),
    ]

    @Test(arguments: errorCases)
    func badInputIsAnErrorAtItsPlace(_ test: Case) {
        #expect(Self.messages(test.xml, severity: .error) == test.expected)
    }

    @Test func anUnknownKeyIsAWarningOnce() {
        let xml = Self.document(Self.twoNodes + """

                <edge id="e" source="a" target="b"><data key="e_type">member-of</data><data key="w">1</data></edge>
                <edge id="f" source="b" target="a"><data key="e_type">member-of</data><data key="w">2</data></edge>
            """).replacingOccurrences(of: "<graph id", with: "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n  <graph id")
        let warnings = Self.messages(xml, severity: .warning)
        #expect(warnings.count == 1 && warnings[0].hasPrefix("g.graphml:8:3: warning: edge attribute \"weight\" is not part of stancegraph's format; its values are not read; the attributes read are "), "\(warnings)")
    }

    /// An edited drawing: yEd moves nodes and rewrites their labels; the label value wins.
    @Test func aYEdEditedFileReadsBackWithItsLabelKept() throws {
        let graph = try ExportFixture.loaded()
        var xml = GraphMLExporter(options: .init(yEd: true)).string(for: graph)
        // What yEd does on save: new geometry, and here a label edited in the drawing.
        let node = try #require(graph.nodes.first { $0.kind == .actor && !$0.label.contains("<") && $0.label.count < 20 })
        let start = try #require(xml.range(of: "<node id=\"\(node.id)\""))
        let labelRange = try #require(xml.range(of: "<y:NodeLabel>", range: start.upperBound..<xml.endIndex))
        let labelEnd = try #require(xml.range(of: "</y:NodeLabel>", range: labelRange.upperBound..<xml.endIndex))
        xml.replaceSubrange(labelRange.upperBound..<labelEnd.lowerBound, with: "Renamed in yEd")
        let geometry = try #require(xml.range(of: #"<y:Geometry x="[^"]*" y="[^"]*""#, options: .regularExpression, range: start.upperBound..<xml.endIndex))
        xml.replaceSubrange(geometry, with: #"<y:Geometry x="-317.5" y="1204.25""#)
        let result = GraphLoader().load([GraphInput(name: "edited.graphml", text: xml, format: .graphml)])
        let back = try #require(result.graph, "\(result.report.sorted.map(\.formatted))")
        #expect(GraphComparison(back, keepingTitle: true) == GraphComparison(graph, keepingTitle: true).replacingTextsXMLCannotCarry())
        let warnings = result.report.sorted.filter { if case .yEdLabelDiffers = $0.problem { true } else { false } }
        #expect(warnings.map(\.problem) == [.yEdLabelDiffers(node: node.id, label: node.label, drawn: "Renamed in yEd")])
    }

    /// networkx's GraphML of another graph: ids and labels map, what does not is said.
    @Test func aThirdPartyFileMapsWhatItCan() {
        let xml = """
            <?xml version='1.0' encoding='utf-8'?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <key id="d0" for="node" attr.name="name" attr.type="string"/>
            <key id="d1" for="node" attr.name="club" attr.type="string"/>
            <graph edgedefault="undirected">
            <node id="0"><data key="d0">Mr. Hi</data><data key="d1">Mr. Hi</data></node>
            <node id="1"><data key="d0">Officer</data></node>
            <edge source="0" target="1"/>
            </graph></graphml>
            """
        #expect(Self.messages(xml) == [
            "g.graphml:4:1: warning: node attribute \"club\" is not part of stancegraph's format; its values are not read; the attributes read are aliases, description, file, kind, label, name, notes, published, publisher, roles, side, subtype, title, url",
            "g.graphml:5:1: warning: edgedefault=\"undirected\" (every edge is read from source to target) is not read; stance graphs are one directed graph of nodes and edges",
            "g.graphml:6:1: error: node \"0\" is missing the required key \"kind\"; every node needs a kind: actor, position, condition, source",
            "g.graphml:7:1: error: node \"1\" is missing the required key \"kind\"; every node needs a kind: actor, position, condition, source",
            "g.graphml:8:1: error: an edge is missing the required key \"id\"",
            "g.graphml:8:1: error: an edge is missing the required key \"type\"",
            "g.graphml:8:15: error: from refers to \"0\", which has errors of its own",
            "g.graphml:8:26: error: to refers to \"1\", which has errors of its own",
        ])
    }

    @Test(arguments: [
        ("A &amp; B &lt;c&gt; &#233;&#x1F600; &quot;q&quot; &apos;", "A & B <c> é😀 \"q\" '"),
        ("<![CDATA[<b>&amp;</b>]]>", "<b>&amp;</b>"),
        ("one<!-- a comment -->two<?pi skipped?>", "onetwo"),
        ("line\r\nbreak\rhere", "line\nbreak\nhere"),
    ])
    func textReadsAsXMLSaysItShould(written: String, read: String) throws {
        var reader = XMLReader(bytes: Array("<a>\(written)</a>".utf8), limits: .default)
        #expect(try reader.readDocument().text == read)
    }

    @Test func attributeValuesAreNormalisedButCharacterReferencesKept() throws {
        var reader = XMLReader(bytes: Array("<a v='x\ty&#10;z&#9;'/>".utf8), limits: .default)
        #expect(try reader.readDocument().attribute("v")?.value == "x y\nz\t")
    }
}
