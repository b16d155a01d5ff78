@testable import StanceGraph

/// SplitMix64: a small seeded generator, so that every random graph can be made again from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random stance graphs built straight from `Node`, `Edge` and `Graph`: every edge type, parallel
/// edges, self-loops, claims about claims (including chains), source nodes, confidences and
/// dated evidence, so that the queries meet every case the model allows.
enum RandomGraphs {
    static func make(seed: UInt64, nodes nodeCount: Int, edges edgeCount: Int) -> Graph {
        var random = SeededGenerator(seed: seed)
        let sourceCount = max(1, nodeCount / 7)
        var nodes: [Node] = []
        for index in 0..<nodeCount {
            let kind: NodeKind = index < sourceCount ? .source
                : [NodeKind.actor, .actor, .position, .condition].randomElement(using: &random)!
            nodes.append(Node(id: "n\(index)", kind: kind, label: "Node \(index)"))
        }
        var edges: [Edge] = []
        for index in 0..<edgeCount {
            let type = EdgeType.allCases.randomElement(using: &random)!
            let from = Int.random(in: 0..<nodeCount, using: &random)
            var to = "n\(Int.random(in: 0..<nodeCount, using: &random))"
            if type.mayTargetEdge && !edges.isEmpty && Int.random(in: 0..<4, using: &random) == 0 {
                to = edges[Int.random(in: 0..<edges.count, using: &random)].id
            }
            var provenance: [Provenance] = []
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let date = Bool.random(using: &random)
                    ? try! PartialDate(year: Int.random(in: 2022...2025, using: &random), month: Int.random(in: 1...12, using: &random))
                    : nil
                provenance.append(Provenance(source: "n\(Int.random(in: 0..<sourceCount, using: &random))", date: date,
                                             attribution: Attribution.allCases.randomElement(using: &random)!, quote: "q\(index)"))
            }
            let confidence = [nil, 0.2, 0.5, 0.8, 1.0].randomElement(using: &random)!
            let validFrom = Int.random(in: 0..<5, using: &random) == 0 ? try! PartialDate(year: Int.random(in: 2022...2025, using: &random)) : nil
            let validUntil = Int.random(in: 0..<5, using: &random) == 0 ? try! PartialDate(year: Int.random(in: 2022...2025, using: &random)) : nil
            edges.append(Edge(id: "e\(index)", type: type, from: "n\(from)", to: to, provenance: provenance,
                              confidence: confidence, validFrom: validFrom, validUntil: validUntil))
        }
        return try! Graph(nodes: nodes, edges: edges)
    }
}

/// A deliberately plain model of the walking rules, written from the `Graph` alone (not from
/// `QueryIndex`), for the queries to be checked against.
struct PathOracle {
    let graph: Graph
    let rules: TraversalRules
    /// `steps[node]`: (edge, neighbour) pairs one step away.
    let steps: [[(edge: Int, neighbour: Int)]]

    init(graph: Graph, rules: TraversalRules, admitted: (Int) -> Bool = { _ in true }) {
        self.graph = graph
        self.rules = rules
        var steps = [[(edge: Int, neighbour: Int)]](repeating: [], count: graph.nodes.count)
        for edge in graph.edges.indices where admitted(edge) && (rules.edgeTypes?.contains(graph.edges[edge].type) ?? true) {
            let a = graph.edgeTails[edge], b = graph.targetNodeIndex(ofEdge: edge)
            guard a != b else { continue }
            if rules.direction != .incoming { steps[a].append((edge, b)) }
            if rules.direction != .outgoing { steps[b].append((edge, a)) }
        }
        self.steps = steps
    }

    func mayEnter(_ node: Int, start: Int, goal: Int) -> Bool {
        rules.throughSources || graph.nodes[node].kind != .source || node == start || node == goal
    }

    /// Hops of a shortest path, by plain one-sided BFS.
    func distance(from start: Int, to goal: Int) -> Int? {
        var distance = [Int?](repeating: nil, count: graph.nodes.count)
        distance[start] = 0
        var queue = [start], head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            if node == goal { return distance[node] }
            for (_, neighbour) in steps[node] where distance[neighbour] == nil && mayEnter(neighbour, start: start, goal: goal) {
                distance[neighbour] = distance[node]! + 1
                queue.append(neighbour)
            }
        }
        return nil
    }

    /// Every simple path of at most `maxHops` hops, by exhaustive depth-first search.
    func allSimplePaths(from start: Int, to goal: Int, maxHops: Int) -> [GraphPath] {
        if start == goal { return [GraphPath(nodes: [start], edges: [])] }
        var found: [GraphPath] = []
        var nodes = [start], edges: [Int] = []
        func extend() {
            guard edges.count < maxHops else { return }
            for (edge, neighbour) in steps[nodes.last!] where !nodes.contains(neighbour) && mayEnter(neighbour, start: start, goal: goal) {
                nodes.append(neighbour)
                edges.append(edge)
                if neighbour == goal { found.append(GraphPath(nodes: nodes, edges: edges)) } else { extend() }
                nodes.removeLast()
                edges.removeLast()
            }
        }
        extend()
        return found
    }

    /// Why `path` is not a valid answer from `start` to `goal`, or `nil` when it is.
    func problem(with path: GraphPath, from start: Int, to goal: Int) -> String? {
        guard path.nodes.first == start, path.nodes.last == goal else { return "wrong ends \(path.nodes)" }
        guard Set(path.nodes).count == path.nodes.count else { return "repeats a node \(path.nodes)" }
        for (step, edge) in path.edges.enumerated() {
            let a = path.nodes[step], b = path.nodes[step + 1]
            guard steps[a].contains(where: { $0.edge == edge && $0.neighbour == b }) else { return "edge \(edge) does not lead from \(a) to \(b)" }
        }
        for node in path.nodes.dropFirst().dropLast() where !mayEnter(node, start: start, goal: goal) {
            return "passes through source \(node)"
        }
        return nil
    }
}
