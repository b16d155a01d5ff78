import Collections

extension GraphSearch {
    /// The `k` shortest simple paths from `start` to `goal` (Yen's algorithm), shortest first:
    /// `shortestPath`'s answer, then the others by length and their edges' order in the graph.
    /// With `maxHops`, none longer than that.
    ///
    /// Each accepted path is deviated from at each of its nodes (the spur): the root up to the
    /// spur is kept, its nodes are blocked, and so is the next edge of every accepted path that
    /// shares the root; a shortest spur path then gives a candidate. Candidates wait in a heap.
    /// `first`, when given, is the shortest path to start from (one of the fewest hops).
    public mutating func kShortestPaths(from start: Int, to goal: Int, k: Int, maxHops: Int? = nil, first: GraphPath? = nil) -> [GraphPath] {
        guard k > 0, let first = first ?? shortestPath(from: start, to: goal), first.hops <= maxHops ?? .max else { return [] }
        var accepted = [first]
        var known: Set<[Int]> = [first.edges]
        var candidates = Heap<GraphPath>()
        while accepted.count < k {
            let previous = accepted[accepted.count - 1]
            for spurPosition in 0..<previous.hops {
                let root = previous.edges[..<spurPosition]
                let block = nextBlockStamp()
                for node in previous.nodes[..<spurPosition] { blockedNodes[node] = block }
                for path in accepted where path.hops > spurPosition && path.edges[..<spurPosition] == root {
                    blockedEdges[path.edges[spurPosition]] = block
                }
                guard let spur = shortestPath(from: previous.nodes[spurPosition], to: goal, blocking: true),
                      spurPosition + spur.hops <= maxHops ?? .max else { continue }
                let candidate = GraphPath(nodes: Array(previous.nodes[..<spurPosition]) + spur.nodes, edges: Array(root) + spur.edges)
                // A spur that turns back through the claim it arrived by repeats a path already found.
                guard index.walksClaimsFaithfully(candidate) else { continue }
                if known.insert(candidate.edges).inserted { candidates.insert(candidate) }
            }
            guard let next = candidates.popMin() else { break }
            accepted.append(next)
        }
        return accepted
    }
}
