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
        // Once per actor: a hub with tens of thousands of edges often takes many stances here.
        var speaksForByActor: [Int: [Int]] = [:]
        groups = stances.map { group in
            Group(type: group.type, entries: group.edges.map { edge in
                let actor = index.tailNode(ofEdge: edge)
                var claim: Int?
                if case .edge(let about) = graph.edgeTargets[edge] { claim = about }
                let speaksFor = speaksForByActor[actor] ?? {
                    let found = index.outgoingEdges(of: actor).filter { graph.edges[$0].type == .speaksFor }.map { index.traversalTarget(ofEdge: $0) }
                    speaksForByActor[actor] = found
                    return found
                }()
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
