/// How a search may walk the graph.
public struct TraversalRules: Hashable, Sendable {
    /// Which way edges may be followed from the starting node.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        /// Either way: an edge joins its two ends.
        case both
        /// Along the edges' direction, from the start towards the goal.
        case outgoing
        /// Against the edges' direction.
        case incoming
    }

    public var direction: Direction
    /// Walk only edges of these types (`nil`: every type).
    public var edgeTypes: Set<EdgeType>?
    /// Whether source documents may be stepped through (they can always be the start or the goal).
    public var throughSources: Bool

    public init(direction: Direction = .both, edgeTypes: Set<EdgeType>? = nil, throughSources: Bool = false) {
        self.direction = direction
        self.edgeTypes = edgeTypes
        self.throughSources = throughSources
    }

    /// One bit per `EdgeType.code`.
    var typeMask: UInt16 {
        guard let edgeTypes else { return .max }
        return edgeTypes.reduce(1 << UInt16(QueryIndex.claimStepCode)) { $0 | (1 << UInt16($1.code)) }
    }
}

extension EdgeType {
    /// A small dense number for bit masks: the type's position in `allCases`.
    var code: UInt8 { UInt8(vocabularyIndex) }
}
