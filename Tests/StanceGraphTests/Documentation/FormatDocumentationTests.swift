import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// The JSON Schema and docs/format.md describe the format by hand; these tests keep them
/// in step with the decoder and the vocabulary.
@Suite struct FormatDocumentationTests {
    static let root = PackageRoot.url

    private func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("docs/stancegraph.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func definition(_ name: String) throws -> [String: Any] {
        let definitions = try #require(try schema()["$defs"] as? [String: Any])
        return try #require(definitions[name] as? [String: Any])
    }

    private func properties(of definition: [String: Any]) throws -> Set<String> {
        Set(try #require(definition["properties"] as? [String: Any]).keys)
    }

    private func enumeration(_ definition: [String: Any], _ property: String) throws -> Set<String> {
        let properties = try #require(definition["properties"] as? [String: Any])
        let entry = try #require(properties[property] as? [String: Any])
        return Set(try #require(entry["enum"] as? [String]))
    }

    @Test func schemaKeysMatchTheDecoder() throws {
        #expect(try properties(of: schema()) == Set(GraphDecoder.topLevelKeys))
        #expect(try properties(of: definition("node")) == Set(GraphDecoder.nodeKeys))
        #expect(try properties(of: definition("edge")) == Set(GraphDecoder.edgeKeys))
        #expect(try properties(of: definition("provenance")) == Set(GraphDecoder.provenanceKeys))
        #expect(try properties(of: definition("role")) == Set(GraphDecoder.roleKeys))
    }

    @Test func schemaEnumerationsMatchTheVocabulary() throws {
        #expect(try enumeration(definition("edge"), "type") == Set(EdgeType.allCases.map(\.rawValue)))
        #expect(try enumeration(definition("node"), "kind") == Set(NodeKind.allCases.map(\.rawValue)))
        #expect(try enumeration(definition("node"), "subtype") == Set(ActorSubtype.allCases.map(\.rawValue)))
        #expect(try enumeration(definition("provenance"), "attribution") == Set(Attribution.allCases.map(\.rawValue)))
    }

    @Test func formatDocumentDescribesEveryEdgeTypeWithItsKinds() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/format.md"), encoding: .utf8)
        for type in EdgeType.allCases {
            let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("| `\(type.rawValue)` |") }, "no row for \(type.rawValue)")
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let from = Set(cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            let to = Set(cells[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "**edge**" })
            #expect(from == Set(type.allowedFromKinds.map(\.rawValue)), "\(type.rawValue) from")
            #expect(to == Set(type.allowedToKinds.map(\.rawValue)), "\(type.rawValue) to")
            #expect(cells[3] == (type.isStance ? "yes" : "no"), "\(type.rawValue) stance")
            #expect(cells[2].contains("**edge**") == type.mayTargetEdge, "\(type.rawValue) edge target")
        }
    }

    @Test func theFormatDocumentsExampleIsValid() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/format.md"), encoding: .utf8)
        let start = try #require(text.range(of: "```yaml\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let example = String(text[start.upperBound..<end.lowerBound])
        let result = GraphLoader().load([GraphInput(name: "format.md", text: example, format: .yaml)])
        #expect(result.report.diagnostics.isEmpty, "\(result.report.diagnostics.map(\.formatted))")
        #expect(result.graph?.edges.count == 3)
    }
}
