/// The Graphviz layout programs a diagram can be laid out with.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// Above this many nodes, `dot` (hierarchical, roughly cubic) is too slow and `sfdp` is the default.
    public static let largeGraphNodeThreshold = 2_000

    /// The engine to use when the user named none: `dot` for readable hierarchies, `sfdp` for large graphs.
    public static func defaultEngine(nodeCount: Int) -> LayoutEngine {
        nodeCount > largeGraphNodeThreshold ? .sfdp : .dot
    }
}
