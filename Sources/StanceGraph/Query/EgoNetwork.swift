/// The nodes within some hops of a centre, by distance, with the edges that reach them.
public struct EgoNetwork: Sendable {
    public struct Member: Hashable, Sendable {
        public var node: Int
        public var distance: Int
        /// The edges joining it to nodes one hop closer to the centre, in graph order.
        public var links: [Int]
    }

    public let index: QueryIndex
    public let centre: Int
    public let depth: Int
    /// The centre first, then the others by distance, each distance in the order found.
    public let members: [Member]
    /// The edges among the members that the search rules allow, in graph order.
    public let edges: [Int]

    public var graph: Graph { index.graph }

    /// `{"centre":{"id","label","kind"},"depth","nodes":[{"id","label","kind","distance","links"}],"edges":[…]}`
    public var json: JSONValue {
        .object([
            ("centre", QueryJSON.node(graph.nodes[centre])),
            ("depth", .int(depth)),
            ("nodes", .array(members.dropFirst().map { member in
                let node = graph.nodes[member.node]
                return .object([
                    ("id", .string(node.id)), ("label", .string(node.label)), ("kind", .string(node.kind.rawValue)),
                    ("distance", .int(member.distance)),
                    ("links", .array(member.links.map { .string(graph.edges[$0].id) })),
                ])
            })),
            ("edges", .array(edges.map { QueryJSON.edge($0, in: graph) })),
        ])
    }

    /// The network for drawing. Highlighted: the members (the centre and the nodes found) and
    /// the edges that reach each member from one hop closer — the answer; the other edges among
    /// the members, and the stances and actors that claims bring along, are not.
    public func subgraph() -> Subgraph {
        var keepNode = [Bool](repeating: false, count: graph.nodes.count)
        var keepEdge = [Bool](repeating: false, count: graph.edges.count)
        for member in members { keepNode[member.node] = true }
        for edge in edges { keepEdge[edge] = true }
        return Subgraph(of: graph, nodes: keepNode, edges: keepEdge, highlightedNodes: Set(members.map { graph.nodes[$0.node].id }),
                        highlightedEdges: Set(members.flatMap(\.links).map { graph.edges[$0].id }))
    }
}

extension GraphSearch {
    /// The nodes within `depth` hops of `centre`, walking edges as the rules allow. Source
    /// documents are reached but not walked through (unless `throughSources`), except the centre.
    public mutating func egoNetwork(of centre: Int, depth: Int) -> EgoNetwork {
        let members = layers(from: [centre], depth: depth)
        let stamp = self.stamp, index = self.index
        var edges: [Int] = []
        for member in members {
            for slot in Int(index.outOffsets[member.node])..<Int(index.outOffsets[member.node + 1]) {
                let edge = index.outEdges[slot]
                if forward.has(index.outNeighbours[slot], stamp) && typeMask & (1 << UInt16(index.edgeTypeCode[Int(edge)])) != 0 {
                    edges.append(Int(edge))
                }
            }
        }
        return EgoNetwork(index: index, centre: centre, depth: depth, members: members, edges: edges.sorted())
    }

    /// The nodes within `depth` hops of any of `starts` (the starts included).
    mutating func neighbourhood(of starts: [Int], depth: Int) -> [Int] {
        layers(from: starts, depth: depth).map(\.node)
    }

    /// Breadth-first layers from `starts` up to `depth`, each node with the edges that reach it
    /// from the layer before. Leaves the nodes marked in `forward` with the current stamp.
    private mutating func layers(from starts: [Int], depth: Int) -> [EgoNetwork.Member] {
        let stamp = nextStamp()
        let index = self.index, way = rules.direction, mask = typeMask, throughSources = rules.throughSources
        var members: [EgoNetwork.Member] = []
        var memberIndex: [Int32: Int] = [:]
        forward.frontier.removeAll(keepingCapacity: true)
        for start in starts where !forward.has(Int32(start), stamp) {
            forward.seen[start] = stamp
            forward.dist[start] = 0
            forward.frontier.append(Int32(start))
            members.append(EgoNetwork.Member(node: start, distance: 0, links: []))
        }
        let isStart = Set(starts.map(Int32.init))
        var level: Int32 = 0
        while Int(level) < depth && !forward.frontier.isEmpty {
            level += 1
            forward.next.removeAll(keepingCapacity: true)
            for node in forward.frontier where throughSources || !index.isSource[Int(node)] || isStart.contains(node) {
                index.forEachStep(from: node, way) { edge, neighbour in
                    guard neighbour != node, mask & (1 << UInt16(index.edgeTypeCode[Int(edge)])) != 0 else { return }
                    if !forward.has(neighbour, stamp) {
                        forward.seen[Int(neighbour)] = stamp
                        forward.dist[Int(neighbour)] = level
                        forward.next.append(neighbour)
                        memberIndex[neighbour] = members.count
                        members.append(EgoNetwork.Member(node: Int(neighbour), distance: Int(level), links: [Int(edge)]))
                    } else if forward.dist[Int(neighbour)] == level, let member = memberIndex[neighbour] {
                        members[member].links.append(Int(edge))
                    }
                }
            }
            swap(&forward.frontier, &forward.next)
        }
        for member in members.indices { members[member].links.sort() }
        return members
    }
}
