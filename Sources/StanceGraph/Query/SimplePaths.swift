extension GraphSearch {
    /// The simple paths (no node twice) from `start` to `goal` with at most `maxHops` hops,
    /// shortest first and then in graph order of their edges, up to `limit` of them;
    /// `truncated` says whether there are more.
    ///
    /// A BFS from the goal (up to `maxHops`) gives each node a lower bound on the hops still
    /// needed, which prunes every branch that cannot arrive in time. Paths are enumerated one
    /// length at a time (iterative deepening), so a truncated answer keeps the shortest ones.
    public mutating func simplePaths(from start: Int, to goal: Int, maxHops: Int, limit: Int) -> (paths: [GraphPath], truncated: Bool) {
        guard limit > 0, maxHops >= 0 else { return ([], false) }
        if start == goal { return ([GraphPath(nodes: [start], edges: [])], false) }
        let filter = stepFilter(start: start, goal: goal)
        let stamp = nextStamp()
        let index = self.index
        backward.start(at: goal, stamp: stamp)
        // Nodes after the start need to be within `maxHops - 1` hops of the goal; the start within `maxHops`.
        while Int(backward.depth) < maxHops - 1 && !backward.frontier.isEmpty {
            _ = backward.expandLevel(index, rules.direction.reversed, filter, stamp: stamp)
        }
        if !backward.has(Int32(start), stamp) && Int(backward.depth) < maxHops && !backward.frontier.isEmpty {
            _ = backward.expandLevel(index, rules.direction.reversed, filter, stamp: stamp)
        }
        guard backward.has(Int32(start), stamp) else { return ([], false) }
        let reached = backward.seen, toGoal = backward.dist
        var paths: [GraphPath] = []
        for length in Int(toGoal[start])...maxHops {
            let complete = enumeratePaths(from: start, to: goal, hops: length, filter: filter, limit: limit + 1, into: &paths) { neighbour, depth in
                reached[Int(neighbour)] == stamp && depth + 1 + Int(toGoal[Int(neighbour)]) <= length
            }
            if !complete { return (Array(paths.prefix(limit)), true) }
        }
        return (paths, false)
    }

    /// Appends to `paths` the simple paths of exactly `hops` hops from `start` to `goal` whose
    /// every step `canStep(neighbour, depth)` allows, depth-first in step order, until `paths`
    /// holds `limit`. Returns `false` when it stopped at the limit.
    mutating func enumeratePaths(from start: Int, to goal: Int, hops: Int, filter: StepFilter, limit: Int,
                                 into paths: inout [GraphPath], canStep: (_ neighbour: Int32, _ depth: Int) -> Bool) -> Bool {
        guard paths.count < limit else { return false }
        if pathMarks.isEmpty { pathMarks = [UInt32](repeating: 0, count: index.nodeCount) }
        let mark = nextStamp()
        let index = self.index, way = rules.direction, goal = Int32(goal)
        var onPath = pathMarks
        pathMarks = []
        defer { pathMarks = onPath }
        var nodes: [Int32] = [Int32(start)], edges: [Int32] = [], cursors: [Int] = [0]
        onPath[start] = mark
        while let node = nodes.last {
            let depth = nodes.count - 1
            let position = cursors[depth]
            guard depth < hops, position < index.stepCount(from: node, way) else {
                onPath[Int(node)] = 0
                nodes.removeLast()
                cursors.removeLast()
                if !edges.isEmpty { edges.removeLast() }
                continue
            }
            cursors[depth] = position + 1
            let (edge, neighbour) = index.step(from: node, way, at: position)
            guard onPath[Int(neighbour)] != mark, filter.admits(edge, from: node, to: neighbour),
                  !index.areClaimStepsOfOneEdge(edge, edges.last ?? -1),
                  index.isClaimStep(Int(edge)) || !index.returnsAcrossClaim(after: edges.last ?? -1, to: neighbour),
                  !index.isClaimStep(Int(edge)) || nodes.count < 2 || index.isClaimStep(Int(edges.last!))
                      || !index.returnsAcrossClaim(after: edge, to: nodes[nodes.count - 2]) else { continue }
            if neighbour == goal {
                guard depth + 1 == hops else { continue }
                paths.append(GraphPath(nodes: (nodes + [goal]).map(Int.init), edges: (edges + [edge]).map(Int.init)))
                if paths.count >= limit { return false }
                continue
            }
            guard depth + 1 < hops, canStep(neighbour, depth) else { continue }
            onPath[Int(neighbour)] = mark
            nodes.append(neighbour)
            edges.append(edge)
            cursors.append(0)
        }
        return true
    }
}
