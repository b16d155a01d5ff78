/// A path through a graph: the nodes it visits and the edges it takes, as indices into the graph.
///
/// A path is a sequence of edges, so two edges joining the same nodes (a `supports` and a
/// `proposes`) make two paths. Paths order by length, then by their edges' order in the graph.
public struct GraphPath: Hashable, Sendable, Comparable {
    /// The nodes in walking order, from the start to the goal: one more than the edges.
    public var nodes: [Int]
    /// The edges in walking order; each may be walked along or against its direction.
    public var edges: [Int]

    public init(nodes: [Int], edges: [Int]) {
        precondition(nodes.count == edges.count + 1, "a path has one node more than it has edges")
        self.nodes = nodes
        self.edges = edges
    }

    public var hops: Int { edges.count }

    public static func < (lhs: GraphPath, rhs: GraphPath) -> Bool {
        lhs.hops != rhs.hops ? lhs.hops < rhs.hops : lhs.edges.lexicographicallyPrecedes(rhs.edges)
    }
}
