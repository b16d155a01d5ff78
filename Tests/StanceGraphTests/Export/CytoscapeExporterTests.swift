import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

@Suite struct CytoscapeExporterTests {
    @Test func matchesTheGoldenFile() throws {
        try Golden.snapshots.assertMatches(CytoscapeExporter().string(for: try ExportFixture.hostile()), named: "hostile.cyjs")
    }

    @Test func isJSONWithElementsAndStyle() throws {
        let graph = try ExportFixture.hostile()
        let text = CytoscapeExporter().string(for: graph)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let elements = try #require(document["elements"] as? [String: Any])
        #expect((elements["nodes"] as? [Any])?.count == graph.nodes.count)
        #expect((elements["edges"] as? [Any])?.count == graph.edges.count)
        let style = try #require(document["style"] as? [[String: Any]])
        let selectors = style.compactMap { $0["selector"] as? String }
        for type in EdgeType.allCases { #expect(selectors.contains(".\(type.rawValue)")) }
        for kind in NodeKind.allCases { #expect(selectors.contains(".\(kind.rawValue)")) }
    }

    /// Python's json module reads every node and edge with every attribute, in JSON's types.
    @Test(.enabled(if: ExternalTool.hasPython, "needs python3"))
    func pythonReadsEveryValue() throws {
        for (name, graph) in [("hostile", try ExportFixture.hostile()), ("bundled", try BundledGraph.load())] {
            let scratch = try Scratch()
            defer { withExtendedLifetime(scratch) {} }  // the folder goes when scratch does
            let file = scratch.url.appendingPathComponent("\(name).cyjs"), expected = scratch.url.appendingPathComponent("expected.json")
            try Data(CytoscapeExporter().string(for: graph).utf8).write(to: file)
            try Data(try CytoscapeExpectation.of(graph).serialized().utf8).write(to: expected)
            let script = PackageRoot.url.appendingPathComponent("scripts/check-cyjs.py").path
            let result = try ProcessRunner.run("python3", [script, file.path, expected.path])
            #expect(result.exitCode == 0, "\(name): \(result.stdout)\(result.stderr)")
        }
    }
}

/// What the Cytoscape.js export's `data` must hold: the GraphML expectation (worked out from the
/// model) in JSON's own types, with the edge's id, ends and weight, and without `edge_id`.
enum CytoscapeExpectation {
    static func of(_ graph: Graph) throws -> JSONValue {
        guard case .object(let top) = try GraphMLExpectation.of(graph, exactText: true).json,
              case .array(let nodes)? = top.first(where: { $0.0 == "nodes" })?.1,
              case .array(let edges)? = top.first(where: { $0.0 == "edges" })?.1 else { throw GEXFExpectation.Malformed() }
        func members(_ element: JSONValue) -> [(String, JSONValue)] {
            if case .object(let members) = element { return members }
            return []
        }
        func spec(_ type: String, _ value: JSONValue) -> JSONValue { .object([("type", .string(type)), ("value", value)]) }
        /// Lists of strings become JSON arrays; lists of objects stay JSON text.
        func native(_ data: [(String, JSONValue)]) -> [(String, JSONValue)] {
            data.map { name, value in
                let fields = Dictionary(uniqueKeysWithValues: members(value))
                if fields["type"] == "json", name == "aliases" || name == "sources" { return (name, spec("array", fields["value"]!)) }
                return (name, value)
            }
        }
        let cyNodes: [JSONValue] = zip(nodes, graph.nodes).map { element, node in
            let fields = Dictionary(uniqueKeysWithValues: members(element))
            let data = [("id", spec("string", .string(node.id)))] + native(members(fields["data"]!))
            let classes = ([node.kind.rawValue] + [node.subtype?.rawValue].compactMap { $0 }).joined(separator: " ")
            return .object([("id", .string(node.id)), ("classes", .string(classes)), ("data", .object(data))])
        }
        let cyEdges: [JSONValue] = zip(edges, graph.edges).map { element, edge in
            let fields = Dictionary(uniqueKeysWithValues: members(element))
            var data = [("id", spec("string", fields["id"]!)), ("source", spec("string", fields["source"]!)),
                        ("target", spec("string", fields["target"]!))]
            data += native(members(fields["data"]!)).filter { $0.0 != "edge_id" }
            var best: [String: Int] = [:]
            for record in edge.provenance { best[record.source] = min(best[record.source] ?? 9, record.attribution.indirectness) }
            let weight = (edge.confidence ?? 1) * (edge.provenance.isEmpty ? 1 : Double(best.values.map { 5 - $0 }.reduce(0, +)) / 5)
            data.append(("weight", spec("double", .double(weight))))
            return .object([("id", .string(edge.id)), ("classes", .string(edge.type.rawValue)), ("data", .object(data))])
        }
        return .object([("nodes", .array(cyNodes)), ("edges", .array(cyEdges))])
    }
}
