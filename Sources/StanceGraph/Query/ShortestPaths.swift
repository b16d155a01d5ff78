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

    /// Every path with the fewest hops from `start` to `goal`, in graph order of their edges,
    /// up to `limit` of them; `truncated` says whether there are more.
    ///
    /// One BFS from `start` to the goal's depth, then a sweep back from `goal` marking the nodes
    /// that lie on some shortest path; the enumeration then only walks those, so its cost is
    /// proportional to what it prints.
    public mutating func allShortestPaths(from start: Int, to goal: Int, limit: Int) -> (paths: [GraphPath], truncated: Bool) {
        guard limit > 0, let shortest = shortestPath(from: start, to: goal) else { return ([], false) }
        if shortest.hops == 0 { return ([shortest], false) }
        let length = Int32(shortest.hops)
        let filter = stepFilter(start: start, goal: goal)
        let stamp = nextStamp()
        let index = self.index, way = rules.direction
        forward.start(at: start, stamp: stamp)
        while forward.depth < length && !forward.frontier.isEmpty {
            _ = forward.expandLevel(index, way, filter, stamp: stamp)
        }
        // Mark, from the goal back, the nodes one level closer to the start along admitted edges.
        backward.start(at: goal, stamp: stamp)
        let distance = forward.dist, reached = forward.seen
        while !backward.frontier.isEmpty {
            backward.next.removeAll(keepingCapacity: true)
            for node in backward.frontier {
                let level = distance[Int(node)] - 1
                index.forEachStep(from: node, way.reversed) { edge, neighbour in
                    guard reached[Int(neighbour)] == stamp, distance[Int(neighbour)] == level,
                          backward.seen[Int(neighbour)] != stamp, filter.admits(edge, from: neighbour, to: node) else { return }
                    backward.seen[Int(neighbour)] = stamp
                    backward.next.append(neighbour)
                }
            }
            swap(&backward.frontier, &backward.next)
        }
        let onShortestPath = backward.seen
        var paths: [GraphPath] = []
        let complete = enumeratePaths(from: start, to: goal, hops: shortest.hops, filter: filter, limit: limit + 1, into: &paths) { neighbour, depth in
            onShortestPath[Int(neighbour)] == stamp && reached[Int(neighbour)] == stamp && distance[Int(neighbour)] == Int32(depth + 1)
        }
        if complete { return (paths, false) }
        return (Array(paths.prefix(limit)), true)
    }
}
