/// A stance as queries report it: the edge, and whom its speaker expressed it for when the
/// speaker is a spokesperson of the actor asked about.
public struct StanceReference: Hashable, Sendable {
    public var edge: Int
    /// The actor a spokesperson (the edge's source) spoke for; `nil` for the speaker's own stance.
    public var onBehalfOf: Int?

    public init(edge: Int, onBehalfOf: Int? = nil) {
        self.edge = edge
        self.onBehalfOf = onBehalfOf
    }
}

/// Edges of one type, in date order.
public struct StanceGroup: Sendable {
    public var type: EdgeType
    public var edges: [Int]
}

/// What an actor says: its own stances grouped by type, and those of the actors that
/// `speaks-for` it, each spokesperson in a group of their own.
public struct ActorStances: Sendable {
    public struct Spokesperson: Sendable {
        public var node: Int
        /// The `speaks-for` edge.
        public var speaksFor: Int
        public var groups: [StanceGroup]
    }

    public let index: QueryIndex
    public let actor: Int
    public let own: [StanceGroup]
    public let spokespeople: [Spokesperson]

    /// A spokesperson's stance counts for the actor when it falls within the `speaks-for` edge's
    /// validity (`valid_from`/`valid_until`), or either is undated.
    public init(actor: Int, in index: QueryIndex) {
        self.index = index
        self.actor = actor
        let graph = index.graph
        own = ActorStances.groups(index.outgoingEdges(of: actor).filter { graph.edges[$0].type.expressesStance }, in: graph)
        var seen: Set<Int> = [actor]
        spokespeople = index.incomingEdges(of: actor).compactMap { speaksFor in
            let link = graph.edges[speaksFor], speaker = index.edgeSourceNode(speaksFor)
            guard link.type == .speaksFor, case .node = graph.edgeTargets[speaksFor], seen.insert(speaker).inserted else { return nil }
            let stances = index.outgoingEdges(of: speaker).filter { edge in
                let stance = graph.edges[edge]
                guard stance.type.expressesStance else { return false }
                guard let date = stance.earliestDate else { return true }
                return (link.validFrom.map { $0.startsOnOrBefore(endOf: date) } ?? true)
                    && (link.validUntil.map { $0.endsOnOrAfter(startOf: date) } ?? true)
            }
            guard !stances.isEmpty else { return nil }
            return Spokesperson(node: speaker, speaksFor: speaksFor, groups: ActorStances.groups(stances, in: graph))
        }
    }

    public var graph: Graph { index.graph }

    public var isEmpty: Bool { own.isEmpty && spokespeople.isEmpty }

    /// Every stance, the actor's own first, then each spokesperson's.
    public var all: [StanceReference] {
        own.flatMap { $0.edges.map { StanceReference(edge: $0) } }
            + spokespeople.flatMap { person in person.groups.flatMap { $0.edges.map { StanceReference(edge: $0, onBehalfOf: actor) } } }
    }

    /// `{"actor":{…},"stances":[{"type","edges":[…]}],"via_spokespeople":[{"spokesperson":{…},"speaks_for","stances":[…]}]}`
    public var json: JSONValue {
        func groups(_ groups: [StanceGroup]) -> JSONValue {
            .array(groups.map { group in
                .object([("type", .string(group.type.rawValue)),
                         ("edges", .array(group.edges.map { QueryJSON.edge($0, in: graph, evidence: true) }))])
            })
        }
        return .object([
            ("actor", QueryJSON.node(graph.nodes[actor])),
            ("stances", groups(own)),
            ("via_spokespeople", .array(spokespeople.map { person in
                .object([("spokesperson", QueryJSON.node(graph.nodes[person.node])),
                         ("speaks_for", .string(graph.edges[person.speaksFor].id)),
                         ("stances", groups(person.groups))])
            })),
        ])
    }

    /// Edges grouped by type in vocabulary order, each group by date (undated last), then graph order.
    static func groups(_ edges: [Int], in graph: Graph) -> [StanceGroup] {
        var byType: [EdgeType: [Int]] = [:]
        for edge in edges { byType[graph.edges[edge].type, default: []].append(edge) }
        return EdgeType.allCases.compactMap { type in
            byType[type].map { StanceGroup(type: type, edges: graph.dateOrdered($0)) }
        }
    }
}

/// Who takes which stance on a position, condition or actor: grouped by type, with claims about
/// stances on it (a `doubts` pointing at an edge that ends there), and the `conditions-on` links.
public struct PositionStances: Sendable {
    public struct Entry: Hashable, Sendable {
        public var edge: Int
        /// Who takes the stance.
        public var actor: Int
        /// The edge the stance is about, when it points at an edge rather than at the node.
        public var claim: Int?
        /// The actors the actor `speaks-for`.
        public var speaksFor: [Int]
    }

    public struct Group: Sendable {
        public var type: EdgeType
        public var entries: [Entry]
    }

    public let index: QueryIndex
    public let target: Int
    public let groups: [Group]
    /// `conditions-on` edges from positions that hold only if this is met.
    public let conditionalPositions: [Int]
    /// `conditions-on` edges from this to the conditions it depends on.
    public let conditions: [Int]

    public init(target: Int, in index: QueryIndex) {
        self.index = index
        self.target = target
        let graph = index.graph
        let incoming = index.incomingEdges(of: target)
        let stances = ActorStances.groups(incoming.filter { graph.edges[$0].type.expressesStance }, in: graph)
        groups = stances.map { group in
            Group(type: group.type, entries: group.edges.map { edge in
                let actor = index.edgeSourceNode(edge)
                var claim: Int?
                if case .edge(let about) = graph.edgeTargets[edge] { claim = about }
                let speaksFor = index.outgoingEdges(of: actor).filter { graph.edges[$0].type == .speaksFor }.map { index.traversalTarget(ofEdge: $0) }
                return Entry(edge: edge, actor: actor, claim: claim, speaksFor: speaksFor)
            })
        }
        conditionalPositions = incoming.filter { graph.edges[$0].type == .conditionsOn }
        conditions = index.outgoingEdges(of: target).filter { graph.edges[$0].type == .conditionsOn }
    }

    public var graph: Graph { index.graph }

    public var isEmpty: Bool { groups.isEmpty && conditionalPositions.isEmpty && conditions.isEmpty }

    /// `{"target":{…},"stances":[{"type","entries":[{"actor":{…},"speaks_for":[ids],"edge":{…}}]}],
    /// "conditional_positions":[edges],"conditions":[edges]}`
    public var json: JSONValue {
        .object([
            ("target", QueryJSON.node(graph.nodes[target])),
            ("stances", .array(groups.map { group in
                .object([("type", .string(group.type.rawValue)), ("entries", .array(group.entries.map { entry in
                    .object([("actor", QueryJSON.node(graph.nodes[entry.actor])),
                             ("speaks_for", .array(entry.speaksFor.map { .string(graph.nodes[$0].id) })),
                             ("edge", QueryJSON.edge(entry.edge, in: graph, evidence: true))])
                }))])
            })),
            ("conditional_positions", .array(conditionalPositions.map { QueryJSON.edge($0, in: graph) })),
            ("conditions", .array(conditions.map { QueryJSON.edge($0, in: graph) })),
        ])
    }
}

extension Graph {
    /// `edges` by their earliest evidence date (undated last), then graph order.
    func dateOrdered(_ edges: [Int]) -> [Int] {
        edges.sorted { EvidenceSummary.precedes(self.edges[$0].earliestDate, $0, self.edges[$1].earliestDate, $1) }
    }
}
