extension GraphSearch {
    /// A path with the fewest hops from `start` to `goal`, or `nil` when there is none.
    ///
    /// Bidirectional breadth-first search: each round expands one whole level of the side with
    /// the smaller frontier, and the first level on which the sides meet gives the answer (the
    /// best meeting on that level). It touches about the square root of what one-sided BFS does.
    public mutating func shortestPath(from start: Int, to goal: Int) -> GraphPath? {
        shortestPath(from: start, to: goal, blocking: false)
    }

    mutating func shortestPath(from start: Int, to goal: Int, blocking: Bool) -> GraphPath? {
        if start == goal { return GraphPath(nodes: [start], edges: []) }
        let filter = stepFilter(start: start, goal: goal, blocking: blocking)
        let stamp = nextStamp()
        let index = self.index, way = rules.direction
        forward.start(at: start, stamp: stamp)
        backward.start(at: goal, stamp: stamp)
        while !forward.frontier.isEmpty && !backward.frontier.isEmpty {
            let meeting: Int32
            if forward.frontier.count <= backward.frontier.count {
                meeting = forward.expandLevel(index, way, filter, stamp: stamp, meeting: backward)
            } else {
                meeting = backward.expandLevel(index, way.reversed, filter, stamp: stamp, meeting: forward)
            }
            if meeting >= 0 {
                let first = recordedPath(to: meeting, on: forward), second = recordedPath(to: meeting, on: backward)
                return GraphPath(nodes: first.nodes + second.nodes.reversed().dropFirst(),
                                 edges: first.edges + second.edges.reversed())
            }
        }
        return nil
    }

    /// Every path with the fewest hops from `start` to `goal`, up to `limit` of them, in the
    /// order of the walk; `truncated` says whether there are more.
    ///
    /// The bidirectional search runs to the end of the level where the sides meet: a shortest
    /// path then crosses the seam (the nodes at depth `a` from the start and `b` from the goal,
    /// `a + b` the length) and is made of shortest ways within each side's search tree. Each
    /// side marks the nodes on its ways to the seam, and the enumeration only walks those, so
    /// the search costs what one shortest-path query does and the enumeration what it prints.
    public mutating func allShortestPaths(from start: Int, to goal: Int, limit: Int) -> (paths: [GraphPath], truncated: Bool) {
        guard limit > 0 else { return ([], false) }
        if start == goal { return ([GraphPath(nodes: [start], edges: [])], false) }
        guard let lattice = shortestPathLattice(from: start, to: goal) else { return ([], false) }
        var paths: [GraphPath] = []
        let complete = enumeratePaths(from: start, to: goal, hops: lattice.length, filter: lattice.filter, limit: limit + 1,
                                      into: &paths, canStep: lattice.canStep)
        if complete { return (paths, false) }
        return (Array(paths.prefix(limit)), true)
    }

    /// Of the paths with the fewest hops from `start` to `goal`, the one whose steps cost least
    /// in sum (`stepCosts`, by index step), the first in walking order among equals; exact, by
    /// dynamic programming over the shortest paths, whatever their number.
    public mutating func cheapestShortestPath(from start: Int, to goal: Int, stepCosts: [EvidenceCost]) -> GraphPath? {
        if start == goal { return GraphPath(nodes: [start], edges: []) }
        guard let lattice = shortestPathLattice(from: start, to: goal) else { return nil }
        let index = self.index, way = rules.direction
        var best: [Int32: (cost: EvidenceCost, node: Int32, edge: Int32)] = [Int32(start): (EvidenceCost(), -1, -1)]
        var layer: [Int32] = [Int32(start)]
        for depth in 0..<lattice.length {
            var next: [Int32] = []
            for node in layer {
                let here = best[node]!
                index.forEachStep(from: node, way) { edge, neighbour in
                    guard lattice.filter.admits(edge, from: node, to: neighbour), !index.areClaimStepsOfOneEdge(edge, here.edge) else { return }
                    if depth + 1 == lattice.length {
                        guard neighbour == Int32(goal) else { return }
                    } else {
                        guard neighbour != Int32(goal), lattice.canStep(neighbour, depth) else { return }
                    }
                    let cost = here.cost + stepCosts[Int(edge)]
                    if let known = best[neighbour] {
                        if cost < known.cost { best[neighbour] = (cost, node, edge) }
                    } else {
                        best[neighbour] = (cost, node, edge)
                        next.append(neighbour)
                    }
                }
            }
            layer = next
        }
        var nodes = [Int(goal)], edges: [Int] = []
        var current = Int32(goal)
        while let step = best[current], step.node >= 0 {
            edges.append(Int(step.edge))
            nodes.append(Int(step.node))
            current = step.node
        }
        return GraphPath(nodes: nodes.reversed(), edges: edges.reversed())
    }

    /// The shortest paths from `start` to `goal` as a lattice: their length, and which node may
    /// stand after `depth` hops of one. `nil` when the goal cannot be reached.
    ///
    /// The bidirectional search runs to the end of the level where the sides meet, and each
    /// side marks the nodes of its search tree on its ways to the seam.
    private mutating func shortestPathLattice(from start: Int, to goal: Int)
        -> (length: Int, filter: StepFilter, canStep: (_ neighbour: Int32, _ depth: Int) -> Bool)? {
        let filter = stepFilter(start: start, goal: goal)
        let stamp = nextStamp()
        let index = self.index, way = rules.direction
        forward.start(at: start, stamp: stamp)
        backward.start(at: goal, stamp: stamp)
        var met = false
        while !met && !forward.frontier.isEmpty && !backward.frontier.isEmpty {
            if forward.frontier.count <= backward.frontier.count {
                met = forward.expandLevel(index, way, filter, stamp: stamp, meeting: backward, stopAtMeeting: false) >= 0
            } else {
                met = backward.expandLevel(index, way.reversed, filter, stamp: stamp, meeting: forward, stopAtMeeting: false) >= 0
            }
        }
        guard met else { return nil }
        let a = forward.depth, b = backward.depth, length = Int(a + b)
        let seam = forward.frontier.filter { backward.has($0, stamp) && backward.dist[Int($0)] == b }
        forward.markTree(from: seam, index, way.reversed, filter, stamp: stamp)
        backward.markTree(from: seam, index, way, filter, stamp: stamp)
        let near = forward, far = backward
        return (length, filter, { neighbour, depth in
            let position = Int32(depth + 1), node = Int(neighbour)
            return position <= a ? near.marked[node] == stamp && near.dist[node] == position
                : far.marked[node] == stamp && far.dist[node] == Int32(length) - position
        })
    }
}
