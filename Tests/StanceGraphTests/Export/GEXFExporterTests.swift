import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

@Suite struct GEXFExporterTests {
    @Test func matchesTheGoldenFile() throws {
        try Golden.snapshots.assertMatches(GEXFExporter().string(for: try ExportFixture.hostile()), named: "hostile.gexf")
    }

    @Test func isADynamicDirectedGraphWithDates() throws {
        let xml = GEXFExporter().string(for: try ExportFixture.hostile())
        #expect(xml.contains(#"<graph mode="dynamic" timeformat="date" defaultedgetype="directed">"#))
        #expect(xml.contains(#"<attribute id="confidence" title="confidence" type="double">"#))
        #expect(xml.contains("<default>1.0</default>"))
        #expect(xml.contains(#"<attribute id="provenance_count" title="provenance_count" type="integer"/>"#))
    }

    /// Partial dates are widened to the days they cover.
    @Test(arguments: [
        ("2024", "2024-01-01", "2024-12-31"), ("2024-05", "2024-05-01", "2024-05-31"), ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-02", "2023-02-01", "2023-02-28"), ("2024-05-24", "2024-05-24", "2024-05-24"),
    ])
    func widensPartialDates(date: String, start: String, end: String) throws {
        let partial = try PartialDate(parsing: date)
        #expect(CalendarDay(startOf: partial).description == start)
        #expect(CalendarDay(endOf: partial).description == end)
    }

    @Test func weighsEdgesByTheirEvidence() {
        func record(_ source: String, _ attribution: Attribution) -> Provenance { Provenance(source: source, attribution: attribution) }
        func edge(_ records: [Provenance], confidence: Double? = nil) -> Edge {
            Edge(id: "e", type: .supports, from: "a", to: "b", provenance: records, confidence: confidence)
        }
        #expect(GEXFExporter.weight(of: edge([])) == 1)
        #expect(GEXFExporter.weight(of: edge([], confidence: 0.5)) == 0.5)
        #expect(GEXFExporter.weight(of: edge([record("s", .onTheRecord)])) == 1)
        #expect(abs(GEXFExporter.weight(of: edge([record("s", .reporterSummary)])) - 0.2) < 1e-12)
        // One source counts once, at its most direct record; two sources add up.
        #expect(GEXFExporter.weight(of: edge([record("s", .reporterSummary), record("s", .onTheRecord)])) == 1)
        #expect(abs(GEXFExporter.weight(of: edge([record("s", .onTheRecord), record("t", .spokesperson)], confidence: 0.5)) - 0.9) < 1e-12)
    }

    /// The weight is the same number whatever order the sources come in (summed as floating
    /// point in a dictionary's order, 0.8 + 0.6 + 0.4 printed as 1.8 in one process and
    /// 1.7999999999999998 in the next).
    @Test func weightsDoNotDependOnTheOrderOfSources() {
        let records = [Provenance(source: "s", attribution: .spokesperson), Provenance(source: "t", attribution: .anonymousSources),
                       Provenance(source: "u", attribution: .analystAssessment), Provenance(source: "v", attribution: .reporterSummary)]
        let orders = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]
        let weights = orders.map { order in
            GEXFExporter.weight(of: Edge(id: "e", type: .supports, from: "a", to: "b", provenance: order.map { records[$0] }))
        }
        #expect(weights.allSatisfy { $0 == 2.0 })
        #expect(TextFormatting.number(weights[0]) == "2.0")
        let three = GEXFExporter.weight(of: Edge(id: "e", type: .supports, from: "a", to: "b", provenance: Array(records.prefix(3))))
        #expect(three == 1.8 && TextFormatting.number(three) == "1.8")
    }

    /// On any day, the stances and claims whose spells hold are what `--as-of` that day keeps, so
    /// Gephi's timeline replays the filter. Checked on the bundled graph for every first of the
    /// month and every day an edge's span starts or ends, and the days either side.
    @Test func spellsReplayAsOf() throws {
        let graph = try BundledGraph.load()
        let spells = GraphSpells(graph)
        var days = Set<CalendarDay>()
        for year in 2013...2027 { for month in 1...12 { days.insert(CalendarDay(year: year, month: month, day: 1)) } }
        for spell in spells.edges + spells.nodes.flatMap({ $0 }) {
            for day in [spell.start, spell.end].compactMap({ $0 }) { days.formUnion([day, day.next, day.previous]) }
        }
        #expect(days.count > 180)
        for day in days.sorted() {
            let asOf = try PartialDate(year: day.year, month: day.month, day: day.day)
            let filtered = try GraphFilter(asOf: asOf).apply(to: graph)
            // Stances and claims: structural edges (and so the nodes only they join) follow their
            // ends in the filter, which a spell of their own cannot express.
            let edges = Set(graph.edges.indices.filter { graph.edges[$0].type.isStance && spells.edges[$0].contains(day) }.map { graph.edges[$0].id })
            #expect(edges == Set(filtered.edges.filter(\.type.isStance).map(\.id)), "edges on \(day)")
        }
    }

    @Test(.enabled(if: ExternalTool.hasXmllint, "needs xmllint"))
    func validatesAgainstTheGEXFSchema() throws {
        let scratch = try Scratch()
        defer { withExtendedLifetime(scratch) {} }  // the folder goes when scratch does
        func validate(_ text: String, _ name: String) throws -> CommandResult {
            let file = scratch.url.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            return try ProcessRunner.run("xmllint", ["--nonet", "--noout", "--schema", ExternalTool.gexfSchema.path, file.path])
        }
        let graphs = [("hostile", try ExportFixture.hostile()), ("bundled", try BundledGraph.load()), ("empty", try Graph(nodes: [], edges: []))]
        for (name, graph) in graphs {
            let plain = try validate(GEXFExporter(options: .init(viz: false)).string(for: graph), "\(name).gexf")
            #expect(plain.exitCode == 0, "\(plain.stderr)")
            // The schema declares viz elements in the GEXF namespace; Gephi and networkx use the
            // viz namespace. Everything else must still be valid.
            let viz = try validate(GEXFExporter().string(for: graph), "\(name)-viz.gexf")
            let complaints = viz.stderr.split(separator: "\n").filter { $0.contains("validity error") }
            #expect(complaints.allSatisfy { $0.contains("{\(GEXFExporter.vizNamespace)}") }, "\(viz.stderr)")
        }
        // The schema does check: a spell with a date that is not one fails it.
        let broken = GEXFExporter(options: .init(viz: false)).string(for: try BundledGraph.load())
            .replacingOccurrences(of: "<spell start=\"2024-05-01\"", with: "<spell start=\"2024-05\"")
        #expect(broken.contains("start=\"2024-05\""))
        #expect(try validate(broken, "broken.gexf").exitCode != 0)
    }

    @Test(.enabled(if: ExternalTool.hasNetworkX, "needs python3 with networkx"))
    func networkXReadsEveryValue() throws {
        for (name, graph) in [("hostile", try ExportFixture.hostile()), ("bundled", try BundledGraph.load())] {
            let scratch = try Scratch()
            defer { withExtendedLifetime(scratch) {} }  // the folder goes when scratch does
            let file = scratch.url.appendingPathComponent("\(name).gexf"), expected = scratch.url.appendingPathComponent("expected.json")
            try Data(GEXFExporter().string(for: graph).utf8).write(to: file)
            try Data(try GEXFExpectation.of(graph).serialized().utf8).write(to: expected)
            let script = PackageRoot.url.appendingPathComponent("scripts/check-gexf.py").path
            let result = try ProcessRunner.run("python3", [script, file.path, expected.path])
            #expect(result.exitCode == 0, "\(name): \(result.stdout)\(result.stderr)")
        }
    }
}

extension GraphSpells {
    /// Whether a node without spells shows on every day because something touching it always holds.
    func alwaysHolds(node: Int, in graph: Graph) -> Bool {
        let id = graph.nodes[node].id
        return graph.edges.indices.contains { index in
            guard edges[index].isAlways else { return false }
            return graph.edgeTails[index] == node || graph.targetNodeIndex(ofEdge: index) == node
                || graph.edges[index].provenance.contains { $0.source == id && $0.date == nil }
        }
    }
}

extension CalendarDay {
    var previous: CalendarDay {
        if day > 1 { return CalendarDay(year: year, month: month, day: day - 1) }
        if month > 1 { return CalendarDay(year: year, month: month - 1, day: PartialDate.daysIn(month: month - 1, year: year)) }
        return CalendarDay(year: year - 1, month: 12, day: 31)
    }
}

/// The bundled graph, as the loader reads it.
enum BundledGraph {
    static func load() throws -> Graph {
        let url = PackageRoot.appending("graphs/ceasefire-signals.yaml")
        let input = GraphInput(name: "ceasefire-signals.yaml", bytes: [UInt8](try Data(contentsOf: url)), format: .yaml)
        let result = GraphLoader().load([input])
        return try #require(result.graph)
    }
}

/// What networkx must read from the GEXF of a graph: the GraphML expectation (worked out from
/// the model) with labels as GEXF labels, no `edge_id` (GEXF keeps edge ids), GEXF's type
/// names, and the weights, spells and colours.
enum GEXFExpectation {
    static func of(_ graph: Graph) throws -> JSONValue {
        guard case .object(let top) = try GraphMLExpectation.of(graph).json,
              case .array(let nodes)? = top.first(where: { $0.0 == "nodes" })?.1,
              case .array(let edges)? = top.first(where: { $0.0 == "edges" })?.1 else { throw Malformed() }
        let spells = GraphSpells(graph)
        func spellsJSON(_ list: [Spell]) -> JSONValue {
            .array(list.map { .array([$0.start.map { .string($0.description) } ?? .null, $0.end.map { .string($0.description) } ?? .null]) })
        }
        func split(_ element: JSONValue) throws -> (members: [(String, JSONValue)], data: [(String, JSONValue)]) {
            guard case .object(let members) = element, case .object(let data)? = members.first(where: { $0.0 == "data" })?.1 else { throw Malformed() }
            return (members.filter { $0.0 != "data" }, data)
        }
        func value(_ spec: JSONValue?) -> JSONValue {
            guard case .object(let members)? = spec else { return .null }
            return members.first { $0.0 == "value" }?.1 ?? .null
        }
        let gexfNodes: [JSONValue] = try zip(nodes, graph.nodes).map { element, node in
            var (members, data) = try split(element)
            let label = value(data.first { $0.0 == "label" }?.1)
            data.removeAll { $0.0 == "label" || $0.0 == "name" }
            let style = DOTStyle.node(kind: node.kind, subtype: node.subtype)
            let hex = node.kind == .source ? style.color : style.fillColor
            let rgb = Int(hex.dropFirst(), radix: 16)!
            members += [("label", label), ("spells", spellsJSON(spells.nodes[graph.nodeIndex(of: node.id)!])),
                        ("color", .array([.int(rgb >> 16), .int((rgb >> 8) & 0xFF), .int(rgb & 0xFF)])), ("data", .object(data))]
            return .object(members)
        }
        let gexfEdges: [JSONValue] = try edges.enumerated().map { index, element in
            var (members, data) = try split(element)
            let label = value(data.first { $0.0 == "label" }?.1)
            data.removeAll { ["label", "edge_id", "interaction"].contains($0.0) }
            data = data.map { name, spec in
                name == "provenance_count" ? (name, .object([("type", "integer"), ("value", value(spec))])) : (name, spec)
            }
            let edge = graph.edges[index]
            // The weight, worked out again: confidence × (Σ over distinct sources of (5 − best indirectness)) / 5.
            var best: [String: Int] = [:]
            for record in edge.provenance { best[record.source] = min(best[record.source] ?? 9, record.attribution.indirectness) }
            let weight = (edge.confidence ?? 1) * (edge.provenance.isEmpty ? 1 : Double(best.values.map { 5 - $0 }.reduce(0, +)) / 5)
            let spell = spells.edges[index]
            members += [("label", label), ("weight", .double(weight)), ("spells", spellsJSON(spell.isAlways ? [] : [spell])),
                        ("data", .object(data))]
            return .object(members)
        }
        return .object([("nodes", .array(gexfNodes)), ("edges", .array(gexfEdges)),
                        ("defaults", .object([("edge", .object([("confidence", .double(1))]))]))])
    }

    struct Malformed: Error {}
}
