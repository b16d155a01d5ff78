import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// The header grammar of `neo4j-admin database import`, as the Neo4j Operations Manual gives it
/// (Import → "CSV header format": "Header files", "Properties", "Node files", "Relationship
/// files", "ID spaces"). Neo4j cannot be installed here, so the export's headers are checked
/// against this transcription of it, and each column's values against the type it declares.
///
/// A field is `name:type`, `name:type[]` (an array, its elements split on the array delimiter,
/// `;` by default), a bare `name` (a string property), or one of the keywords with an optional
/// name before the colon: `:ID` with an optional ID space `:ID(space)` (nodes), `:LABEL`
/// (nodes, labels split on the array delimiter), `:START_ID(space)`, `:END_ID(space)` and `:TYPE`
/// (relationships), `:IGNORE`. Types: int, long, float, double, boolean, byte, short, char,
/// string, point, date, localtime, time, localdatetime, datetime, duration.
enum Neo4jHeader {
    enum Field: Equatable {
        case id(name: String?, space: String?)
        case label
        case startID(space: String?)
        case endID(space: String?)
        case type
        case ignore
        case property(name: String, type: String, isArray: Bool)
    }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static let propertyTypes: Set<String> = [
        "int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
        "point", "date", "localtime", "time", "localdatetime", "datetime", "duration",
    ]

    static func parse(_ header: String) throws -> Field {
        guard let colon = header.lastIndex(of: ":") else {
            guard !header.isEmpty else { throw Malformed(description: "an empty header field") }
            return .property(name: header, type: "string", isArray: false)
        }
        let name = String(header[..<colon])
        var rest = Substring(header[header.index(after: colon)...])
        var space: String?
        if let open = rest.firstIndex(of: "(") {
            guard rest.hasSuffix(")"), rest.index(before: rest.endIndex) > open else { throw Malformed(description: "\(header): an ID space needs (name)") }
            space = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
            rest = rest[..<open]
        }
        let keyword = String(rest)
        if space != nil, !["ID", "START_ID", "END_ID"].contains(keyword) {
            throw Malformed(description: "\(header): only ID, START_ID and END_ID take an ID space")
        }
        switch keyword {
        case "ID": return .id(name: name.isEmpty ? nil : name, space: space)
        case "START_ID", "END_ID", "LABEL", "TYPE", "IGNORE":
            guard name.isEmpty || keyword == "IGNORE" else { throw Malformed(description: "\(header): :\(keyword) takes no property name") }
            switch keyword {
            case "START_ID": return .startID(space: space)
            case "END_ID": return .endID(space: space)
            case "LABEL": return .label
            case "TYPE": return .type
            default: return .ignore
            }
        default:
            guard !name.isEmpty else { throw Malformed(description: "\(header): a property needs a name before the colon") }
            let isArray = keyword.hasSuffix("[]")
            let type = isArray ? String(keyword.dropLast(2)) : keyword
            guard propertyTypes.contains(type) else { throw Malformed(description: "\(header): \(type) is not a type neo4j-admin knows") }
            return .property(name: name, type: type, isArray: isArray)
        }
    }

    /// Whether `value` is a valid value of a property of `type` (one array element, for arrays).
    static func accepts(_ value: String, as type: String) -> Bool {
        switch type {
        case "int": Int32(value) != nil
        case "long": Int64(value) != nil
        case "short": Int16(value) != nil
        case "byte": Int8(value) != nil
        case "float", "double": Double(value).map(\.isFinite) ?? false
        case "boolean": value == "true" || value == "false"
        case "char": value.count == 1
        case "string": true
        default: false  // the export declares no temporal or spatial property
        }
    }
}

@Suite struct Neo4jHeaderTests {
    @Test(arguments: [
        ("id:ID", Neo4jHeader.Field.id(name: "id", space: nil)),
        (":ID", .id(name: nil, space: nil)),
        ("id:ID(Actors)", .id(name: "id", space: "Actors")),
        (":LABEL", .label), (":START_ID", .startID(space: nil)), (":END_ID(Actors)", .endID(space: "Actors")), (":TYPE", .type),
        ("confidence:double", .property(name: "confidence", type: "double", isArray: false)),
        ("aliases:string[]", .property(name: "aliases", type: "string", isArray: true)),
        ("label", .property(name: "label", type: "string", isArray: false)),
    ])
    func theGrammarReadsWhatTheManualShows(header: String, field: Neo4jHeader.Field) throws {
        #expect(try Neo4jHeader.parse(header) == field)
    }

    @Test(arguments: ["confidence:decimal", "count:integer", ":ID(", "x:int(space)", "name:LABEL", ":START", ":", "", "a:int[][]"])
    func theGrammarRefusesWhatTheManualDoesNotAllow(header: String) {
        #expect(throws: Neo4jHeader.Malformed.self) { try Neo4jHeader.parse(header) }
    }

    @Test func theNodeHeaderHasOneIDAndLabels() throws {
        let fields = try CSVExporter.nodeHeader.map(Neo4jHeader.parse)
        #expect(fields.filter { if case .id = $0 { true } else { false } }.count == 1)
        #expect(fields.contains(.label))
        #expect(!fields.contains { [.startID(space: nil), .endID(space: nil), .type].contains($0) }, "relationship fields in a node file")
        #expect(Set(Self.propertyNames(fields)).count == Self.propertyNames(fields).count, "a property named twice")
    }

    @Test func theEdgeHeaderHasBothEndsAndAType() throws {
        let fields = try CSVExporter.edgeHeader.map(Neo4jHeader.parse)
        #expect(fields.filter { $0 == .startID(space: nil) }.count == 1)
        #expect(fields.filter { $0 == .endID(space: nil) }.count == 1)
        #expect(fields.filter { $0 == .type }.count == 1)
        #expect(!fields.contains { if case .id = $0 { true } else { $0 == .label } }, "node fields in a relationship file")
        #expect(Set(Self.propertyNames(fields)).count == Self.propertyNames(fields).count, "a property named twice")
    }

    static func propertyNames(_ fields: [Neo4jHeader.Field]) -> [String] {
        fields.compactMap { field in
            switch field {
            case .property(let name, _, _): name
            case .id(let name?, _): name
            default: nil
            }
        }
    }

    /// Every value of every column is what its header declares: ids present and unique, both
    /// ends of each relationship among the ids, a type and labels on each, typed properties
    /// parseable as their type; an empty field is a property left unset.
    @Test(arguments: ["hostile fixture", "bundled graph"])
    func everyValueHasItsColumnsType(graphName: String) throws {
        let graph = graphName == "bundled graph" ? try BundledGraph.load() : try ExportFixture.hostile()
        let (nodesText, edgesText) = CSVExporterTests.export(graph)
        let nodeRows = try RFC4180.parse(nodesText), edgeRows = try RFC4180.parse(edgesText)
        let nodeFields = try CSVExporter.nodeHeader.map(Neo4jHeader.parse)
        let edgeFields = try CSVExporter.edgeHeader.map(Neo4jHeader.parse)
        var ids = Set<String>()
        for row in nodeRows.dropFirst() {
            try #require(row.count == nodeFields.count)
            for (field, value) in zip(nodeFields, row) {
                switch field {
                case .id:
                    let id = try #require(value, "a node without an id")
                    #expect(ids.insert(id).inserted, "the id \(id) twice")
                case .label:
                    let labels = try #require(value, "a node without a label").split(separator: ";", omittingEmptySubsequences: false)
                    #expect(labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber } }, "labels \(labels)")
                default:
                    Self.expectValue(value, of: field)
                }
            }
        }
        #expect(ids.count == graph.nodes.count)
        for row in edgeRows.dropFirst() {
            try #require(row.count == edgeFields.count)
            for (field, value) in zip(edgeFields, row) {
                switch field {
                case .startID, .endID:
                    #expect(value.map(ids.contains) == true, "an end \(value ?? "missing") that is no node's id")
                case .type:
                    #expect(value?.allSatisfy { $0.isUppercase || $0 == "_" } == true, "type \(value ?? "missing")")
                default:
                    Self.expectValue(value, of: field)
                }
            }
        }
        #expect(edgeRows.count == graph.edges.count + 1)
    }

    static func expectValue(_ value: String?, of field: Neo4jHeader.Field) {
        guard case .property(let name, let type, let isArray) = field else {
            Issue.record("an unexpected field \(field)")
            return
        }
        guard let value else { return }
        let elements = isArray ? value.split(separator: ";", omittingEmptySubsequences: false).map(String.init) : [value]
        #expect(elements.allSatisfy { Neo4jHeader.accepts($0, as: type) }, "\(name): \(value.prefix(60)) is not a \(type)")
    }
}
