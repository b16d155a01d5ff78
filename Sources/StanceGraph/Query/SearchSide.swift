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
                      seen[Int(neighbour)] != stamp, !index.areClaimStepsOfOneEdge(edge, via[Int(node)]) else { return }
                seen[Int(neighbour)] = stamp
                dist[Int(neighbour)] = depth
                via[Int(neighbour)] = edge
                next.append(neighbour)
                if meeting < 0, let other, other.seen[Int(neighbour)] == stamp,
                   !index.areClaimStepsOfOneEdge(edge, other.via[Int(neighbour)]) {
                    meeting = neighbour
                }
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
