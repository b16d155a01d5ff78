import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// A strict RFC 4180 reader, to read the CSV export back as a bulk importer would: fields are
/// separated by commas, a quoted field may hold commas, doubled quotes and line breaks, and a
/// quote anywhere else is an error. An unquoted empty field reads as `nil`, a quoted one as "".
enum RFC4180 {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String?]] {
        var rows: [[String?]] = [], row: [String?] = []
        var scalars = Array(text.unicodeScalars)[...]
        while !scalars.isEmpty {
            var field = String.UnicodeScalarView()
            var quoted = false
            if scalars.first == "\"" {
                quoted = true
                scalars = scalars.dropFirst()
                while true {
                    guard let scalar = scalars.popFirst() else { throw Malformed(description: "unterminated quoted field") }
                    if scalar == "\"" {
                        if scalars.first == "\"" { field.append("\""); scalars = scalars.dropFirst(); continue }
                        break
                    }
                    field.append(scalar)
                }
            } else {
                while let scalar = scalars.first, scalar != ",", scalar != "\n", scalar != "\r" {
                    if scalar == "\"" { throw Malformed(description: "a quote inside an unquoted field: \(String(field))") }
                    field.append(scalar)
                    scalars = scalars.dropFirst()
                }
            }
            row.append(quoted || !field.isEmpty ? String(field) : nil)
            switch scalars.popFirst() {
            case ",":
                if scalars.isEmpty { row.append(nil); rows.append(row); row = [] }
            case "\n", nil:
                rows.append(row)
                row = []
            case "\r":
                if scalars.first == "\n" { scalars = scalars.dropFirst() }
                rows.append(row)
                row = []
            case let other?:
                throw Malformed(description: "\"\(other)\" after a closing quote")
            }
        }
        return rows
    }
}

@Suite struct CSVExporterTests {
    static func export(_ graph: Graph) -> (nodes: String, edges: String) {
        var nodes = "", edges = ""
        CSVExporter().write(CSVExporter.nodesFile, of: graph, to: &nodes)
        CSVExporter().write(CSVExporter.edgesFile, of: graph, to: &edges)
        return (nodes, edges)
    }

    @Test func matchesTheGoldenFiles() throws {
        let (nodes, edges) = CSVExporterTests.export(try ExportFixture.hostile())
        try Golden.snapshots.assertMatches(nodes, named: "hostile-csv/nodes.csv")
        try Golden.snapshots.assertMatches(edges, named: "hostile-csv/edges.csv")
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", #""a,b""#),
        (#"say "hi""#, #""say ""hi""""#),
        ("line\nbreak", "\"line\nbreak\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        ("", #""""#),
        (" leading", #"" leading""#),
        ("trailing ", #""trailing ""#),
        (#"back\slash"#, #"back\slash"#),
        ("nul\u{0}byte", "nul\u{FFFD}byte"),
        ("Путін 🕊️ وزارة", "Путін 🕊️ وزارة"),
    ])
    func quotesFieldsAsRFC4180Says(field: String, written: String) {
        #expect(CSVExporter.row([field, nil, "x"]) == "\(written),,x\n")
    }

    @Test(arguments: [
        (EdgeType.supports, "SUPPORTS"), (.conditionsOn, "CONDITIONS_ON"), (.speaksFor, "SPEAKS_FOR"), (.memberOf, "MEMBER_OF"),
    ])
    func namesRelationshipTypesInUpperSnakeCase(type: EdgeType, name: String) {
        #expect(CSVExporter.relationshipType(type) == name)
    }

    @Test(arguments: [
        (NodeKind.actor, ActorSubtype?.some(.thinkTank), "Actor;ThinkTank"), (.actor, .anonymousSources, "Actor;AnonymousSources"),
        (.actor, nil, "Actor"), (.position, nil, "Position"), (.condition, nil, "Condition"), (.source, nil, "Source"),
    ])
    func labelsNodesByKindAndSubtype(kind: NodeKind, subtype: ActorSubtype?, labels: String) {
        #expect(CSVExporter.labels(of: Node(id: "x", kind: kind, label: "x", subtype: subtype)).joined(separator: ";") == labels)
    }

    /// Read back with a strict RFC 4180 reader, every value is the model's, hostile strings included.
    @Test func readsBackFieldForField() throws {
        let graph = try ExportFixture.hostile()
        let (nodesText, edgesText) = CSVExporterTests.export(graph)
        let nodeRows = try RFC4180.parse(nodesText), edgeRows = try RFC4180.parse(edgesText)
        #expect(nodeRows.first == CSVExporter.nodeHeader.map { $0 })
        #expect(edgeRows.first == CSVExporter.edgeHeader.map { $0 })
        #expect(nodeRows.count == graph.nodes.count + 1 && edgeRows.count == graph.edges.count + 1)
        #expect(nodeRows.allSatisfy { $0.count == CSVExporter.nodeHeader.count })
        #expect(edgeRows.allSatisfy { $0.count == CSVExporter.edgeHeader.count })
        for (row, node) in zip(nodeRows.dropFirst(), graph.nodes) {
            let value = Dictionary(uniqueKeysWithValues: zip(CSVExporter.nodeHeader, row))
            #expect(value["id:ID"]! == node.id)
            #expect(value["label"]! == node.label)
            #expect(value["kind"]! == node.kind.rawValue)
            #expect(value["side"]! == node.side)
            #expect(value["description"]! == node.description)
            #expect(value["notes"]! == node.notes)
            let aliases = try value["aliases"]!.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String] } ?? []
            #expect(aliases == node.aliases, "a JSON array, every alias unchanged")
            #expect(value["url"]! == node.url.flatMap { $0.lowercased().hasPrefix("http") ? $0 : nil })
        }
        for (row, edge) in zip(edgeRows.dropFirst(), graph.edges) {
            let value = Dictionary(uniqueKeysWithValues: zip(CSVExporter.edgeHeader, row))
            #expect(value["id"]! == edge.id)
            #expect(value[":START_ID"]! == edge.from)
            #expect(value[":TYPE"]! == edge.type.rawValue.uppercased().replacingOccurrences(of: "-", with: "_"))
            #expect(value["label"]! == edge.label)
            #expect(value["notes"]! == edge.notes)
            #expect(value["confidence:double"]! == edge.confidence.map { "\($0)" })
            #expect(value["provenance_count:int"]! == String(edge.provenance.count))
            #expect(value["target_edge"]! == (graph.edge(edge.to)?.id))
            let records = try value["provenance"]!.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [[String: Any]] } ?? []
            #expect(records?.compactMap { $0["quote"] as? String } == edge.provenance.compactMap(\.quote))
        }
        let claim = try #require(edgeRows.first { $0[3] == "e6-denies-e5" })
        #expect(claim[1] == "ceasefire", "an edge about an edge ends at the node its stance ends at")
    }

    /// Python's csv module, the reader pandas and many loaders build on, reads the same values.
    @Test(.enabled(if: ExternalTool.hasPython, "needs python3"))
    func pythonsCSVModuleReadsTheSameRows() throws {
        let (nodesText, edgesText) = CSVExporterTests.export(try ExportFixture.hostile())
        let scratch = try Scratch()
        defer { withExtendedLifetime(scratch) {} }  // the folder goes when scratch does
        for (name, text) in [("nodes.csv", nodesText), ("edges.csv", edgesText)] {
            let file = scratch.url.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            let script = """
                import csv, json, sys
                with open(sys.argv[1], newline="", encoding="utf-8") as f:
                    print(json.dumps(list(csv.reader(f, strict=True))))
                """
            let result = try ProcessRunner.run("python3", ["-c", script, file.path])
            #expect(result.exitCode == 0, "\(result.stderr)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]])
            #expect(rows == (try RFC4180.parse(text)).map { $0.map { $0 ?? "" } }, "\(name)")
            #expect(rows.contains { $0.contains("Al \"Quoted\" \\ Back\\slash <script>alert('x')</script> & &amp; {braces} [brackets]") }
                || name == "edges.csv")
        }
    }
}
