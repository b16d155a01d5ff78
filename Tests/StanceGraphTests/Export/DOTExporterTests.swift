import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

@Suite struct DOTExporterTests {
    @Test func matchesTheGoldenFile() throws {
        try Golden.snapshots.assertMatches(DOTExporter().string(for: try ExportFixture.hostile()), named: "hostile.dot")
    }

    @Test func isDeterministic() throws {
        let graph = try ExportFixture.hostile()
        let options = DOTExporter.Options(engine: .neato, rankDirection: .leftToRight, clustering: .kind)
        #expect(DOTExporter(options: options).string(for: graph) == DOTExporter(options: options).string(for: try ExportFixture.hostile()))
    }

    @Test func neverLinksToUnsafeURLs() throws {
        let dot = DOTExporter().string(for: try ExportFixture.hostile()).lowercased()
        for scheme in ["javascript:", "data:", "file:"] { #expect(!dot.contains(scheme)) }
        #expect(dot.contains(#"url="https://example.org/report?a=1&amp;b=2&amp;c=%3cx%3e""#))
    }

    @Test func givesEveryNodeAndEdgeAStableIDAndClasses() throws {
        let graph = try ExportFixture.hostile()
        let dot = DOTExporter().string(for: graph)
        for node in graph.nodes {
            #expect(dot.contains("\(DOTText.quoted(node.id)) [id=\(DOTText.quoted("node-\(node.id)"))"), "node \(node.id)")
        }
        for edge in graph.edges { #expect(dot.contains("[id=\(DOTText.quoted("edge-\(edge.id)"))"), "edge \(edge.id)") }
        #expect(dot.contains(#""putin" [id="node-putin", class="actor person side-russia""#))
        #expect(dot.contains(#"[id="edge-e2-zelensky-opposes", class="opposes""#))
        #expect(dot.contains(#"class="actor media side-west-quoted-odd""#))
    }

    /// A stance that edges are about is drawn in two segments through its diamond; the claims end at the diamond.
    @Test func drawsClaimsAboutClaimsThroughADiamond() throws {
        let dot = DOTExporter().string(for: try ExportFixture.hostile())
        #expect(dot.contains(#""claim/e1-putin-supports" [id="claim-e1-putin-supports", class="claim supports", shape="diamond""#))
        #expect(dot.contains(#""putin" -> "claim/e1-putin-supports" [id="edge-e1-putin-supports", class="supports claimed""#))
        #expect(dot.contains(#""claim/e1-putin-supports" -> "ceasefire" [id="edge-e1-putin-supports-head""#))
        #expect(dot.contains(#""hostile.actor:1" -> "claim/e5-doubts-e1" [id="edge-e5-doubts-e1""#))
        #expect(dot.contains(#""claim/e5-doubts-e1" -> "claim/e1-putin-supports" [id="edge-e5-doubts-e1-head""#))
        #expect(dot.contains(#""mfa-arab" -> "claim/e5-doubts-e1" [id="edge-e6-denies-e5", class="denies about-edge""#))
        // The drawn segment into the diamond has no arrowhead; the one out of it has the type's.
        let segment = try #require(dot.split(separator: "\n").first { $0.contains(#"[id="edge-e1-putin-supports","#) })
        #expect(segment.hasSuffix(#"arrowhead="none"];"#))
        #expect(!dot.contains(#""claim/e2-"#), "an edge no claim is about has no diamond")
    }

    @Test func theLegendShowsExactlyWhatTheGraphHolds() throws {
        let graph = try ExportFixture.hostile()
        let dot = DOTExporter().string(for: graph)
        let presentTypes = Set(graph.edges.map(\.type))
        for type in EdgeType.allCases {
            #expect(dot.contains(#"id="legend-edge-\#(type.rawValue)""#) == presentTypes.contains(type), "\(type)")
        }
        let presentSubtypes = Set(graph.nodes.compactMap(\.subtype))
        for subtype in ActorSubtype.allCases {
            #expect(dot.contains(#"id="legend-node-actor-\#(subtype.rawValue)""#) == presentSubtypes.contains(subtype), "\(subtype)")
        }
        #expect(dot.contains(#"id="legend-claim""#))

        let supportsOnly = try GraphFilter(types: [.supports]).apply(to: graph)
        let filtered = DOTExporter().string(for: supportsOnly)
        #expect(filtered.components(separatedBy: #"id="legend-edge-"#).count == 2)
        #expect(filtered.contains(#"id="legend-edge-supports""#))
        #expect(!filtered.contains("legend-claim"))
        #expect(!filtered.contains("legend-node-condition"))
        #expect(filtered.contains("legend-node-position") && filtered.contains("legend-node-actor-person") && filtered.contains("legend-node-source"))
        #expect(!filtered.contains("legend-node-actor-media"))

        #expect(!DOTExporter(options: .init(legend: false)).string(for: graph).contains("legend"))
    }

    @Test(arguments: DOTExporter.Clustering.allCases)
    func clustersBySideKindOrNothing(clustering: DOTExporter.Clustering) throws {
        let dot = DOTExporter(options: .init(clustering: clustering)).string(for: try ExportFixture.hostile())
        let lines = dot.split(separator: "\n")
        let clusters = lines.filter { $0.contains("subgraph \"cluster ") && !$0.contains("cluster legend") }
        switch clustering {
        case .side:
            #expect(clusters.map { String($0) } == [
                #"  subgraph { subgraph "cluster side:middle-east" {"#, #"  subgraph { subgraph "cluster side:russia" {"#,
                #"  subgraph { subgraph "cluster side:ukraine" {"#, #"  subgraph { subgraph "cluster side:west \"quoted\" &amp; &lt;odd&gt;" {"#,
            ])
        case .kind:
            #expect(clusters.map { String($0) } == ["actor", "position", "condition", "source"].map { #"  subgraph { subgraph "cluster kind:\#($0)" {"# })
        case .none:
            #expect(clusters.isEmpty)
        }
        // Every box sits in an unnamed subgraph (see `everyBoxIsInAnUnnamedSubgraph`), the
        // legend's too when there are boxes (see `packsOnlyWithoutBoxes`).
        #expect(lines.filter { $0 == "  } }" }.count == clusters.count + (clustering == .none ? 0 : 1))
    }

    /// Packed, Graphviz 2.43 reads freed memory when it closes a part with a box that holds an
    /// edge (valgrind shows it for any such cluster), and rendering runs in-process: so the
    /// parts are packed only when no box is written, the legend then under a heading. With
    /// boxes, the legend is a box too, and no flat edges are written: outside a box they made
    /// dot's layout change from run to run, and inside one their order is not kept anyway.
    @Test(arguments: DOTExporter.Clustering.allCases, [LayoutEngine.dot, .neato])
    func packsOnlyWithoutBoxes(clustering: DOTExporter.Clustering, engine: LayoutEngine) throws {
        let exporter = DOTExporter(options: .init(engine: engine, clustering: clustering))
        let graph = try ExportFixture.hostile()
        let dot = exporter.string(for: graph)
        let packs = clustering == .none && engine == .dot
        #expect(exporter.packsParts(graph) == packs)
        #expect(dot.contains(#"pack="true""#) == packs)
        #expect(dot.contains(#"subgraph "cluster "#) == !packs, "boxes (the legend's at least) exactly when not packed")
        #expect(dot.contains(#"subgraph { subgraph "cluster legend" {"#) == !packs)
        #expect(dot.contains(#""legend/heading" [id="legend""#) == packs, "packed, the legend has a heading instead")
        #expect(dot.contains(#""sources/heading" [id="sources""#) == packs, "the sources are set apart only when packed")
        #expect(dot.contains(#"rank="same""#) == packs, "flat chains only in a packed graph")
    }

    /// Without boxes, the sources no edge links to the drawing are set apart under a heading:
    /// first column the heading, the sources no cites edge points at, and half of those without
    /// edges; invisible edges put the other half in a second column. In the sources' kind box,
    /// those without edges take two columns too.
    @Test func sourcesSetApartTakeTwoColumns() throws {
        let sources = (1...5).map { Node(id: "s\($0)", kind: .source, label: "Source \($0)") } + [
            Node(id: "cited", kind: .source, label: "Cited"), Node(id: "citing", kind: .source, label: "Citing"),
            Node(id: "critic", kind: .source, label: "Critic"),
        ]
        let nodes = sources + [Node(id: "a", kind: .actor, label: "A"), Node(id: "p", kind: .position, label: "P")]
        let evidence = [Provenance(source: "s1", attribution: .onTheRecord, quote: "q")]
        let edges = [
            Edge(id: "e1", type: .supports, from: "a", to: "p", provenance: evidence),
            Edge(id: "e2", type: .cites, from: "citing", to: "cited"),
            Edge(id: "e3", type: .contradicts, from: "critic", to: "e1", provenance: evidence),
        ]
        let graph = try Graph(nodes: nodes, edges: edges)
        func lines(_ clustering: DOTExporter.Clustering) -> [String] {
            DOTExporter(options: .init(clustering: clustering, legend: false)).string(for: graph)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let grid = [#""s1" -> "s4" [style="invis"];"#, #""s2" -> "s5" [style="invis"];"#]
        let packed = lines(.none)
        #expect(packed.filter { $0.hasSuffix(#"[style="invis"];"#) } == grid + [
            #""sources/heading" -> "s1" [style="invis"];"#, #""s1" -> "s2" [style="invis"];"#,
            #""s2" -> "s3" [style="invis"];"#, #""s3" -> "citing" [style="invis"];"#,
        ])
        // The sources set apart come before the drawing, so that they are packed under it;
        // a source that contradicts a stance stays in the drawing.
        let order = packed.compactMap { line in ["\"sources/heading\" [", "\"citing\" [", "\"critic\" [", "\"a\" ["].first { line.hasPrefix($0) } }
        #expect(order == ["\"sources/heading\" [", "\"citing\" [", "\"critic\" [", "\"a\" ["])
        #expect(lines(.kind).filter { $0.hasSuffix(#"[style="invis"];"#) } == grid)
        #expect(lines(.side).filter { $0.hasSuffix(#"[style="invis"];"#) }.isEmpty)
    }

    /// Graphviz orders named subgraphs by where their names sit in memory, so boxes written
    /// bare came out in a different order from run to run; unnamed subgraphs keep the order
    /// written. No box may be written outside one.
    @Test(arguments: [DOTExporter.Clustering.side, .kind], [LayoutEngine.dot, .fdp])
    func everyBoxIsInAnUnnamedSubgraph(clustering: DOTExporter.Clustering, engine: LayoutEngine) throws {
        let dot = DOTExporter(options: .init(engine: engine, clustering: clustering)).string(for: try ExportFixture.hostile())
        let boxes = dot.split(separator: "\n").filter { $0.contains("subgraph \"") }
        #expect(boxes.count == 5, "four sides or four kinds, and the legend")
        for line in boxes { #expect(line.hasPrefix("  subgraph { subgraph \"cluster "), "\(line)") }
    }

    /// The defaults lay a graph out as a page: left to right, the parts packed in one column
    /// with the legend first, then the sources set apart; tight spacing, no boxes, no edge labels.
    @Test func defaultsMakeAPageNotAStrip() throws {
        #expect(DOTExporter.Options() == .init(engine: nil, rankDirection: .leftToRight, clustering: .none, legend: true, edgeLabels: false))
        let dot = DOTExporter().string(for: try ExportFixture.hostile())
        let graphLine = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  graph [") })
        for attribute in [#"rankdir="LR""#, #"nodesep="0.08""#, #"ranksep="0.5""#, #"pack="true""#, #"packmode="array_ci1""#] {
            #expect(graphLine.contains(attribute), "\(attribute)")
        }
        // dot stacks the parts in the order of their first node: the legend, then the sources
        // set apart, then the drawing.
        let legend = try #require(dot.range(of: #""legend/heading" [id="legend""#))
        let sources = try #require(dot.range(of: #""sources/heading" [id="sources""#))
        let firstNode = try #require(dot.range(of: #""putin" [id="node-putin""#))
        #expect(legend.lowerBound < sources.lowerBound && sources.lowerBound < firstNode.lowerBound)
        // Spacing and packing are dot's; other engines get overlap removal instead.
        let neato = DOTExporter(options: .init(engine: .neato)).string(for: try ExportFixture.hostile())
        #expect(!neato.contains("nodesep=") && !neato.contains("pack=") && neato.contains(#"overlap="false""#))
    }

    /// An edge's label is drawn only when asked for; its text is always in the tooltip.
    @Test func edgeLabelsAreDrawnOnlyWhenAsked() throws {
        let graph = try ExportFixture.hostile()
        func edgeLine(_ dot: String) throws -> Substring {
            try #require(dot.split(separator: "\n").first { $0.contains(#"[id="edge-e2-zelensky-opposes""#) })
        }
        let plain = try edgeLine(DOTExporter().string(for: graph))
        #expect(!plain.contains(" label=") && !plain.contains("labeltooltip="))
        #expect(plain.contains(#"tooltip="Володимир Зеленський opposes Ceasefire {now} on \"current\" lines, which is a very long label that must wrap and be cut off somewhere before the end of it all\nlabel, with \"quote\"\n"#))
        let labelled = try edgeLine(DOTExporter(options: .init(edgeLabels: true)).string(for: graph))
        #expect(labelled.contains(#"label="label, with \"quote\"", labeltooltip="#))
        // Node labels wrap narrower than DOTText's default and may take a fourth line.
        let dot = DOTExporter().string(for: graph)
        #expect(dot.contains(#"label="Ceasefire {now} on\n\"current\" lines, which\nis a very long label\nthat must wrap and be…""#))
    }

    /// Belonging and speaking for leave the ranking alone between nodes other edges place,
    /// and hold a node that has no other edge beside the one it belongs to; never inside boxes.
    @Test func memberOfAndSpeaksForRankOnlyWhatNothingElsePlaces() throws {
        let nodes = [
            Node(id: "minister", kind: .actor, label: "Minister", subtype: .person, side: "a"),
            Node(id: "ministry", kind: .actor, label: "Ministry", subtype: .government, side: "a"),
            Node(id: "clerk", kind: .actor, label: "Clerk", subtype: .person, side: "a"),
            Node(id: "talks", kind: .position, label: "Talks"),
            Node(id: "src", kind: .source, label: "Source"),
        ]
        let evidence = [Provenance(source: "src", attribution: .onTheRecord, quote: "yes")]
        let edges = [
            Edge(id: "e1", type: .supports, from: "minister", to: "talks", provenance: evidence),
            Edge(id: "e2", type: .opposes, from: "ministry", to: "talks", provenance: evidence),
            Edge(id: "e3", type: .memberOf, from: "minister", to: "ministry"),
            Edge(id: "e4", type: .memberOf, from: "clerk", to: "ministry"),
            Edge(id: "e5", type: .speaksFor, from: "minister", to: "ministry", provenance: evidence),
        ]
        let graph = try Graph(nodes: nodes, edges: edges)
        func unranked(_ clustering: DOTExporter.Clustering) -> [String] {
            DOTExporter(options: .init(clustering: clustering)).string(for: graph).split(separator: "\n")
                .filter { $0.contains(#"constraint="false""#) }
                .compactMap { line in line.range(of: #"id="edge-"#).map { String(line[$0.upperBound...].prefix(2)) } }
        }
        #expect(unranked(.none) == ["e3", "e5"])
        #expect(unranked(.side).isEmpty, "Graphviz 2.43 can lose an unranked edge inside a box")
        #expect(unranked(.kind).isEmpty)
    }

    /// Packed, each of the legend's columns is chained in vocabulary order, the heading first:
    /// outside boxes, Graphviz puts a flat edge's tail above (LR, RL) or left of (TB, BT) its head.
    @Test(arguments: DOTExporter.RankDirection.allCases)
    func legendColumnsKeepVocabularyOrder(direction: DOTExporter.RankDirection) throws {
        let dot = DOTExporter(options: .init(rankDirection: direction)).string(for: try ExportFixture.hostile())
        let lines = dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let entries = lines.compactMap { line -> String? in
            let entry = ["\"legend/heading\"", "\"legend/node/", "\"legend/edge/", "\"legend/claim/name\""].contains { line.hasPrefix($0) }
            guard entry, !line.contains(" -> "), !line.contains("/to\" [") else { return nil }
            return String(line.prefix { $0 != " " })
        }
        #expect(entries.count == 1 + 20, "the heading, 9 node kinds and subtypes, 10 edge types, the claim")
        var flat: [(String, String)] = [], inRank = false
        for line in lines {
            if line == #"rank="same";"# { inRank = true } else if line == "}" { inRank = false }
            if inRank, let arrow = line.range(of: " -> ") {
                flat.append((String(line[..<arrow.lowerBound]), String(line[arrow.upperBound...].prefix { $0 != " " })))
            }
        }
        let legendFlat = flat.filter { $0.0.hasPrefix("\"legend/") }
        #expect(legendFlat.count == 21 - 5, "five columns, each chained")
        for (tail, head) in legendFlat {
            let tailIndex = try #require(entries.firstIndex(of: tail)), headIndex = try #require(entries.firstIndex(of: head))
            #expect(headIndex == tailIndex + 1, "\(tail) -> \(head)")
        }
        #expect(legendFlat.first! == ("\"legend/heading\"", "\"legend/node/actor/person\""))
    }

    @Test(arguments: LayoutEngine.allCases)
    func writesTheEngineAndDirection(engine: LayoutEngine) throws {
        let dot = DOTExporter(options: .init(engine: engine, rankDirection: .bottomToTop)).string(for: try ExportFixture.hostile())
        #expect(dot.contains(#"layout="\#(engine.rawValue)""#))
        #expect(dot.contains(#"rankdir="BT""#))
        #expect(dot.contains(#"overlap="false""#) == (engine != .dot))
    }

    /// Colour never carries meaning alone: each edge type has its own line style and arrowhead pair.
    @Test func edgeTypesDifferInGreyscale() {
        let styles = EdgeType.allCases.map(DOTStyle.edge)
        #expect(Set(styles.map(\.arrowhead)).count == EdgeType.allCases.count)
        #expect(Set(styles.map { "\($0.style)/\($0.arrowhead)" }).count == EdgeType.allCases.count)
        #expect(Set([EdgeType.supports, .opposes, .demands, .doubts].map { DOTStyle.edge($0).style }).count == 4)
        let shapes = ActorSubtype.allCases.map { DOTStyle.node(kind: .actor, subtype: $0) }
        #expect(Set(shapes.map { "\($0.shape)/\($0.style)" }).count == ActorSubtype.allCases.count)
    }

    /// Graphviz refuses quoted strings over 16 KiB: huge labels and evidence must still make valid DOT.
    @Test func keepsEveryQuotedStringShortForHugeText() throws {
        let huge = String(repeating: "Слава & <b>\"", count: 20_000)
        let nodes = [
            Node(id: "a", kind: .actor, label: huge, description: huge),
            Node(id: "p", kind: .position, label: huge),
            Node(id: "s", kind: .source, label: huge, title: huge, url: "https://example.org/" + String(repeating: "x", count: 3_000)),
        ]
        let edges = [Edge(id: "e", type: .supports, from: "a", to: "p", provenance: [
            Provenance(source: "s", attribution: .onTheRecord, quote: huge),
        ], label: huge, notes: huge)]
        let dot = DOTExporter().string(for: try Graph(title: huge, nodes: nodes, edges: edges))
        let longest = DOTExporterTests.quotedStrings(in: dot).map(\.utf8.count).max() ?? 0
        #expect(longest < DOTText.maximumQuotedBytes)
        #expect(longest > 1_000, "the tooltip keeps a good part of the text")
    }

    /// The quoted strings of DOT text, as written (escapes kept).
    static func quotedStrings(in dot: String) -> [String] {
        var strings: [String] = [], current = "", inside = false, escaped = false
        for character in dot {
            if inside {
                if escaped { escaped = false; current.append(character); continue }
                if character == "\\" { escaped = true; current.append(character); continue }
                if character == "\"" { strings.append(current); current = ""; inside = false; continue }
                current.append(character)
            } else if character == "\"" {
                inside = true
            }
        }
        return strings
    }

    @Test func streamsPieceByPiece() throws {
        var stream = CountingStream()
        let graph = try ExportFixture.hostile()
        DOTExporter().write(graph, to: &stream)
        #expect(stream.writes > graph.nodes.count + graph.edges.count)
        #expect(stream.text == DOTExporter().string(for: graph))
    }

    /// Graphviz itself reads the DOT: every statement is one node or edge, and the SVG keeps the ids.
    @Test(.enabled(if: ExternalTool.hasGraphviz, "needs Graphviz's dot and gc"))
    func graphvizParsesItAndKeepsIDs() throws {
        let graph = try ExportFixture.hostile()
        let dot = DOTExporter().string(for: graph)
        let scratch = try Scratch()
        defer { withExtendedLifetime(scratch) {} }  // the folder goes when scratch does
        let file = scratch.url.appendingPathComponent("hostile.dot")
        try Data(dot.utf8).write(to: file)

        let canon = try ProcessRunner.run("dot", ["-Tcanon", file.path])
        #expect(canon.exitCode == 0, "\(canon.stderr)")
        #expect(!canon.stderr.contains("Error"), "\(canon.stderr)")

        let lines = dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let edgeStatements = lines.filter { $0.hasPrefix("\"") && $0.contains("\" -> \"") }.count
        let nodeStatements = lines.filter { $0.hasPrefix("\"") && !$0.contains("\" -> \"") }.count
        let counts = try ProcessRunner.run("gc", ["-n", "-e", file.path])
        let numbers = counts.stdout.split(separator: " ", omittingEmptySubsequences: true).prefix(2).compactMap { Int($0) }
        #expect(numbers == [nodeStatements, edgeStatements], "\(counts.stdout)")

        let svg = try ProcessRunner.run("dot", ["-Tsvg", file.path])
        #expect(svg.exitCode == 0, "\(svg.stderr)")
        for node in graph.nodes { #expect(svg.stdout.contains("id=\"node&#45;\(node.id.replacingOccurrences(of: "-", with: "&#45;"))\""), "\(node.id)") }
        for edge in graph.edges { #expect(svg.stdout.contains("id=\"edge&#45;\(edge.id.replacingOccurrences(of: "-", with: "&#45;"))\""), "\(edge.id)") }
        #expect(svg.stdout.contains("class=\"node actor person side&#45;russia\""))
        #expect(svg.stdout.contains("Back\\slash"), "a backslash is drawn as one backslash")
        #expect(svg.stdout.contains("&amp;amp; {braces}"), "a literal &amp; is drawn as typed")
        #expect(svg.stdout.contains("Владимир Путин"))
        #expect(!svg.stdout.lowercased().contains("javascript:"))
        if ProcessRunner.find("xmllint") != nil {
            let wellFormed = try ProcessRunner.run("xmllint", ["--noout", "-"], stdin: svg.stdout)
            #expect(wellFormed.exitCode == 0, "\(wellFormed.stderr)")
        }
    }
}
