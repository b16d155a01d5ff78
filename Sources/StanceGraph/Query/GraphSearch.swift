/// Path and neighbourhood searches over a `QueryIndex`, with scratch space allocated once and
/// reused by every query: visited marks carry a generation stamp, so a new query does not clear
/// O(nodes) arrays, it only bumps the stamp.
///
/// The algorithms live in extensions, one family per file: `ShortestPaths.swift` (bidirectional
/// BFS, all shortest paths), `KShortestPaths.swift` (Yen), `SimplePaths.swift` (bounded
/// enumeration), `EgoNetwork.swift`.
public struct GraphSearch {
    public let index: QueryIndex
    public let rules: TraversalRules
    let typeMask: UInt16

    /// The generation of `forward`/`backward`/`pathMarks`: a node is marked when its entry equals it.
    var stamp: UInt32 = 0
    var forward: SearchSide
    var backward: SearchSide
    var pathMarks: [UInt32] = []
    /// Nodes and edges a spur search of Yen's algorithm may not use, marked with `blockStamp`.
    var blockStamp: UInt32 = 0
    var blockedNodes: [UInt32] = []
    var blockedEdges: [UInt32] = []

    public init(index: QueryIndex, rules: TraversalRules = TraversalRules()) {
        self.index = index
        self.rules = rules
        typeMask = rules.typeMask
        forward = SearchSide(nodeCount: index.nodeCount)
        backward = SearchSide(nodeCount: index.nodeCount)
    }

    /// A fresh generation for the visited marks, clearing them only when the counter wraps.
    mutating func nextStamp() -> UInt32 {
        if stamp == .max {
            stamp = 0
            forward.clear()
            backward.clear()
            for node in pathMarks.indices { pathMarks[node] = 0 }
        }
        stamp += 1
        return stamp
    }

    /// A fresh generation for the blocked marks of a spur search.
    mutating func nextBlockStamp() -> UInt32 {
        if blockedNodes.isEmpty {
            blockedNodes = [UInt32](repeating: 0, count: index.nodeCount)
            blockedEdges = [UInt32](repeating: 0, count: index.edgeCount)
        }
        if blockStamp == .max {
            blockStamp = 0
            for node in blockedNodes.indices { blockedNodes[node] = 0 }
            for edge in blockedEdges.indices { blockedEdges[edge] = 0 }
        }
        blockStamp += 1
        return blockStamp
    }

    /// What one step of a search between `start` and `goal` may take.
    func stepFilter(start: Int, goal: Int, blocking: Bool = false) -> StepFilter {
        StepFilter(typeMask: typeMask, typeCodes: index.edgeTypeCode, isSource: index.isSource,
                   throughSources: rules.throughSources, start: Int32(start), goal: Int32(goal),
                   blockStamp: blocking ? blockStamp : 0, blockedNodes: blockedNodes, blockedEdges: blockedEdges)
    }

    /// The path to `node` that a search side recorded, from its start to `node`.
    func recordedPath(to node: Int32, on side: SearchSide) -> (nodes: [Int], edges: [Int]) {
        var nodes = [Int(node)], edges: [Int] = []
        var current = node
        while side.dist[Int(current)] > 0 {
            let edge = side.via[Int(current)]
            current = index.otherEnd(of: edge, from: current)
            edges.append(Int(edge))
            nodes.append(Int(current))
        }
        return (nodes.reversed(), edges.reversed())
    }
}
