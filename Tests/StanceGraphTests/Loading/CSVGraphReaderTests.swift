import Foundation
import Testing
@testable import StanceGraph

/// Reading the CSV export back: RFC 4180 fields, errors at the row and column of the field.
@Suite struct CSVGraphReaderTests {
    static func messages(nodes: String, edges: String? = nil) -> [String] {
        var inputs = [GraphInput(name: "nodes.csv", text: nodes, format: .csv)]
        if let edges { inputs.append(GraphInput(name: "edges.csv", text: edges, format: .csv)) }
        return GraphLoader().load(inputs).report.sorted.map(\.formatted)
    }

    static let nodesHeader = CSVExporter.nodeHeader.joined(separator: ",")
    static let edgesHeader = CSVExporter.edgeHeader.joined(separator: ",")

    /// A node row in the export's columns, from the values given by column name.
    static func row(_ header: [String], _ values: [String: String]) -> String {
        header.map { values[$0] ?? "" }.joined(separator: ",")
    }

    @Test func quotedFieldsHoldCommasLineBreaksAndQuotes() throws {
        let nodes = Self.nodesHeader + "\n"
            + Self.row(CSVExporter.nodeHeader, ["id:ID": "a", "kind": "actor", "label": "\"Smith, \"\"Jr.\"\"\nsecond line\"", "notes": "\"\""]) + "\r\n"
            + Self.row(CSVExporter.nodeHeader, ["id:ID": "b", "kind": "actor", "label": "B"]) + "\n"
        let edges = Self.edgesHeader + "\n" + Self.row(CSVExporter.edgeHeader, [":START_ID": "a", ":END_ID": "b", "id": "e", "type": "member-of"]) + "\n"
        let result = GraphLoader().load([GraphInput(name: "nodes.csv", text: nodes, format: .csv), GraphInput(name: "edges.csv", text: edges, format: .csv)])
        let graph = try #require(result.graph, "\(result.report.sorted.map(\.formatted))")
        #expect(graph.nodes[0].label == "Smith, \"Jr.\"\nsecond line")
        #expect(graph.nodes[0].notes == "", "\"\" is an empty text, an empty field no value")
        #expect(graph.nodes[1].notes == nil)
        #expect(graph.edges.map(\.id) == ["e"])
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var nodes: String
        var edges: String?
        var expected: [String]
        var testDescription: String { name }
    }

    static let header = nodesHeader + "\n"

    static let errorCases: [Case] = [
        Case(name: "an unclosed quote", nodes: header + "a,Actor,actor,\"Open\n",
             expected: ["nodes.csv:2:15: error: a quoted field is not closed; a field that starts with a double quote ends with one"]),
        Case(name: "a quote inside an unquoted field", nodes: header + "a,Actor,actor,Sa\"id\n",
             expected: ["nodes.csv:2:17: error: a quote inside a field that does not start with one; put the whole field in double quotes and double the quote"]),
        Case(name: "text after a closing quote", nodes: header + "a,Actor,actor,\"A\"x\n",
             expected: ["nodes.csv:2:18: error: text after the closing quote of a field; double a quote inside a quoted field"]),
        Case(name: "too few fields", nodes: header + "a,Actor,actor,A\n",
             expected: ["nodes.csv:2:1: error: the row has 4 fields; the header has 15; a field with a comma, a quote or a line break must be in double quotes, with its quotes doubled"]),
        Case(name: "a wrong kind names its column's field", nodes: header + "a,Actor,actr,A" + String(repeating: ",", count: 11) + "\n",
             expected: ["nodes.csv:2:9: error: unknown node kind \"actr\"; did you mean \"actor\"? valid values: actor, condition, position, source"]),
        Case(name: "aliases that are not JSON", nodes: header + "a,Actor,actor,A,,,\"[\"\"x\"\",]\"" + String(repeating: ",", count: 8) + "\n",
             expected: ["nodes.csv:2:25: error: aliases is not a JSON array: trailing comma before \"]\"; JSON does not allow one; write lists as JSON arrays, as the export does: [\"first\",\"second\"]"]),
        Case(name: "a header that is not the export's", nodes: "name,age\nx,3\n",
             expected: ["nodes.csv:1:1: error: the header starts with \"name\", neither the nodes' (id:ID) nor the edges' (:START_ID) of stancegraph's CSV export; read a folder written by the CSV export (nodes.csv and edges.csv), or give the files its headers"]),
        Case(name: "an edges file without :END_ID", nodes: header, edges: ":START_ID,id,type\na,e,supports\n",
             expected: ["edges.csv:1:1: error: the header has no column \":END_ID\"; keep the header the CSV export writes"]),
    ]

    @Test(arguments: errorCases)
    func badInputIsAnErrorAtItsField(_ test: Case) {
        #expect(Self.messages(nodes: test.nodes, edges: test.edges).filter { $0.contains(": error: ") } == test.expected)
    }

    @Test func anUnknownColumnIsAWarning() {
        let nodes = Self.nodesHeader + ",weight:int\n" + "a,Actor,actor,A" + String(repeating: ",", count: 11) + ",3\n"
        let warnings = Self.messages(nodes: nodes).filter { $0.contains(": warning: ") }
        #expect(warnings.first?.hasPrefix("nodes.csv:1:105: warning: node attribute \"weight:int\" is not part of stancegraph's format") == true, "\(warnings)")
    }
}
