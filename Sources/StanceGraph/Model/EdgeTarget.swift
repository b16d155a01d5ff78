/// Where an edge points: at a node, or (for a claim about a claim) at another edge.
public enum EdgeTarget: Hashable, Sendable {
    case node(Int)
    case edge(Int)
}

extension EdgeTarget {
    var isEdge: Bool {
        if case .edge = self { return true }
        return false
    }
}
