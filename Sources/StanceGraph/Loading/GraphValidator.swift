/// Checks that cross files: unique ids, references that resolve to the right kind of thing,
/// edge types joining the kinds they may join; and warnings for loose ends.
enum Validator {
    static func check(
        nodes: [Node], edges: [Edge], declarations: [Declaration], references: [Reference],
        broken: BrokenContainers = BrokenContainers()
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var nodeIndexByID = [String: Int](minimumCapacity: nodes.count)
        var edgeIndexByID = [String: Int](minimumCapacity: edges.count)
        var firstLocation = [String: SourceLocation](minimumCapacity: declarations.count)
        // The first error of each declared entry too broken to keep.
        var brokenBy: [String: SourceLocation] = [:]
        for declaration in declarations {
            if let first = firstLocation[declaration.id] {
                diagnostics.append(.error(.duplicateID(id: declaration.id, firstDeclared: first), at: declaration.location))
            } else {
                firstLocation[declaration.id] = declaration.location
                if let cause = declaration.cause { brokenBy[declaration.id] = cause }
            }
        }
        for index in nodes.indices where firstLocation[nodes[index].id] == nodes[index].location { nodeIndexByID[nodes[index].id] = index }
        for index in edges.indices where firstLocation[edges[index].id] == edges[index].location { edgeIndexByID[edges[index].id] = index }

        var connected = [Bool](repeating: false, count: nodes.count)
        var cited = [Bool](repeating: false, count: nodes.count)
        var sortedIDs: [String]?
        func suggestion(for id: String) -> String? {
            if sortedIDs == nil { sortedIDs = firstLocation.keys.sorted() }
            return Suggestions.closest(to: id, in: sortedIDs!)
        }
        // The kinds each edge type may join, worked out once rather than for every reference.
        var allowedKinds: [EdgeType: (from: Set<NodeKind>, to: Set<NodeKind>)] = [:]
        for type in EdgeType.allCases { allowedKinds[type] = (type.allowedFromKinds, type.allowedToKinds) }
        for reference in references {
            let nodeIndex = nodeIndexByID[reference.id]
            if nodeIndex == nil && edgeIndexByID[reference.id] == nil {
                // Declared by an entry that had errors of its own: follows from its first error.
                if firstLocation[reference.id] != nil {
                    if let cause = brokenBy[reference.id] {
                        diagnostics.append(.error(.referenceToBrokenEntry(field: reference.field, id: reference.id), at: reference.location, followsFrom: cause))
                    }
                    continue
                }
                let suggested = broken.nodeList == nil ? suggestion(for: reference.id) : nil
                let cause = broken.nodeList ?? (suggested == nil ? broken.nodeWithoutID : nil)
                diagnostics.append(.error(.danglingReference(field: reference.field, id: reference.id, suggestion: suggested), at: reference.location, followsFrom: cause))
                continue
            }
            switch reference.expectation {
            case .source, .actor:
                let wanted: NodeKind = reference.expectation == .source ? .source : .actor
                guard let nodeIndex else {
                    diagnostics.append(.error(.danglingReference(field: reference.field, id: reference.id, suggestion: nil), at: reference.location))
                    continue
                }
                if nodes[nodeIndex].kind != wanted {
                    if wanted == .source {
                        diagnostics.append(.error(.notASource(field: reference.field, id: reference.id, kind: nodes[nodeIndex].kind), at: reference.location))
                    } else {
                        diagnostics.append(.error(.wrongType(field: "role of \"\(reference.id)\"", expected: "an actor", found: "a \(nodes[nodeIndex].kind.rawValue)"), at: reference.location))
                    }
                }
                cited[nodeIndex] = true
            case .node, .nodeOrEdge:
                if let nodeIndex { connected[nodeIndex] = true }
                // An edge too broken to keep still connects its ends: no cascade of warnings.
                guard let owner = reference.edgeIndex else { continue }
                // Read the edge's fields in place: copying the whole edge retains every string in it.
                let type = edges[owner].type
                let isFrom = reference.expectation == .node
                let end = isFrom ? "from" : "to"
                if let nodeIndex {
                    connected[nodeIndex] = true
                    let kind = nodes[nodeIndex].kind
                    let kinds = allowedKinds[type]!
                    let allowed = isFrom ? kinds.from : kinds.to
                    if !allowed.contains(kind) {
                        diagnostics.append(.error(.kindNotAllowed(edge: edges[owner].id, type: type, end: end, id: reference.id, kind: kind, allowed: allowed.sorted { $0.rawValue < $1.rawValue }), at: reference.location))
                    } else if !isFrom, !type.allowsSelfLoop, edges[owner].from == reference.id {
                        diagnostics.append(.error(.selfLoop(edge: edges[owner].id, type: type, node: reference.id), at: reference.location))
                    }
                } else if isFrom {
                    diagnostics.append(.error(.danglingReference(field: "from", id: reference.id, suggestion: nil), at: reference.location))
                } else if !type.mayTargetEdge {
                    diagnostics.append(.error(.edgeTargetNotAllowed(edge: edges[owner].id, type: type, target: reference.id), at: reference.location))
                } else if reference.id == edges[owner].id {
                    diagnostics.append(.error(.edgeTargetsItself(edge: edges[owner].id), at: reference.location))
                }
            }
        }
        diagnostics.append(contentsOf: claimCycles(edges: edges, edgeIndexByID: edgeIndexByID, nodeIndexByID: nodeIndexByID))
        diagnostics.append(contentsOf: unusualSides(nodes: nodes, nodeIndexByID: nodeIndexByID))
        for index in nodes.indices where nodeIndexByID[nodes[index].id] == index {
            let kind = nodes[index].kind
            switch kind {
            case .source where !cited[index] && !connected[index]:
                diagnostics.append(.warning(.unreferencedNode(id: nodes[index].id, kind: kind), at: nodes[index].location, followsFrom: broken.edgeList))
            case .actor where !connected[index], .position where !connected[index], .condition where !connected[index]:
                diagnostics.append(.warning(.unreferencedNode(id: nodes[index].id, kind: kind), at: nodes[index].location, followsFrom: broken.edgeList))
            default: break
            }
        }
        for index in edges.indices where edges[index].isCandidate {
            diagnostics.append(.warning(.candidateEdge(id: edges[index].id), at: edges[index].location))
        }
        return diagnostics
    }

    /// Sides are free text (a graph may bring in a side of its own), checked against the graph's
    /// own actors: a side only one actor has, that is a near miss of a side two or more actors
    /// share (`rusia` beside `russia`), is likely a typo. A warning at that actor's `side`, with
    /// the side others use.
    private static func unusualSides(nodes: [Node], nodeIndexByID: [String: Int]) -> [Diagnostic] {
        var actors: [String: [Int]] = [:]
        for index in nodes.indices where nodes[index].kind == .actor && nodeIndexByID[nodes[index].id] == index {
            if let side = nodes[index].side, !side.isEmpty { actors[side, default: []].append(index) }
        }
        let shared = actors.filter { $0.value.count >= 2 }.keys.sorted()
        guard !shared.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for (side, holders) in actors where holders.count == 1 {
            guard let suggestion = Suggestions.closest(to: side, in: shared) else { continue }
            let node = nodes[holders[0]]
            diagnostics.append(.warning(.unusualSide(side: side, suggestion: suggestion), at: node.location))
        }
        return diagnostics
    }

    /// Claims about claims must end at a stance: `a doubts b`, `b denies a` is a loop with
    /// nothing at its end. Reported once per loop, at the edge of the loop that comes first.
    private static func claimCycles(edges: [Edge], edgeIndexByID: [String: Int], nodeIndexByID: [String: Int]) -> [Diagnostic] {
        enum State { case unvisited, onPath, done }
        var state = [State](repeating: .unvisited, count: edges.count)
        var diagnostics: [Diagnostic] = []
        for start in edges.indices where state[start] == .unvisited {
            var path: [Int] = []
            var current = start
            while true {
                if state[current] == .done { break }
                if state[current] == .onPath {
                    let loop = path[path.firstIndex(of: current)!...]
                    let first = loop.min { (edges[$0].location ?? .init(file: "", line: 0, column: 0)) < (edges[$1].location ?? .init(file: "", line: 0, column: 0)) }!
                    diagnostics.append(.error(.claimCycle(ids: loop.map { edges[$0].id }), at: edges[first].location))
                    break
                }
                state[current] = .onPath
                path.append(current)
                let target = edges[current].to
                guard nodeIndexByID[target] == nil, let next = edgeIndexByID[target], next != current else { break }
                current = next
            }
            for index in path { state[index] = .done }
        }
        return diagnostics
    }
}
