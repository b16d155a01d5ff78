/// The source documents of a graph, each with how many provenance records cite it, by date
/// published (undated last), then id.
public struct SourceList: Sendable {
    public struct Entry: Hashable, Sendable {
        /// The index of the source node.
        public var node: Int
        /// How many provenance records name it as their source.
        public var records: Int
        /// How many edges have such a record.
        public var edges: Int
    }

    public let entries: [Entry]

    public init(_ graph: Graph) {
        var records = [String: Int](), edges = [String: Int]()
        for edge in graph.edges {
            for record in edge.provenance { records[record.source, default: 0] += 1 }
            for source in edge.sourceIDs { edges[source, default: 0] += 1 }
        }
        entries = graph.nodes.indices
            .filter { graph.nodes[$0].kind == .source }
            .map { Entry(node: $0, records: records[graph.nodes[$0].id] ?? 0, edges: edges[graph.nodes[$0].id] ?? 0) }
            .sorted { a, b in
                let (x, y) = (graph.nodes[a.node], graph.nodes[b.node])
                switch (x.published, y.published) {
                case let (p?, q?) where p != q: return p < q
                case (_?, nil): return true
                case (nil, _?): return false
                default: return x.id < y.id
                }
            }
    }
}
