/// An edge as the flat exports (GraphML, CSV) write it, where an edge can only join nodes: an
/// edge that points at an edge ends at the node the stance it is about ends at (following a
/// chain of claims about claims), and names that stance in `targetEdge`.
struct FlatEdge {
    var edge: Edge
    /// The id of the node it starts from.
    var tail: String
    /// The id of the node it ends at.
    var head: String
    /// The id of the edge it points at, if it points at one.
    var targetEdge: String?
    /// The record its single-valued fields (attribution, quote, paraphrase) come from.
    var lead: Provenance?

    init(_ index: Int, of graph: Graph) {
        edge = graph.edges[index]
        tail = graph.nodes[graph.edgeTails[index]].id
        head = graph.nodes[graph.targetNodeIndex(ofEdge: index)].id
        if case .edge(let claimed) = graph.edgeTargets[index] { targetEdge = graph.edges[claimed].id }
        lead = edge.leadRecord(rewrites: graph.rewriteSourceIDs)
    }
}
