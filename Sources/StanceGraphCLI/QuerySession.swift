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

    var graph: Graph { index.graph }

    init(graphOptions: GraphOptions, filterOptions: FilterOptions) throws {
        fullGraph = try graphOptions.loadGraph()
        let filtered: Graph
        do {
            filtered = try filterOptions.makeFilter().apply(to: fullGraph)
        } catch let error as GraphFilter.FilterError {
            writeError(error.message)
            throw ExitCode.dataError
        }
        index = QueryIndex(filtered)
        resolver = NameResolver(graph: fullGraph)
    }

    /// The filtered graph's index of the node `name` refers to. An unknown, ambiguous or
    /// wrong-kind name exits 65; a node the filters leave out exits 1 (nothing found).
    func node(_ name: String, kinds: Set<NodeKind>? = nil, for command: String) throws -> Int {
        let found: Int
        do {
            found = try resolver.resolve(name, kinds: kinds)
        } catch {
            writeError(error.message(command: command))
            throw ExitCode.dataError
        }
        let node = fullGraph.nodes[found]
        guard let index = graph.nodeIndex(of: node.id) else {
            writeError("\(node.label) (\(node.id)) has no edges left after the filters")
            throw ExitCode.noResult
        }
        return index
    }

    /// Nodes for several names, in the order given.
    func nodes(_ names: [String], kinds: Set<NodeKind>? = nil, for command: String) throws -> [Int] {
        try names.map { try node($0, kinds: kinds, for: command) }
    }
}

/// Writes one message, and a newline, to standard error.
func writeError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
