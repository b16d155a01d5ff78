import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// The graphs the export tests write.
enum ExportFixture {
    /// `Fixtures/export/hostile.yaml` as the loader reads it.
    static func loaded() throws -> Graph {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/export/hostile.yaml")
        let input = GraphInput(name: "hostile.yaml", bytes: [UInt8](try Data(contentsOf: url)), format: .yaml)
        let result = GraphLoader().load([input])
        return try #require(result.graph, "the export fixture does not load: \(result.report.sorted.map(\.formatted))")
    }

    /// URLs no export may ever link to, put on nodes in code (the loader refuses them).
    static let unsafeURLs = [
        "hostile.actor:1": "javascript:alert(document.cookie)",
        "anon": "data:text/html,<script>alert(1)</script>",
        "peace-group": "JaVaScRiPt:alert(1)",
        "russia": "file:///etc/passwd",
    ]

    /// The fixture with `unsafeURLs` added: what the golden files are written from.
    static func hostile() throws -> Graph {
        let graph = try loaded()
        let nodes = graph.nodes.map { node in
            var node = node
            if let url = unsafeURLs[node.id] { node.url = url }
            return node
        }
        return try Graph(title: graph.title, description: graph.description, nodes: nodes, edges: graph.edges)
    }
}

extension Golden {
    /// The golden files in `Tests/StanceGraphTests/Snapshots/`, read from the test bundle;
    /// `STANCEGRAPH_RECORD=1 swift test --filter Export` re-records them (see `Golden`).
    static let snapshots = Golden(
        sourceFolder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Snapshots"),
        readFolder: (Bundle.module.resourceURL ?? Bundle.module.bundleURL).appendingPathComponent("Snapshots"))
}

/// Programs some tests use when the machine has them (CI always does).
enum ExternalTool {
    /// The GraphML schema, vendored in `Fixtures/schemas/` with the xlink schema it imports
    /// (see the README there), so that validating never needs the network.
    static let graphMLSchema = (Bundle.module.resourceURL ?? Bundle.module.bundleURL)
        .appendingPathComponent("Fixtures/schemas/graphml.xsd")

    /// The GEXF 1.2draft schema, vendored beside the GraphML one with the viz schema it imports.
    static let gexfSchema = (Bundle.module.resourceURL ?? Bundle.module.bundleURL)
        .appendingPathComponent("Fixtures/schemas/gexf.xsd")

    static let hasXmllint = ProcessRunner.find("xmllint") != nil
    static let hasGraphviz = ProcessRunner.find("dot") != nil && ProcessRunner.find("gc") != nil
    static let hasNetworkX = ProcessRunner.succeeds("python3", ["-c", "import networkx"])
    static let hasIgraph = ProcessRunner.succeeds("python3", ["-c", "import igraph"])
    static let hasPython = ProcessRunner.find("python3") != nil
    /// graph-tool, which Debian packages for its own Python only (`python3-graph-tool`).
    static let hasGraphTool = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
        && ((try? ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", "import graph_tool"]).exitCode) == 0)
}

/// A `TextOutputStream` that counts the pieces it is given, to show an exporter streams.
struct CountingStream: TextOutputStream {
    var text = ""
    var writes = 0
    var largestWrite = 0

    mutating func write(_ string: String) {
        text += string
        writes += 1
        largestWrite = max(largestWrite, string.utf8.count)
    }
}
