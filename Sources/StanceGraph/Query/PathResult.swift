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
    /// How paths of equal length were ordered.
    public var ranking: PathRanking = .hops

    public init(index: QueryIndex, rules: TraversalRules, from: Int, to: Int, paths: [GraphPath], truncated: Bool) {
        self.index = index
        self.rules = rules
        self.from = from
        self.to = to
        self.paths = paths
        self.truncated = truncated
    }

    public var graph: Graph { index.graph }

    /// `{"from","to","truncated","ranking","paths":[{"hops","uncited","nodes":[…],"edges":[…]}]}`.
    /// A node is `{"id","label","kind"}`, or for a claim on the way `{"id","kind":"claim","claim":EDGE}`;
    /// an edge is `{"id","type","from","to","target","direction","step","cited",…}` where `step`
    /// is `edge`, or `claim` for the step between a claim and its own speaker or target.
    public var json: JSONValue {
        .object([
            ("from", .string(graph.nodes[from].id)),
            ("to", .string(graph.nodes[to].id)),
            ("truncated", .bool(truncated)),
            ("ranking", .string(ranking.rawValue)),
            ("paths", .array(paths.map { path in
                .object([
                    ("hops", .int(path.hops)),
                    ("uncited", .int(path.edges.count { graph.edges[index.graphEdge(ofStep: $0)].provenance.isEmpty })),
                    ("nodes", .array(path.nodes.map(nodeJSON))),
                    ("edges", .array(path.edges.indices.map { position in
                        let step = path.edges[position], edge = index.graphEdge(ofStep: step)
                        let direction = index.walksForward(step, from: path.nodes[position]) ? "forward" : "backward"
                        return QueryJSON.edge(edge, in: graph, extra: [
                            ("direction", .string(direction)),
                            ("step", .string(index.isClaimStep(step) ? "claim" : "edge")),
                            ("cited", .bool(!graph.edges[edge].provenance.isEmpty)),
                        ])
                    })),
                ])
            })),
        ])
    }

    private func nodeJSON(_ node: Int) -> JSONValue {
        guard let claimed = index.claimedEdge(ofNode: node) else { return QueryJSON.node(graph.nodes[node]) }
        return .object([("id", .string(graph.edges[claimed].id)), ("kind", .string("claim")), ("claim", QueryJSON.edge(claimed, in: graph))])
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
            for node in path.nodes {
                if let claimed = index.claimedEdge(ofNode: node) {
                    keepEdge[claimed] = true
                    highlightedEdges.insert(graph.edges[claimed].id)
                } else {
                    keepNode[node] = true
                    highlightedNodes.insert(graph.nodes[node].id)
                }
            }
            for step in path.edges {
                let edge = index.graphEdge(ofStep: step)
                keepEdge[edge] = true
                highlightedEdges.insert(graph.edges[edge].id)
            }
        }
        keepNode[from] = true
        keepNode[to] = true
        if depth > 0 {
            var search = GraphSearch(index: index, rules: TraversalRules(edgeTypes: rules.edgeTypes, throughSources: rules.throughSources))
            let around = search.neighbourhood(of: keepNode.indices.filter { keepNode[$0] } + path(claimNodes: true), depth: depth)
            for node in around where node < graph.nodes.count { keepNode[node] = true }
            for edge in graph.edges.indices where keepNode[graph.edgeTails[edge]] && keepNode[graph.targetNodeIndex(ofEdge: edge)]
                && rules.edgeTypes?.contains(graph.edges[edge].type) ?? true {
                keepEdge[edge] = true
            }
        }
        return Subgraph(of: graph, nodes: keepNode, edges: keepEdge, highlightedNodes: highlightedNodes, highlightedEdges: highlightedEdges)
    }

    /// The claim nodes the paths pass through (with `claimNodes`), for widening a drawing around them.
    private func path(claimNodes: Bool) -> [Int] {
        Array(Set(paths.flatMap(\.nodes).filter { index.claimedEdge(ofNode: $0) != nil })).sorted()
    }
}
