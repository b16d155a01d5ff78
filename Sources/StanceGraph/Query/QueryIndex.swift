/// A compact, read-only adjacency index over a graph, built once per run in time and memory
/// linear in the graph: CSR (compressed sparse row) lists of out- and in-edges with Int32 indices.
///
/// An edge that points at another edge (a claim about a claim) is attached, for traversal, to the
/// node at the end of the claim chain (`Graph.targetNodeIndex(ofEdge:)`); results still report it
/// as pointing at the edge. Within each node's list, edges keep their order in the graph, which is
/// what breaks ties between equally good answers.
public struct QueryIndex: Sendable {
    public let graph: Graph
    /// The node each edge starts from.
    let edgeFrom: [Int32]
    /// The node each edge leads to when walking the graph (the end of its claim chain).
    let edgeTo: [Int32]
    /// `EdgeType.code` of each edge.
    let edgeTypeCode: [UInt8]
    /// Whether each node is a source document (not a stepping stone unless asked).
    let isSource: [Bool]
    let outOffsets: [Int32]
    let outEdges: [Int32]
    let outNeighbours: [Int32]
    let inOffsets: [Int32]
    let inEdges: [Int32]
    let inNeighbours: [Int32]

    public init(_ graph: Graph) {
        let nodeCount = graph.nodes.count, edgeCount = graph.edges.count
        precondition(nodeCount < Int(Int32.max) && edgeCount < Int(Int32.max), "the query index holds up to 2^31 nodes and edges")
        self.graph = graph
        edgeFrom = graph.edgeTails.map { Int32(truncatingIfNeeded: $0) }
        edgeTo = QueryIndex.traversalTargets(of: graph)
        edgeTypeCode = graph.edges.map(\.type.code)
        isSource = graph.nodes.map { $0.kind == .source }
        (outOffsets, outEdges, outNeighbours) = QueryIndex.compressedRows(nodeCount: nodeCount, keys: edgeFrom, values: edgeTo)
        (inOffsets, inEdges, inNeighbours) = QueryIndex.compressedRows(nodeCount: nodeCount, keys: edgeTo, values: edgeFrom)
    }

    public var nodeCount: Int { isSource.count }
    public var edgeCount: Int { edgeFrom.count }

    /// The node edge `edge` leads to when walking the graph: its target node, or for a claim
    /// about a claim, the node at the end of the chain.
    public func traversalTarget(ofEdge edge: Int) -> Int { Int(edgeTo[edge]) }

    /// The node edge `edge` starts from (its tail).
    public func tailNode(ofEdge edge: Int) -> Int { Int(edgeFrom[edge]) }

    /// The edges that start at `node`, in graph order.
    public func outgoingEdges(of node: Int) -> [Int] {
        outEdges[Int(outOffsets[node])..<Int(outOffsets[node + 1])].map(Int.init)
    }

    /// The edges that lead to `node` (claims about claims included at the end of their chain), in graph order.
    public func incomingEdges(of node: Int) -> [Int] {
        inEdges[Int(inOffsets[node])..<Int(inOffsets[node + 1])].map(Int.init)
    }

    /// Counting sort of the edges by `keys`: offsets (one past each node), edge indices and the other ends.
    private static func compressedRows(nodeCount: Int, keys: [Int32], values: [Int32]) -> ([Int32], [Int32], [Int32]) {
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for key in keys { offsets[Int(key) + 1] &+= 1 }
        for node in 0..<nodeCount { offsets[node + 1] &+= offsets[node] }
        var cursor = offsets
        var edges = [Int32](repeating: 0, count: keys.count)
        var neighbours = [Int32](repeating: 0, count: keys.count)
        for edge in keys.indices {
            let key = Int(keys[edge])
            let slot = Int(cursor[key])
            cursor[key] = Int32(slot + 1)
            edges[slot] = Int32(truncatingIfNeeded: edge)
            neighbours[slot] = values[edge]
        }
        return (offsets, edges, neighbours)
    }

    /// `targetNodeIndex(ofEdge:)` for every edge, each chain resolved once and shared by the edges on it.
    private static func traversalTargets(of graph: Graph) -> [Int32] {
        var resolved = [Int32](repeating: -1, count: graph.edges.count)
        var chain: [Int] = []
        var onChain = [Bool](repeating: false, count: graph.edges.count)
        for start in graph.edges.indices where resolved[start] < 0 {
            chain.removeAll(keepingCapacity: true)
            var current = start
            var result: Int32?
            while result == nil {
                if resolved[current] >= 0 { result = resolved[current]; break }
                chain.append(current)
                onChain[current] = true
                switch graph.edgeTargets[current] {
                case .node(let node): result = Int32(node)
                case .edge(let next):
                    if onChain[next] {
                        // A cycle of claims (invalid data): leave each to the model's own rule.
                        for edge in chain { resolved[edge] = Int32(graph.targetNodeIndex(ofEdge: edge)) }
                        result = resolved[start]
                    }
                    current = next
                }
            }
            for edge in chain {
                if resolved[edge] < 0 { resolved[edge] = result! }
                onChain[edge] = false
            }
        }
        return resolved
    }
}
