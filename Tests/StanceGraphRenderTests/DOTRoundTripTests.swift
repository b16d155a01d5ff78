import Foundation
import Testing
import StanceGraph
import StanceGraphRender
import StanceGraphTestSupport

/// The DOT stancegraph writes parses back through Graphviz's own parser with the nodes and
/// edges it should have: one per node and edge, plus a diamond and a second segment for each
/// stance that a claim is about, and the sources' heading and the invisible edges that only
/// place nodes.
@Suite struct DOTRoundTripTests {
    @Test(arguments: ["graphs/ceasefire-signals.yaml", "Tests/StanceGraphTests/Fixtures/export/hostile.yaml"])
    func dotParsesBackWithTheSameCounts(path: String) throws {
        let input = try GraphInput.read(path: PackageRoot.appending(path).path).get()
        let result = GraphLoader().load([input])
        let graph = try #require(result.graph, "\(result.report.diagnostics.map(\.formatted))")
        var options = DOTExporter.Options()
        options.legend = false
        let dot = DOTExporter(options: options).string(for: graph)
        let claimed = Set(graph.edgeTargets.compactMap { target -> Int? in
            if case .edge(let index) = target { return index } else { return nil }
        })
        // Invisible edges only place things (the sources set apart, in columns under their heading).
        let lines = dot.split(separator: "\n")
        let placing = lines.filter { $0.hasSuffix(#" [style="invis"];"#) }.count
        let headings = lines.filter { $0.hasPrefix(#"  "sources/heading" ["#) }.count
        #expect(headings == (graph.nodes.contains { $0.kind == .source } ? 1 : 0))
        let counts = try GraphvizRenderer.counts(dot: dot)
        #expect(counts.nodes == graph.nodes.count + claimed.count + headings)
        #expect(counts.edges == graph.edges.count + claimed.count + placing)
    }
}
