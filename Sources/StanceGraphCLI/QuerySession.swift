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

extension NameResolver.Failure {
    /// What went wrong, with the nodes the user may have meant.
    func message(command: String) -> String {
        func lines(_ candidates: [NameResolver.Candidate]) -> [String] {
            let width = candidates.map(\.id.count).max() ?? 0
            return candidates.map { "  \($0.id.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.label) (\($0.kind.rawValue))" }
        }
        switch self {
        case let .unknown(name, suggestions):
            let base = "error: no node is called \"\(name)\" (names are ids, labels or aliases)"
            if suggestions.count == 1 { return base + "; did you mean \"\(suggestions[0].id)\" (\(suggestions[0].label))?" }
            if suggestions.isEmpty { return base }
            return ([base + "; did you mean one of these?"] + lines(suggestions)).joined(separator: "\n")
        case let .ambiguous(name, candidates):
            return (["error: \"\(name)\" could be any of \(candidates.count) nodes; name one by its id:"] + lines(candidates))
                .joined(separator: "\n")
        case let .wrongKind(name, found, expected):
            let wanted = expected.map(\.rawValue).joined(separator: " or ")
            let what = found.map { "\(article($0.kind.rawValue)) \($0.kind.rawValue)" + ($0.id == name ? "" : " (\($0.id))") }
            return "error: \"\(name)\" is \(what.joined(separator: " and ")), but \(command) takes \(article(wanted)) \(wanted)"
        }
    }
}

/// "an" before a vowel, else "a".
private func article(_ word: String) -> String {
    word.first.map { "aeiou".contains($0) } ?? false ? "an" : "a"
}

/// Writes one message, and a newline, to standard error.
func writeError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// `--direction both|out|in` for commands that walk the graph.
enum DirectionArgument: String, ExpressibleByArgument, CaseIterable {
    case both, out, `in`

    var direction: TraversalRules.Direction {
        switch self {
        case .both: return .both
        case .out: return .outgoing
        case .in: return .incoming
        }
    }
}
