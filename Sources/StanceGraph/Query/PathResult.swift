/// Which paths a path query asks for.
public enum PathMode: Hashable, Sendable {
    /// One path with the fewest hops.
    case shortest
    /// Every path with the fewest hops, up to `limit`.
    case allShortest(limit: Int)
    /// The `k` shortest simple paths.
    case kShortest(Int)
    /// Every simple path of at most `maxHops` hops, shortest first, up to `limit`.
    case allSimple(maxHops: Int, limit: Int)
}

extension GraphSearch {
    /// The paths `mode` asks for from `start` to `goal`; with `maxHops`, none longer than that.
    public mutating func paths(from start: Int, to goal: Int, mode: PathMode, maxHops: Int? = nil) -> PathResult {
        var paths: [GraphPath], truncated = false
        switch mode {
        case .shortest:
            paths = shortestPath(from: start, to: goal).map { [$0] } ?? []
        case .allShortest(let limit):
            (paths, truncated) = allShortestPaths(from: start, to: goal, limit: limit)
        case .kShortest(let k):
            paths = kShortestPaths(from: start, to: goal, k: k, maxHops: maxHops)
        case let .allSimple(hops, limit):
            (paths, truncated) = simplePaths(from: start, to: goal, maxHops: min(hops, maxHops ?? .max), limit: limit)
        }
        if let maxHops, paths.contains(where: { $0.hops > maxHops }) {
            paths.removeAll { $0.hops > maxHops }
            truncated = false
        }
        return PathResult(index: index, rules: rules, from: start, to: goal, paths: paths, truncated: truncated)
    }
}

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
            for edge in graph.edges.indices where keepNode[index.edgeSourceNode(edge)] && keepNode[index.traversalTarget(ofEdge: edge)]
                && rules.edgeTypes?.contains(graph.edges[edge].type) ?? true {
                keepEdge[edge] = true
            }
        }
        return Subgraph(of: graph, nodes: keepNode, edges: keepEdge, highlightedNodes: highlightedNodes, highlightedEdges: highlightedEdges)
    }
}

extension QueryIndex {
    /// The node edge `edge` starts from.
    public func edgeSourceNode(_ edge: Int) -> Int { Int(edgeFrom[edge]) }
}
