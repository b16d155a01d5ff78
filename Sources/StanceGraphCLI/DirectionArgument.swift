import ArgumentParser
import Foundation
import StanceGraph

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
