/// Checks that cross files: unique ids, references that resolve to the right kind of thing,
/// edge types joining the kinds they may join; and warnings for loose ends.
enum Validator {
    static func check(
        nodes: [Node], edges: [Edge], declarations: [Declaration], references: [Reference],
        broken: BrokenContainers = BrokenContainers()
    ) -> [Diagnostic] {
        checkAndIndex(nodes: nodes, edges: edges, declarations: declarations, references: references, broken: broken).diagnostics
    }

    /// Checks as `check` does, and hands back the tables it built on the way, so that
    /// `Graph` need not hash every id again: `nil` unless they are the whole graph's (every
    /// node and edge indexed, no id declared twice).
    static func checkAndIndex(
        nodes: [Node], edges: [Edge], declarations: [Declaration], references: [Reference],
        broken: BrokenContainers = BrokenContainers()
    ) -> (diagnostics: [Diagnostic], tables: Graph.ValidatedTables?) {
        var diagnostics: [Diagnostic] = []
        var declaredTwice = false
        var nodeIndexByID = [String: Int](minimumCapacity: nodes.count)
        var edgeIndexByID = [String: Int](minimumCapacity: edges.count)
        var firstLocation = [String: SourceLocation](minimumCapacity: declarations.count)
        // The first error of each declared entry too broken to keep.
        var brokenBy: [String: SourceLocation] = [:]
        for declaration in declarations {
            if let first = keepFirst(&firstLocation[declaration.id], declaration.location) {
                declaredTwice = true
                diagnostics.append(.error(.duplicateID(id: declaration.id, firstDeclared: first), at: declaration.location))
            } else {
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
        // What each edge's ends resolve to, for `Graph` (-1 and nil: not resolved here).
        var edgeTails = [Int](repeating: -1, count: edges.count)
        var edgeTargets = [EdgeTarget?](repeating: nil, count: edges.count)
        for reference in references {
            let nodeIndex = nodeIndexByID[reference.id]
            let edgeIndex = nodeIndex == nil ? edgeIndexByID[reference.id] : nil
            if nodeIndex == nil && edgeIndex == nil {
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
                if isFrom {
                    if let nodeIndex { edgeTails[owner] = nodeIndex }
                } else {
                    edgeTargets[owner] = nodeIndex.map { .node($0) } ?? edgeIndex.map { .edge($0) }
                }
                if let nodeIndex {
                    connected[nodeIndex] = true
                    let kind = nodes[nodeIndex].kind
                    if !KindMask.allows(type, isFrom: isFrom, kind) {
                        let allowed = isFrom ? type.allowedFromKinds : type.allowedToKinds
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
        diagnostics.append(contentsOf: claimCycles(edges: edges, targets: edgeTargets, edgeIndexByID: edgeIndexByID, nodeIndexByID: nodeIndexByID))
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
        // Every node and edge indexed, and no id declared twice (so none is both a node's and
        // an edge's): the tables are the ones `Graph.init` would build.
        let complete = !declaredTwice && nodeIndexByID.count == nodes.count && edgeIndexByID.count == edges.count
        let tables = complete
            ? Graph.ValidatedTables(nodeIndexByID: nodeIndexByID, edgeIndexByID: edgeIndexByID, edgeTails: edgeTails, edgeTargets: edgeTargets)
            : nil
        return (diagnostics, tables)
    }

    /// The value already in `slot`, or `nil` after storing `location` there: with
    /// `&dictionary[key]`, one lookup whether the key is new or not.
    @inline(__always)
    private static func keepFirst(_ slot: inout SourceLocation?, _ location: SourceLocation) -> SourceLocation? {
        if let first = slot { return first }
        slot = location
        return nil
    }

    /// The node kinds each edge type may join, as bit masks: a test of a bit per reference
    /// rather than a dictionary lookup and a set lookup.
    private enum KindMask {
        static func allows(_ type: EdgeType, isFrom: Bool, _ kind: NodeKind) -> Bool {
            let bit: UInt8 = switch kind {
            case .actor: 1
            case .position: 2
            case .condition: 4
            case .source: 8
            }
            for entry in table where entry.type == type { return (isFrom ? entry.from : entry.to) & bit != 0 }
            return false
        }

        private static let table: [(type: EdgeType, from: UInt8, to: UInt8)] = EdgeType.allCases.map { type in
            func mask(_ kinds: Set<NodeKind>) -> UInt8 {
                kinds.reduce(0) { mask, kind in
                    mask | (kind == .actor ? 1 : kind == .position ? 2 : kind == .condition ? 4 : 8)
                }
            }
            return (type, mask(type.allowedFromKinds), mask(type.allowedToKinds))
        }
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
    /// `targets` are the edge ends the reference check resolved; an end it did not is looked up.
    private static func claimCycles(
        edges: [Edge], targets: [EdgeTarget?], edgeIndexByID: [String: Int], nodeIndexByID: [String: Int]
    ) -> [Diagnostic] {
        enum State { case unvisited, onPath, done }
        var state = [State](repeating: .unvisited, count: edges.count)
        var diagnostics: [Diagnostic] = []
        var path: [Int] = []
        for start in edges.indices where state[start] == .unvisited {
            path.removeAll(keepingCapacity: true)
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
                var target = targets[current]
                if target == nil {
                    let id = edges[current].to
                    target = nodeIndexByID[id].map { .node($0) } ?? edgeIndexByID[id].map { .edge($0) }
                }
                guard case .edge(let next)? = target, next != current else { break }
                current = next
            }
            for index in path { state[index] = .done }
        }
        return diagnostics
    }
}
