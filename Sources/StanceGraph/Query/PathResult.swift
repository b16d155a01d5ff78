/// What a path query found: the paths between two nodes of the graph the index was built from.
public struct PathResult: Sendable {
    public let index: QueryIndex
    public let rules: TraversalRules
    /// The start and goal, as node indices.
    public let from: Int
    public let to: Int
    public let paths: [GraphPath]
    /// Whether there were more paths than the limit let through.
    public let truncated: Bool

    public init(index: QueryIndex, rules: TraversalRules, from: Int, to: Int, paths: [GraphPath], truncated: Bool) {
        self.index = index
        self.rules = rules
        self.from = from
        self.to = to
        self.paths = paths
        self.truncated = truncated
    }

    public var graph: Graph { index.graph }

    /// `{"from","to","truncated","paths":[{"hops","nodes":[{"id","label","kind"}],
    /// "edges":[{"id","type","from","to","target","direction",…}]}]}`
    public var json: JSONValue {
        .object([
            ("from", .string(graph.nodes[from].id)),
            ("to", .string(graph.nodes[to].id)),
            ("truncated", .bool(truncated)),
            ("paths", .array(paths.map { path in
                .object([
                    ("hops", .int(path.hops)),
                    ("nodes", .array(path.nodes.map { QueryJSON.node(graph.nodes[$0]) })),
                    ("edges", .array(path.edges.indices.map { step in
                        let direction = index.walksForward(path.edges[step], from: path.nodes[step]) ? "forward" : "backward"
                        return QueryJSON.edge(path.edges[step], in: graph, extra: [("direction", .string(direction))])
                    })),
                ])
            })),
        ])
    }

    /// The paths within their surroundings, for drawing: every node and edge of the paths,
    /// highlighted, and the nodes within `neighbourhood` hops of them with the edges among all
    /// of these; the start and goal are highlighted too.
    public func subgraph(neighbourhood depth: Int = 0) -> Subgraph {
        var keepNode = [Bool](repeating: false, count: graph.nodes.count)
        var keepEdge = [Bool](repeating: false, count: graph.edges.count)
        var highlightedNodes: Set<String> = [graph.nodes[from].id, graph.nodes[to].id]
        var highlightedEdges: Set<String> = []
        for path in paths {
            for node in path.nodes { keepNode[node] = true; highlightedNodes.insert(graph.nodes[node].id) }
            for edge in path.edges { keepEdge[edge] = true; highlightedEdges.insert(graph.edges[edge].id) }
        }
        keepNode[from] = true
        keepNode[to] = true
        if depth > 0 {
            var search = GraphSearch(index: index, rules: TraversalRules(edgeTypes: rules.edgeTypes, throughSources: rules.throughSources))
            let around = search.neighbourhood(of: keepNode.indices.filter { keepNode[$0] }, depth: depth)
            for node in around { keepNode[node] = true }
            for edge in graph.edges.indices where keepNode[index.tailNode(ofEdge: edge)] && keepNode[index.traversalTarget(ofEdge: edge)]
                && rules.edgeTypes?.contains(graph.edges[edge].type) ?? true {
                keepEdge[edge] = true
            }
        }
        return Subgraph(of: graph, nodes: keepNode, edges: keepEdge, highlightedNodes: highlightedNodes, highlightedEdges: highlightedEdges)
    }
}
