/// A compact, read-only adjacency index over a graph, built once per run in time and memory
/// linear in the graph: CSR (compressed sparse row) lists of out- and in-edges with Int32 indices.
///
/// An edge that points at another edge (a claim about a claim) is attached, for traversal, to the
/// node at the end of the claim chain (`Graph.targetNodeIndex(ofEdge:)`); results still report it
/// as pointing at the edge. Within each node's list, edges keep their order in the graph, which is
/// what breaks ties between equally good answers.
///
/// With `claimSteps`, paths go through claims instead: every edge that a claim is about gets a
/// *claim node* of its own (indices from `graphNodeCount` on), which the claims about it point at,
/// and two *claim steps* join it to that edge's own ends (index edges from `graph.edges.count`
/// on): from its tail into the claim node, and from the claim node to its target. A path that
/// enters a claim can then only leave it to the claim's own speaker or target, or to another
/// claim about it: never by a different edge between the same nodes.
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
    /// For each claim node (from `graphNodeCount` on), the graph edge it stands for.
    let claimedEdges: [Int32]

    public init(_ graph: Graph, claimSteps: Bool = false) {
        let edgeCount = graph.edges.count
        precondition(graph.nodes.count < Int(Int32.max) / 2 && edgeCount < Int(Int32.max) / 4, "the query index holds up to 2^30 nodes and 2^29 edges")
        self.graph = graph
        var edgeFrom = graph.edgeTails.map { Int32(truncatingIfNeeded: $0) }
        var edgeTo: [Int32]
        var claimedEdges: [Int32] = []
        var isSource = graph.nodes.map { $0.kind == .source }
        if claimSteps {
            var claimNode = [Int32](repeating: -1, count: edgeCount)
            for head in graph.edgeTargets { if case .edge(let claimed) = head { claimNode[claimed] = 0 } }
            for edge in claimNode.indices where claimNode[edge] == 0 {
                claimNode[edge] = Int32(graph.nodes.count + claimedEdges.count)
                claimedEdges.append(Int32(edge))
            }
            edgeTo = graph.edgeTargets.map { head in
                switch head {
                case .node(let node): Int32(node)
                case .edge(let claimed): claimNode[claimed]
                }
            }
            for claimed in claimedEdges {
                let node = claimNode[Int(claimed)]
                edgeFrom += [edgeFrom[Int(claimed)], node]
                edgeTo += [node, edgeTo[Int(claimed)]]
            }
            isSource += [Bool](repeating: false, count: claimedEdges.count)
        } else {
            edgeTo = QueryIndex.traversalTargets(of: graph)
        }
        let types = graph.edges.map(\.type.code)
        edgeTypeCode = types + [UInt8](repeating: QueryIndex.claimStepCode, count: 2 * claimedEdges.count)
        self.edgeFrom = edgeFrom
        self.edgeTo = edgeTo
        self.isSource = isSource
        self.claimedEdges = claimedEdges
        (outOffsets, outEdges, outNeighbours) = QueryIndex.compressedRows(nodeCount: isSource.count, keys: edgeFrom, values: edgeTo)
        (inOffsets, inEdges, inNeighbours) = QueryIndex.compressedRows(nodeCount: isSource.count, keys: edgeTo, values: edgeFrom)
    }

    /// The type code of claim steps: a step into or out of a claim is part of the claim's hop,
    /// so a type filter never stops it (the claims themselves are filtered by their types).
    static let claimStepCode: UInt8 = 15

    /// The nodes a search walks: the graph's, then the claim nodes.
    public var nodeCount: Int { isSource.count }
    /// The steps a search takes: the graph's edges, then the claim steps.
    public var edgeCount: Int { edgeFrom.count }
    /// How many of the nodes are the graph's own (the rest are claim nodes).
    public var graphNodeCount: Int { graph.nodes.count }

    /// The graph edge a claim node stands for, or `nil` for a node of the graph.
    public func claimedEdge(ofNode node: Int) -> Int? {
        node < graphNodeCount ? nil : Int(claimedEdges[node - graphNodeCount])
    }

    /// The graph edge a step walks: the edge itself, or for a claim step the claimed edge.
    public func graphEdge(ofStep step: Int) -> Int {
        step < graph.edges.count ? step : Int(claimedEdges[(step - graph.edges.count) / 2])
    }

    /// Whether `step` joins a claim node to its claimed edge's tail or target.
    public func isClaimStep(_ step: Int) -> Bool { step >= graph.edges.count }

    /// Whether, having left a claim by `claimStep` to one end of the claimed edge, a step to
    /// `neighbour` returns to its other end: a detour of the claim itself, which joins the two.
    @inline(__always) func returnsAcrossClaim(after claimStep: Int32, to neighbour: Int32) -> Bool {
        let first = Int32(truncatingIfNeeded: graph.edges.count)
        guard claimStep >= first else { return false }
        let claimed = Int(claimedEdges[Int((claimStep - first) >> 1)])
        return neighbour == edgeFrom[claimed] || neighbour == edgeTo[claimed]
    }

    /// Whether `path` walks every claim faithfully: it never turns back through a claim along
    /// the claim itself, nor leaves a claim for one end of it and goes on to the other, nor
    /// comes from one end to the other and then enters the claim.
    func walksClaimsFaithfully(_ path: GraphPath) -> Bool {
        for position in path.edges.indices.dropFirst() {
            let before = Int32(path.edges[position - 1]), step = Int32(path.edges[position])
            if areClaimStepsOfOneEdge(before, step) { return false }
            if !isClaimStep(Int(step)), returnsAcrossClaim(after: before, to: Int32(path.nodes[position + 1])) { return false }
            if !isClaimStep(Int(before)), returnsAcrossClaim(after: step, to: Int32(path.nodes[position - 1])) { return false }
        }
        return true
    }

    /// Whether two steps are the two claim steps of one claimed edge: walked one after the
    /// other, they would leave a claim the way it came in, a detour of the edge itself.
    @inline(__always) func areClaimStepsOfOneEdge(_ a: Int32, _ b: Int32) -> Bool {
        let first = Int32(truncatingIfNeeded: graph.edges.count)
        return a >= first && b >= first && a != b && (a - first) >> 1 == (b - first) >> 1
    }

    /// The node edge `edge` leads to when walking the graph: its target node, or for a claim
    /// about a claim, the node at the end of the chain.
    public func traversalTarget(ofEdge edge: Int) -> Int { Int(edgeTo[edge]) }

    /// The node edge `edge` starts from (its tail).
    public func tailNode(ofEdge edge: Int) -> Int { Int(edgeFrom[edge]) }

    /// The graph edges that start at `node`, in graph order.
    public func outgoingEdges(of node: Int) -> [Int] {
        outEdges[Int(outOffsets[node])..<Int(outOffsets[node + 1])].map(Int.init).filter { $0 < graph.edges.count }
    }

    /// The graph edges that lead to `node` (claims about claims included at the end of their chain), in graph order.
    public func incomingEdges(of node: Int) -> [Int] {
        inEdges[Int(inOffsets[node])..<Int(inOffsets[node + 1])].map(Int.init).filter { $0 < graph.edges.count }
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
