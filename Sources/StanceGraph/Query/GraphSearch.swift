/// A path through a graph: the nodes it visits and the edges it takes, as indices into the graph.
///
/// A path is a sequence of edges, so two edges joining the same nodes (a `supports` and a
/// `proposes`) make two paths. Paths order by length, then by their edges' order in the graph.
public struct GraphPath: Hashable, Sendable, Comparable {
    /// The nodes in walking order, from the start to the goal: one more than the edges.
    public var nodes: [Int]
    /// The edges in walking order; each may be walked along or against its direction.
    public var edges: [Int]

    public init(nodes: [Int], edges: [Int]) {
        precondition(nodes.count == edges.count + 1, "a path has one node more than it has edges")
        self.nodes = nodes
        self.edges = edges
    }

    public var hops: Int { edges.count }

    public static func < (lhs: GraphPath, rhs: GraphPath) -> Bool {
        lhs.hops != rhs.hops ? lhs.hops < rhs.hops : lhs.edges.lexicographicallyPrecedes(rhs.edges)
    }
}

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

/// One side of a breadth-first search: its visited marks, distances, the edge that reached each
/// node, the current and next frontiers, and marks for the nodes of its search tree that lie on
/// a shortest path (`markTree`).
struct SearchSide {
    var seen: [UInt32]
    var dist: [Int32]
    var via: [Int32]
    var marked: [UInt32]
    var frontier: [Int32] = []
    var next: [Int32] = []
    var depth: Int32 = 0

    init(nodeCount: Int) {
        seen = [UInt32](repeating: 0, count: nodeCount)
        dist = [Int32](repeating: 0, count: nodeCount)
        via = [Int32](repeating: -1, count: nodeCount)
        marked = [UInt32](repeating: 0, count: nodeCount)
    }

    mutating func clear() {
        for node in seen.indices { seen[node] = 0 }
        for node in marked.indices { marked[node] = 0 }
    }

    @inline(__always) func has(_ node: Int32, _ stamp: UInt32) -> Bool { seen[Int(node)] == stamp }

    mutating func start(at node: Int, stamp: UInt32) {
        seen[node] = stamp
        dist[node] = 0
        via[node] = -1
        frontier.removeAll(keepingCapacity: true)
        frontier.append(Int32(node))
        depth = 0
    }

    /// Visits the nodes one step beyond the frontier. When `other` is given, returns the first
    /// node the other side has seen (else -1), and with `stopAtMeeting` stops there.
    ///
    /// The first meeting is a best one: both sides expand whole levels, so a node the other side
    /// saw before its last level has been expanded, and a shorter join through it would have
    /// been found a level earlier.
    mutating func expandLevel(_ index: QueryIndex, _ way: TraversalRules.Direction, _ filter: StepFilter,
                              stamp: UInt32, meeting other: SearchSide? = nil, stopAtMeeting: Bool = true) -> Int32 {
        next.removeAll(keepingCapacity: true)
        let depth = self.depth + 1
        var meeting: Int32 = -1
        for node in frontier where !(stopAtMeeting && meeting >= 0) {
            index.forEachStep(from: node, way) { edge, neighbour in
                guard !(stopAtMeeting && meeting >= 0), filter.admits(edge, from: node, to: neighbour),
                      seen[Int(neighbour)] != stamp else { return }
                seen[Int(neighbour)] = stamp
                dist[Int(neighbour)] = depth
                via[Int(neighbour)] = edge
                next.append(neighbour)
                if meeting < 0, let other, other.seen[Int(neighbour)] == stamp { meeting = neighbour }
            }
        }
        swap(&frontier, &next)
        self.depth = depth
        return meeting
    }

    /// Marks `seeds` and, level by level back towards this side's origin, every node of the
    /// search tree one hop nearer along an admitted edge: the nodes on the side's shortest ways
    /// to the seeds. `way` is the direction that leads back (the reverse of the search's).
    mutating func markTree(from seeds: [Int32], _ index: QueryIndex, _ way: TraversalRules.Direction, _ filter: StepFilter, stamp: UInt32) {
        frontier = seeds
        for node in seeds { marked[Int(node)] = stamp }
        while !frontier.isEmpty {
            next.removeAll(keepingCapacity: true)
            for node in frontier {
                let level = dist[Int(node)] - 1
                index.forEachStep(from: node, way) { edge, neighbour in
                    guard seen[Int(neighbour)] == stamp, dist[Int(neighbour)] == level, marked[Int(neighbour)] != stamp,
                          filter.admits(edge, from: neighbour, to: node) else { return }
                    marked[Int(neighbour)] = stamp
                    next.append(neighbour)
                }
            }
            swap(&frontier, &next)
        }
    }
}

/// Which steps a search may take: the edge types, blocked nodes and edges, no self-loops, and
/// source documents only as the start or goal unless `throughSources` (a source that is never
/// entered is never left, so no path passes through one).
struct StepFilter {
    let typeMask: UInt16
    let typeCodes: [UInt8]
    let isSource: [Bool]
    let throughSources: Bool
    let start: Int32
    let goal: Int32
    /// 0 when nothing is blocked.
    let blockStamp: UInt32
    let blockedNodes: [UInt32]
    let blockedEdges: [UInt32]

    @inline(__always) func admits(_ edge: Int32, from node: Int32, to neighbour: Int32) -> Bool {
        guard neighbour != node, typeMask & (1 << UInt16(typeCodes[Int(edge)])) != 0 else { return false }
        if blockStamp != 0 && (blockedEdges[Int(edge)] == blockStamp || blockedNodes[Int(neighbour)] == blockStamp) {
            return false
        }
        return throughSources || !isSource[Int(neighbour)] || neighbour == goal || neighbour == start
    }
}

extension QueryIndex {
    /// Calls `body` with each edge and neighbour one step from `node` the way given, in a fixed
    /// order: outgoing edges in graph order, then incoming ones.
    @inline(__always)
    func forEachStep(from node: Int32, _ way: TraversalRules.Direction, _ body: (_ edge: Int32, _ neighbour: Int32) -> Void) {
        let node = Int(node)
        if way != .incoming {
            for slot in Int(outOffsets[node])..<Int(outOffsets[node + 1]) { body(outEdges[slot], outNeighbours[slot]) }
        }
        if way != .outgoing {
            for slot in Int(inOffsets[node])..<Int(inOffsets[node + 1]) { body(inEdges[slot], inNeighbours[slot]) }
        }
    }

    /// How many steps `forEachStep` offers from `node`.
    @inline(__always) func stepCount(from node: Int32, _ way: TraversalRules.Direction) -> Int {
        let node = Int(node)
        var count = 0
        if way != .incoming { count += Int(outOffsets[node + 1] - outOffsets[node]) }
        if way != .outgoing { count += Int(inOffsets[node + 1] - inOffsets[node]) }
        return count
    }

    /// The `position`th step `forEachStep` offers from `node`.
    @inline(__always) func step(from node: Int32, _ way: TraversalRules.Direction, at position: Int) -> (edge: Int32, neighbour: Int32) {
        let node = Int(node)
        var position = position
        if way != .incoming {
            let outCount = Int(outOffsets[node + 1] - outOffsets[node])
            if position < outCount {
                let slot = Int(outOffsets[node]) + position
                return (outEdges[slot], outNeighbours[slot])
            }
            position -= outCount
        }
        let slot = Int(inOffsets[node]) + position
        return (inEdges[slot], inNeighbours[slot])
    }

    /// The node at the other end of `edge` from `node` (self-loops are never walked).
    @inline(__always) func otherEnd(of edge: Int32, from node: Int32) -> Int32 {
        edgeFrom[Int(edge)] == node ? edgeTo[Int(edge)] : edgeFrom[Int(edge)]
    }

    /// Whether `edge` is walked along its direction when going from `node`.
    public func walksForward(_ edge: Int, from node: Int) -> Bool { Int(edgeFrom[edge]) == node }

    /// The node at the other end of `edge` from `node`, walking the graph.
    public func otherEnd(ofEdge edge: Int, from node: Int) -> Int { Int(otherEnd(of: Int32(edge), from: Int32(node))) }
}

extension TraversalRules.Direction {
    /// The direction that retraces this one: what a search from the goal walks.
    var reversed: TraversalRules.Direction {
        switch self {
        case .both: return .both
        case .outgoing: return .incoming
        case .incoming: return .outgoing
        }
    }
}
