/// The Graphviz layout programs a diagram can be laid out with.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// Above this many nodes, `dot` (hierarchical, roughly cubic) is too slow and `sfdp` is the default.
    public static let largeGraphNodeThreshold = 2_000

    /// The engine to use when none is named: `dot` for readable hierarchies, `sfdp` for large
    /// graphs; with a sentence on why, when it is not `dot`.
    public static func defaultChoice(for graph: Graph) -> (engine: LayoutEngine, reason: String?) {
        let nodes = graph.nodes.count
        guard nodes > largeGraphNodeThreshold else { return (.dot, nil) }
        return (.sfdp, "\(nodes) nodes, more than \(largeGraphNodeThreshold): laying out with sfdp, as dot would be slow")
    }
}
