import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

/// docs/modelling.md teaches by excerpts of the bundled graph; these tests keep the excerpts
/// true to the graph and the claims around them true to the tools.
@Suite struct ModellingDocumentationTests {
    static let root = PackageRoot.url

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func bundledGraph() throws -> Graph {
        let path = root.appendingPathComponent("graphs/ceasefire-signals.yaml").path
        let result = GraphLoader().load([try GraphInput.read(path: path).get()])
        return try #require(result.graph, "\(result.report.diagnostics.map(\.formatted))")
    }

    /// The YAML excerpts of the document; an excerpt cut short ends with a `  # …` line.
    static func excerpts() throws -> [String] {
        let document = try text("docs/modelling.md")
        return document.components(separatedBy: "```yaml\n").dropFirst().map { part in
            String(part[..<part.range(of: "```")!.lowerBound])
        }
    }

    @Test func everyExcerptIsCopiedFromTheBundledGraph() throws {
        let graph = try Self.text("graphs/ceasefire-signals.yaml")
        let excerpts = try Self.excerpts()
        #expect(excerpts.count >= 20)
        for excerpt in excerpts {
            let body = excerpt.replacingOccurrences(of: "  # …\n", with: "")
            #expect(graph.contains(body), "not in the graph:\n\(body)")
        }
    }

    @Test func theExcerptsShowEveryKindOfClaimTheDocumentTeaches() throws {
        let excerpts = try Self.excerpts().joined()
        for type in ["supports", "opposes", "doubts", "denies", "contradicts", "reports", "speaks-for",
                     "member-of", "demands", "conditions-on", "rejects", "proposes"] {
            #expect(excerpts.contains("type: \(type)\n"), "no excerpt of a \(type) edge")
        }
        for attribution in Attribution.allCases {
            #expect(excerpts.contains("attribution: \(attribution.rawValue)\n"), "no excerpt with \(attribution.rawValue)")
        }
        #expect(excerpts.contains("paraphrase: true\n"))
        #expect(excerpts.contains("valid_until: "))
        #expect(excerpts.contains("      - title: "))
    }

    @Test func theStanceThatChangesIsFilteredByDate() throws {
        let graph = try Self.bundledGraph()
        let may2024 = try GraphFilter(asOf: PartialDate(parsing: "2024-05")).apply(to: graph)
        #expect(may2024.edge("putin-mobilises-2022-09") == nil)
        #expect(may2024.edge("putin-avoids-new-mobilisation-2024-05") != nil)
        let autumn2022 = try GraphFilter(asOf: PartialDate(parsing: "2022-09")).apply(to: graph)
        #expect(autumn2022.edge("putin-mobilises-2022-09") != nil)
        #expect(autumn2022.edge("putin-avoids-new-mobilisation-2024-05") == nil)
    }

    @Test func claimsAboutClaimsPointAtEdges() throws {
        let graph = try Self.bundledGraph()
        for id in ["kuleba-calls-signals-phony-2024-05", "isw-doubts-sources-veracity", "us-sources-deny-freeze-proposal",
                   "russian-sources-contradict-each-other-on-zelensky", "source-tells-of-no-deal-with-zelensky"] {
            let index = try #require(graph.edgeIndex(of: id))
            guard case .edge = graph.edgeTargets[index] else {
                Issue.record("\(id) does not point at an edge")
                continue
            }
        }
    }
}
