/// The nodes and edges whose names match what someone typed, best match first: what
/// `stancegraph find` lists. Matching is as `NameResolver`'s (exact names, words in any order,
/// typos), and the typed text inside a name counts too, last.
public struct NameSearch: Sendable {
    /// A node or an edge that matched, and how.
    public struct Hit: Hashable, Sendable {
        /// The index of the node or the edge in the graph.
        public var index: Int
        public var match: NameMatch
    }

    public let nodes: [Hit]
    public let edges: [Hit]

    /// Searches the nodes of `kinds` (all when `nil`) and, when `includeEdges`, the edges by
    /// their id, label, type and the labels of their ends.
    public init(_ text: String, in graph: Graph, kinds: Set<NodeKind>? = nil, includeEdges: Bool = true) {
        let query = NameQuery(text)
        var typos = TypoTable(query)
        var nodes: [Hit] = []
        for (index, node) in graph.nodes.enumerated() where kinds?.contains(node.kind) ?? true {
            if let match = query.match(NameResolver.names(of: node), typos: &typos, allowContains: true) {
                nodes.append(Hit(index: index, match: match))
            }
        }
        var edges: [Hit] = []
        if includeEdges {
            for (index, edge) in graph.edges.enumerated() {
                var names: [(text: String, field: NameMatch.Field)] = [(edge.id, .id)]
                if let label = edge.label { names.append((label, .label)) }
                names.append((edge.type.rawValue, .type))
                names.append((graph.nodes[graph.edgeTails[index]].label, .end))
                names.append((graph.nodes[graph.targetNodeIndex(ofEdge: index)].label, .end))
                if let match = query.match(names, typos: &typos, allowContains: true) {
                    edges.append(Hit(index: index, match: match))
                }
            }
        }
        self.nodes = nodes.sorted { ($0.match, graph.nodes[$0.index].id) < ($1.match, graph.nodes[$1.index].id) }
        self.edges = edges.sorted { ($0.match, graph.edges[$0.index].id) < ($1.match, graph.edges[$1.index].id) }
    }

    public var isEmpty: Bool { nodes.isEmpty && edges.isEmpty }
}
