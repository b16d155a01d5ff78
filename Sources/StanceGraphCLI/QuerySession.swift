import ArgumentParser
import Foundation
import StanceGraph

/// What every query command does first: load the graph, apply the shared filters, build the
/// query index once, and turn the names the user typed into nodes, explaining any failure.
struct QuerySession {
    /// The graph as loaded: names resolve against it, so a filter never turns a name "unknown".
    let fullGraph: Graph
    /// The index over the filtered graph, which every answer comes from.
    let index: QueryIndex
    let resolver: NameResolver
    /// The filters applied, in words (`valid on 2024-01; reported by 2024-01-31`), or `nil`.
    let filterSummary: String?

    var graph: Graph { index.graph }

    init(graphOptions: GraphOptions, filterOptions: FilterOptions) throws {
        fullGraph = try graphOptions.loadGraph()
        let filter = try filterOptions.makeFilter()
        filterSummary = filter.summary
        let filtered = try filter.apply(to: fullGraph)
        index = QueryIndex(filtered)
        resolver = NameResolver(graph: fullGraph)
    }

    /// A text answer, headed by a line `Filters: …` when any filter is given, so that the
    /// answer states what it leaves out.
    func textAnswer(_ text: String) -> String {
        filterSummary.map { "Filters: \($0)\n" + text } ?? text
    }

    /// The filtered graph's index of the node `name` refers to. An unknown, ambiguous or
    /// wrong-kind name exits 65; a node the filters leave out exits 1 (nothing found).
    func node(_ name: String, kinds: Set<NodeKind>? = nil, for command: String) throws -> Int {
        let found = try resolver.resolve(name, kinds: kinds, for: command)
        let node = fullGraph.nodes[found]
        guard let index = graph.nodeIndex(of: node.id) else {
            throw CommandFailure.noResult("\(node.label) (\(node.id)) has no edges left after the filters")
        }
        return index
    }

    /// Nodes for several names, in the order given.
    func nodes(_ names: [String], kinds: Set<NodeKind>? = nil, for command: String) throws -> [Int] {
        try names.map { try node($0, kinds: kinds, for: command) }
    }
}
