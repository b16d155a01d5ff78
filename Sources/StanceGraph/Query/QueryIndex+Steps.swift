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
