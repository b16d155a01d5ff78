import Foundation
import Testing
import StanceGraph
import StanceGraphRender
import StanceGraphTestSupport

/// The default diagrams of the bundled graph, as Graphviz lays them out: pages that read at a
/// glance rather than strips, with the legend under the drawing and in vocabulary order. These
/// check the layout's shape, not its bytes, which change from one Graphviz version to another.
@Suite struct DiagramLayoutTests {
    static let bundled: Graph = {
        let path = PackageRoot.appending("graphs/ceasefire-signals.yaml").path
        let input = try! GraphInput.read(path: path).get()
        return GraphLoader().load([input]).graph!
    }()

    /// A rendered SVG's size in points and where its labelled nodes are, by id.
    struct Layout {
        var width: Double
        var height: Double
        /// Each node's first text line, by the node's SVG id: (x, y) in SVG coordinates (y downwards).
        var nodes: [String: (x: Double, y: Double)]
        var svg: SVGElement
    }

    static func layout(_ graph: Graph, _ options: DOTExporter.Options = .init()) throws -> Layout {
        let diagram = try DiagramRenderer.render(graph, as: .svg, options: options)
        #expect(diagram.warnings.isEmpty, "\(diagram.warnings)")
        let svg = try SVGDocument.parse(diagram.bytes)
        func points(_ name: String) throws -> Double {
            let text = try #require(svg.attributes[name])
            return try #require(Double(text.hasSuffix("pt") ? String(text.dropLast(2)) : text))
        }
        var nodes: [String: (x: Double, y: Double)] = [:]
        for group in svg.allElements where group.name == "g" && group.classes.first == "node" {
            guard let id = group.attributes["id"], let text = group.allElements.first(where: { $0.name == "text" }),
                  let x = text.attributes["x"].flatMap(Double.init), let y = text.attributes["y"].flatMap(Double.init) else { continue }
            nodes[id] = (x, y)
        }
        return Layout(width: try points("width"), height: try points("height"), nodes: nodes, svg: svg)
    }

    /// The whole graph and the focused views an analyst puts in a report: between 1:2 and 2:1,
    /// and narrow enough that 11-point labels stay legible shown 1,600 pixels wide (the
    /// top-to-bottom drawing of the whole graph was 9,719 by 1,049 points).
    @Test(arguments: [
        GraphFilter(),
        GraphFilter(egoCentre: "putin", egoDepth: 1),
        GraphFilter(asOf: try! PartialDate(parsing: "2023-12-31")),
        GraphFilter(sources: ["src-isw-kyivpost-2024-05"]),
    ])
    func viewsOfTheBundledGraphArePages(filter: GraphFilter) throws {
        let layout = try Self.layout(try filter.apply(to: Self.bundled))
        let ratio = layout.height / layout.width
        #expect(ratio >= 0.5 && ratio <= 2, "\(layout.width) × \(layout.height) pt")
        #expect(layout.width <= 2_000, "\(layout.width) pt wide: labels would be under 9 px at 1,600 px")
    }

    /// The legend and the sources are laid out on their own and packed under the drawing, the
    /// sources above the legend, each under its heading, the legend's samples top to bottom in
    /// the vocabulary's order.
    @Test func theLegendSitsUnderTheDrawingInVocabularyOrder() throws {
        let layout = try Self.layout(Self.bundled)
        let legend = layout.nodes.filter { $0.key.hasPrefix("legend-") }
        let sources = layout.nodes.filter { $0.key.hasPrefix("node-src-") }
        let drawing = layout.nodes.filter { $0.key.hasPrefix("node-") && !$0.key.hasPrefix("node-src-") }
        #expect(drawing.count == Self.bundled.nodes.count - 5 && sources.count == 5)
        let lowestDrawn = try #require(drawing.values.map(\.y).max())
        let sourcesHeading = try #require(layout.nodes["sources"]), legendHeading = try #require(layout.nodes["legend"])
        #expect(lowestDrawn < sourcesHeading.y)
        #expect(sources.values.allSatisfy { $0.y > sourcesHeading.y && $0.y < legendHeading.y })
        #expect(legend.values.allSatisfy { $0.y > legendHeading.y })

        let presentTypes = Set(Self.bundled.edges.map(\.type))
        let samples = EdgeType.allCases.filter(presentTypes.contains).map { "legend-type-\($0.rawValue)" }
        #expect(samples.count == 13)
        var columns = 0
        for (above, below) in zip(samples, samples.dropFirst()) {
            let upper = try #require(legend[above]), lower = try #require(legend[below])
            if abs(upper.x - lower.x) < 1 { #expect(upper.y < lower.y, "\(above) above \(below)") } else { columns += 1 }
        }
        #expect(columns == DOTExporter.legendColumns(for: samples.count + 1) - 1, "the claim sample ends the last column")
    }

    /// Every grouping and direction renders the whole graph without a Graphviz error (2.43
    /// loses unranked edges routed inside boxes, and says so as an error), every edge drawn.
    @Test(arguments: DOTExporter.Clustering.allCases, [DOTExporter.RankDirection.leftToRight, .topToBottom])
    func everyGroupingAndDirectionDrawsEveryEdge(clustering: DOTExporter.Clustering, direction: DOTExporter.RankDirection) throws {
        let layout = try Self.layout(Self.bundled, .init(rankDirection: direction, clustering: clustering))
        for edge in Self.bundled.edges {
            let group = try #require(layout.svg.group(id: "edge-\(edge.id)"), "edge \(edge.id)")
            #expect(group.allElements.contains { $0.name == "path" }, "edge \(edge.id) has no line")
        }
    }

    /// A synthetic graph past dot's edge limit (300 nodes, 1,500 edges, hubs as in the
    /// benchmarks) is laid out with sfdp by default and makes a page: between 1:3 and 3:1.
    @Test(.enabled(if: ProcessRunner.find("python3") != nil, "needs python3 for scripts/generate-synthetic"))
    func aMidSizeSyntheticGraphIsDrawnBySfdpWithinOneToThree() throws {
        let scratch = try Scratch(prefix: "stancegraph-layout")
        let file = scratch.path("synthetic.json")
        let generated = try ProcessRunner.run(URL(fileURLWithPath: ProcessRunner.find("python3")!),
                                              [PackageRoot.appending("scripts/generate-synthetic").path, "--edges", "1500", "--seed", "1", "-o", file])
        try #require(generated.exitCode == 0, "\(generated.stderr)")
        let input = try GraphInput.read(path: file).get()
        let graph = try #require(GraphLoader().load([input]).graph)
        #expect(LayoutEngine.defaultChoice(for: graph).engine == .sfdp)
        let diagram = try DiagramRenderer.render(graph, as: .svg)
        #expect(diagram.engine == .sfdp)
        let svg = try SVGDocument.parse(diagram.bytes)
        func points(_ name: String) throws -> Double {
            let text = try #require(svg.attributes[name])
            return try #require(Double(text.hasSuffix("pt") ? String(text.dropLast(2)) : text))
        }
        let width = try points("width"), height = try points("height")
        #expect(height / width >= 1.0 / 3 && height / width <= 3, "\(width) × \(height) pt")
    }
}
