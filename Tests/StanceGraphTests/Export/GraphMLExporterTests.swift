import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

@Suite struct GraphMLExporterTests {
    @Test func matchesTheGoldenFile() throws {
        try Golden.snapshots.assertMatches(GraphMLExporter().string(for: try ExportFixture.hostile()), named: "hostile.graphml")
    }

    @Test func matchesTheYEdGoldenFile() throws {
        try Golden.snapshots.assertMatches(GraphMLExporter(options: .init(yEd: true)).string(for: try ExportFixture.hostile()), named: "hostile-yed.graphml")
    }

    @Test func declaresEveryKeyOnceBeforeTheGraph() throws {
        let xml = GraphMLExporter().string(for: try ExportFixture.hostile())
        let lines = xml.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let graphLine = try #require(lines.firstIndex { $0.hasPrefix("<graph ") })
        #expect(lines[graphLine] == #"<graph id="G" edgedefault="directed">"#)
        let keyLines = lines.indices.filter { lines[$0].hasPrefix("<key ") }
        #expect(keyLines.allSatisfy { $0 < graphLine })
        let declared = keyLines.map { lines[$0] }
        #expect(declared.count == GraphMLExporter.keys.count)
        #expect(Set(GraphMLExporter.keys.map(\.id)).count == GraphMLExporter.keys.count)
        #expect(declared.contains(#"<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double">"#))
        #expect(xml.contains("attr.type=\"double\">\n    <default>1.0</default>\n  </key>"), "a missing confidence reads as 1, not 0 or NaN")
        #expect(declared.contains(#"<key id="e_provenance_count" for="edge" attr.name="provenance_count" attr.type="int"/>"#))
        #expect(declared.contains(#"<key id="e_stance" for="edge" attr.name="stance" attr.type="boolean"/>"#))
        let domains = Dictionary(uniqueKeysWithValues: GraphMLExporter.keys.map { ($0.id, $0.domain.rawValue) })
        var element = "graphml"
        for line in lines {
            for candidate in ["graph", "node", "edge"] where line.hasPrefix("<\(candidate) ") { element = candidate }
            guard line.hasPrefix("<data key=\"") else { continue }
            let key = String(line.dropFirst(11).prefix { $0 != "\"" })
            #expect(domains[key] == element, "\(key) used in <\(element)>")
        }
    }

    @Test func keysAreTheSameWhateverTheGraphHolds() throws {
        let header: (Graph) -> String = { graph in
            GraphMLExporter().string(for: graph).components(separatedBy: "<graph ")[0]
        }
        let empty = try Graph(nodes: [], edges: [])
        #expect(header(empty) == header(try ExportFixture.hostile()))
    }

    /// The output is streamed a megabyte at a time: a graph of several megabytes is never held
    /// whole, and a small one is written at once.
    @Test func streamsAMegabyteAtATime() throws {
        let nodes = (0..<2_000).map { Node(id: "actor-\($0)", kind: .actor, label: "Actor <\($0)> & «co»") }
        let edges = (0..<20_000).map { Edge(id: "e-\($0)", type: .memberOf, from: "actor-\($0 % 2_000)", to: "actor-\(($0 + 7) % 2_000)") }
        let graph = try Graph(nodes: nodes, edges: edges)
        var stream = CountingStream()
        GraphMLExporter().write(graph, to: &stream)
        #expect(stream.text.utf8.count > 4 * GraphMLExporter.bufferSize)
        #expect(stream.writes > 4)
        #expect(stream.largestWrite < GraphMLExporter.bufferSize + 4_096)
        #expect(stream.text == GraphMLExporter().string(for: graph))

        var small = CountingStream()
        GraphMLExporter().write(try ExportFixture.hostile(), to: &small)
        #expect(small.largestWrite < GraphMLExporter.bufferSize)
    }

    @Test func neverWritesUnsafeURLs() throws {
        for yEd in [false, true] {
            let xml = GraphMLExporter(options: .init(yEd: yEd)).string(for: try ExportFixture.hostile()).lowercased()
            for scheme in ["javascript:", "data:text", "file:"] { #expect(!xml.contains(scheme)) }
        }
    }

    /// An edge about an edge ends at the node the stance it is about ends at, and names that stance.
    @Test(arguments: [
        ("e5-doubts-e1", "hostile.actor:1", "ceasefire", "e1-putin-supports"),
        ("e6-denies-e5", "mfa-arab", "ceasefire", "e5-doubts-e1"),
    ])
    func pointsClaimsAboutClaimsAtTheStancesNode(edge: String, source: String, target: String, about: String) throws {
        let xml = GraphMLExporter().string(for: try ExportFixture.hostile())
        let element = try #require(xml.components(separatedBy: "<edge id=\"\(edge)\"").dropFirst().first?.components(separatedBy: "</edge>").first)
        #expect(element.hasPrefix(" source=\"\(source)\" target=\"\(target)\">"))
        #expect(element.contains("<data key=\"e_target_edge\">\(about)</data>"))
    }

    @Test(.enabled(if: ExternalTool.hasXmllint, "needs xmllint"))
    func validatesAgainstTheGraphMLSchema() throws {
        let scratch = try Scratch()
        defer { withExtendedLifetime(scratch) {} }  // the folder goes when scratch does
        func validate(_ file: URL) throws -> CommandResult {
            try ProcessRunner.run("xmllint", ["--nonet", "--noout", "--schema", ExternalTool.graphMLSchema.path, file.path])
        }
        for (name, graph) in [("hostile", try ExportFixture.hostile()), ("empty", try Graph(nodes: [], edges: []))] {
            let file = scratch.url.appendingPathComponent("\(name).graphml")
            try Data(GraphMLExporter().string(for: graph).utf8).write(to: file)
            let result = try validate(file)
            #expect(result.exitCode == 0, "\(result.stderr)")
        }
        // The schema does check: an edge to a node that is not there fails it.
        let dangling = scratch.url.appendingPathComponent("dangling.graphml")
        try Data(GraphMLExporter().string(for: try ExportFixture.hostile())
            .replacingOccurrences(of: "target=\"russia\"", with: "target=\"nowhere\"").utf8).write(to: dangling)
        let refused = try validate(dangling)
        #expect(refused.exitCode != 0)
        #expect(refused.stderr.contains("edge_target_ref"), "\(refused.stderr)")
        // yEd's graphics are elements inside <data>, which the strict schema forbids: that
        // output is only required to be well-formed (yEd, networkx and igraph read it).
        let yEd = scratch.url.appendingPathComponent("yed.graphml")
        try Data(GraphMLExporter(options: .init(yEd: true)).string(for: try ExportFixture.hostile()).utf8).write(to: yEd)
        let wellFormed = try ProcessRunner.run("xmllint", ["--nonet", "--noout", yEd.path])
        #expect(wellFormed.exitCode == 0, "\(wellFormed.stderr)")
    }

    @Test(.enabled(if: ExternalTool.hasNetworkX && ExternalTool.hasIgraph, "needs python3 with networkx and igraph"))
    func networkXAndIgraphReadEveryValue() throws {
        try checkWithPython(yEd: false, readers: "networkx,igraph")
    }

    @Test(.enabled(if: ExternalTool.hasNetworkX, "needs python3 with networkx"))
    func networkXReadsTheYEdVariantToo() throws {
        try checkWithPython(yEd: true, readers: "networkx")
    }

    /// graph-tool opens both variants (it refuses a key without attr.type), and fills in the
    /// confidence default.
    @Test(.enabled(if: ExternalTool.hasGraphTool, "needs graph-tool (apt install python3-graph-tool)"))
    func graphToolOpensBothVariants() throws {
        let graph = try ExportFixture.hostile()
        let scratch = try Scratch()
        defer { withExtendedLifetime(scratch) {} }  // the folder goes when scratch does
        let script = """
            import sys, graph_tool.all as gt
            g = gt.load_graph(sys.argv[1])
            confidence = g.edge_properties["confidence"]
            print(g.num_vertices(), g.num_edges(), sorted(set(confidence[e] for e in g.edges())))
            """
        let stated = Set(graph.edges.compactMap(\.confidence)).union(graph.edges.contains { $0.confidence == nil } ? [1] : [])
        for yEd in [false, true] {
            let file = scratch.url.appendingPathComponent("hostile-\(yEd).graphml")
            try Data(GraphMLExporter(options: .init(yEd: yEd)).string(for: graph).utf8).write(to: file)
            let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", script, file.path])
            #expect(result.exitCode == 0, "\(result.stderr)")
            let expected = "\(graph.nodes.count) \(graph.edges.count) [\(stated.sorted().map { "\($0)" }.joined(separator: ", "))]\n"
            #expect(result.stdout == expected, "yEd: \(yEd)")
        }
    }

    private func checkWithPython(yEd: Bool, readers: String) throws {
        let graph = try ExportFixture.hostile()
        let scratch = try Scratch()
        defer { withExtendedLifetime(scratch) {} }  // the folder goes when scratch does
        let file = scratch.url.appendingPathComponent("hostile.graphml"), expected = scratch.url.appendingPathComponent("expected.json")
        try Data(GraphMLExporter(options: .init(yEd: yEd)).string(for: graph).utf8).write(to: file)
        var expectation = try GraphMLExpectation.of(graph)
        if yEd { expectation = expectation.addingYEdAttributes(for: graph) }
        try Data(expectation.json.serialized().utf8).write(to: expected)
        let script = PackageRoot.url.appendingPathComponent("scripts/check-graphml.py").path
        let result = try ProcessRunner.run("python3", [script, file.path, expected.path, "--readers", readers])
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
    }

    /// The `provenance` attribute is JSON that holds every record, field for field.
    @Test func provenanceAttributeLosesNothing() throws {
        let graph = try ExportFixture.hostile()
        for (index, edge) in graph.edges.enumerated() where !edge.provenance.isEmpty {
            let text = try #require(GraphMLExporter().edgeData(index, of: graph).first { $0.0 == "e_provenance" }?.1)
            let records = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
            #expect(records.count == edge.provenance.count)
            for (record, original) in zip(records, edge.provenance) {
                #expect(record["source"] as? String == original.source)
                #expect(record["date"] as? String == original.date?.description)
                #expect(record["attribution"] as? String == original.attribution.rawValue)
                #expect(record["quote"] as? String == original.quote)
                #expect(record["paraphrase"] as? Bool == original.paraphrase)
                #expect(record["passage"] as? String == original.passage)
                #expect(record["notes"] as? String == original.notes)
            }
        }
    }
}

/// What networkx and igraph must read from the GraphML of a graph, worked out from the model.
struct GraphMLExpectation {
    var json: JSONValue

    /// `exactText`: the format carries every character (JSON), rather than XML's.
    static func of(_ graph: Graph, exactText: Bool = false) throws -> GraphMLExpectation {
        func string(_ value: String?) -> JSONValue? {
            value.map { .object([("type", "string"), ("value", .string(exactText ? $0 : xmlSafe($0)))]) }
        }
        func data(_ members: [(String, JSONValue?)]) -> JSONValue {
            .object(members.compactMap { name, value in value.map { (name, $0) } })
        }
        /// A list, written as a JSON array: the reader must parse the string back to these
        /// elements, exactly (JSON escapes what XML could not carry).
        func list(_ elements: [JSONValue]) -> JSONValue? {
            elements.isEmpty ? nil : .object([("type", "json"), ("value", .array(elements))])
        }
        func roleJSON(_ role: Role) -> JSONValue {
            .object([("title", JSONValue.string(role.title)), ("of", role.of.map { .string($0) }),
                     ("from", role.from.map { .string($0.description) }), ("until", role.until.map { .string($0.description) })]
                .compactMap { name, value in value.map { (name, $0) } })
        }
        let nodes: [JSONValue] = graph.nodes.map { node in
            let url = node.url.flatMap { $0.lowercased().hasPrefix("http") ? $0 : nil }
            return .object([("id", .string(node.id)), ("data", data([
                ("label", string(node.label)), ("name", string(node.label)), ("kind", string(node.kind.rawValue)), ("subtype", string(node.subtype?.rawValue)),
                ("side", string(node.side)), ("aliases", list(node.aliases.map(JSONValue.string))),
                ("description", string(node.description)), ("roles", list(node.roles.map(roleJSON))),
                ("title", string(node.title)), ("publisher", string(node.publisher)),
                ("published", string(node.published?.description)), ("url", string(url)), ("file", string(node.file)),
                ("notes", string(node.notes)),
            ]))])
        }
        let edges: [JSONValue] = try graph.edges.map { edge in
            var end = edge.to, about: String?
            while let claimed = graph.edge(end) {
                if about == nil { about = claimed.id }
                end = claimed.to
            }
            let dated = edge.provenance.filter { $0.date != nil }
            let earliest = dated.min { $0.date! < $1.date! }
            // The lead record, worked out independently: most direct, original before a
            // rewrite, most precise date, earliest, first.
            let attributionOrder: [Attribution] = [.onTheRecord, .spokesperson, .anonymousSources, .analystAssessment, .reporterSummary]
            let rewrites = Set(graph.edges.filter { $0.type == .cites }.map(\.from))
            let primary = edge.provenance.enumerated().min { a, b in
                func key(_ r: Provenance) -> [Int] {
                    [attributionOrder.firstIndex(of: r.attribution)!, rewrites.contains(r.source) ? 1 : 0,
                     r.date.map { $0.day != nil ? 0 : $0.month != nil ? 1 : 2 } ?? 3]
                }
                if key(a.element) != key(b.element) { return key(a.element).lexicographicallyPrecedes(key(b.element)) }
                if let x = a.element.date, let y = b.element.date, x != y { return x < y }
                return a.offset < b.offset
            }?.element
            var sources: [String] = []
            for record in edge.provenance where !sources.contains(record.source) { sources.append(record.source) }
            return .object([("id", .string(edge.id)), ("source", .string(edge.from)), ("target", .string(end)), ("data", data([
                ("edge_id", string(edge.id)), ("type", string(edge.type.rawValue)), ("interaction", string(edge.type.rawValue)),
                ("stance", .object([("type", "boolean"), ("value", .bool(![.memberOf, .cites, .conditionsOn].contains(edge.type)))])),
                ("label", string(edge.label)), ("target_edge", string(about)),
                ("sources", list(sources.map(JSONValue.string))),
                ("date", string(earliest?.date?.description)), ("attribution", string(primary?.attribution.rawValue)),
                ("quote", string(primary?.quote)),
                ("paraphrase", primary.map { .object([("type", "boolean"), ("value", .bool($0.paraphrase))]) }),
                ("confidence", edge.confidence.map { .object([("type", "double"), ("value", .double($0))]) }),
                ("valid_from", string(edge.validFrom?.description)), ("valid_until", string(edge.validUntil?.description)),
                ("provenance_count", .object([("type", "int"), ("value", .int(edge.provenance.count))])),
                ("provenance", try provenance(edge)), ("notes", string(edge.notes)),
            ]))])
        }
        let graphData = JSONValue.object([
            ("title", graph.title.map { .string(xmlSafe($0)) }), ("description", graph.description.map { .string(xmlSafe($0)) }),
            ("generator", .string("stancegraph \(StanceGraph.version)")),
        ].compactMap { name, value in value.map { (name, $0) } })
        return GraphMLExpectation(json: .object([("graph", graphData), ("nodes", .array(nodes)), ("edges", .array(edges)),
                                                 ("defaults", .object([("edge", .object([("confidence", .double(1))]))]))]))
    }

    /// The provenance string, checked to be JSON that parses back to the records.
    private static func provenance(_ edge: Edge) throws -> JSONValue? {
        guard !edge.provenance.isEmpty else { return nil }
        let text = ExportValues.provenanceJSON(of: edge)
        _ = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return .object([("type", "string"), ("value", .string(text))])
    }

    /// yEd's graphics, as networkx reports them: a node's position, shape and drawn (wrapped)
    /// label; an edge's drawn label, its own or else its type.
    func addingYEdAttributes(for graph: Graph) -> GraphMLExpectation {
        guard case .object(var top) = json, case .array(let nodes) = top[1].1, case .array(let edges) = top[2].1 else { return self }
        func setting(_ element: JSONValue, _ values: [(String, String)]) -> JSONValue {
            guard case .object(var members) = element, let slot = members.firstIndex(where: { $0.0 == "data" }),
                  case .object(var data) = members[slot].1 else { return element }
            for (name, value) in values {
                let entry = JSONValue.object([("type", "string"), ("value", .string(value))])
                if let existing = data.firstIndex(where: { $0.0 == name }) { data[existing].1 = entry } else { data.append((name, entry)) }
            }
            members[slot].1 = .object(data)
            return .object(members)
        }
        let columns = max(1, Int(Double(graph.nodes.count).squareRoot().rounded(.up)))
        top[1].1 = .array(nodes.enumerated().map { index, node in
            let style = DOTStyle.node(kind: graph.nodes[index].kind, subtype: graph.nodes[index].subtype)
            return setting(node, [
                ("label", DOTText.wrap(graph.nodes[index].label).joined(separator: "\n")),
                ("x", "\(index % columns * 240).0"), ("y", "\(index / columns * 100).0"),
                ("shape_type", GraphMLExporter.yEdShape(style)),
            ])
        })
        top[2].1 = .array(edges.enumerated().map { index, edge in
            let original = graph.edges[index]
            return setting(edge, [("label", GraphMLExpectation.xmlSafe(original.label ?? original.type.rawValue))])
        })
        return GraphMLExpectation(json: .object(top))
    }

    /// What an XML reader gets back for text XML 1.0 cannot carry.
    static func xmlSafe(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            let allowed = scalar.value == 0x9 || scalar.value == 0xA || scalar.value == 0xD
                || (0x20...0xD7FF).contains(scalar.value) || (0xE000...0xFFFD).contains(scalar.value) || scalar.value >= 0x10000
            output.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
        }
        return output
    }
}
