/// A part of a graph to draw, with what to highlight in it: the answer of a path or
/// neighbourhood query within its surroundings, ready for an exporter (DOT, GraphML…).
///
/// `graph` is a valid graph in its own right: an edge that points at another edge brings that
/// edge and its endpoints along (not highlighted), so that every reference resolves.
public struct Subgraph: Sendable {
    public var graph: Graph
    /// Ids of the nodes and edges the answer consists of.
    public var highlightedNodes: Set<String>
    public var highlightedEdges: Set<String>

    public init(graph: Graph, highlightedNodes: Set<String>, highlightedEdges: Set<String>) {
        self.graph = graph
        self.highlightedNodes = highlightedNodes
        self.highlightedEdges = highlightedEdges
    }

    /// The nodes and edges of `graph` marked in `nodes` and `edges`, in graph order, with the
    /// claims that kept edges are about (and their endpoints) added.
    public init(of graph: Graph, nodes: [Bool], edges: [Bool], highlightedNodes: Set<String>, highlightedEdges: Set<String>) {
        var keepNode = nodes, keepEdge = edges
        var pending = graph.edges.indices.filter { keepEdge[$0] }
        while let edge = pending.popLast() {
            keepNode[graph.edgeTails[edge]] = true
            switch graph.edgeTargets[edge] {
            case .node(let node): keepNode[node] = true
            case .edge(let claim):
                if !keepEdge[claim] {
                    keepEdge[claim] = true
                    pending.append(claim)
                }
            }
        }
        do {
            self.graph = try Graph(title: graph.title, description: graph.description,
                                   nodes: graph.nodes.indices.filter { keepNode[$0] }.map { graph.nodes[$0] },
                                   edges: graph.edges.indices.filter { keepEdge[$0] }.map { graph.edges[$0] })
        } catch {
            preconditionFailure("a subgraph keeps every endpoint of the edges it keeps: \(error)")
        }
        self.highlightedNodes = highlightedNodes
        self.highlightedEdges = highlightedEdges
    }
}
