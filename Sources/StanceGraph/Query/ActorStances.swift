/// What an actor says: its own stances grouped by type; those of the actors that `speaks-for`
/// it, each spokesperson in a group of their own; and, when it `speaks-for` others, what it
/// voiced for them as far as the graph records it.
public struct ActorStances: Sendable {
    public struct Spokesperson: Sendable {
        public var node: Int
        /// The `speaks-for` edge.
        public var speaksFor: Int
        public var groups: [StanceGroup]
    }

    /// An actor the actor asked about `speaks-for` (its principal), with the principal's stances
    /// that have evidence attributed to a spokesperson (`attribution: spokesperson`), dated
    /// within the `speaks-for` edge's validity. A graph often records a spokesperson's words so,
    /// as evidence of the principal's stance, rather than as the spokesperson's own edge. The
    /// records are the principal's spokesperson records: when several actors speak for the
    /// principal, the graph does not say which of them each record is from.
    public struct Principal: Sendable {
        public var node: Int
        /// The `speaks-for` edge.
        public var speaksFor: Int
        /// The principal's stances by type, each group by the date of its first spokesperson
        /// record (undated last), then graph order.
        public var groups: [StanceGroup]
        /// For each edge of `groups`, the positions of its spokesperson records that count, in
        /// date order (undated last).
        public var records: [Int: [Int]]
    }

    public let index: QueryIndex
    public let actor: Int
    public let own: [StanceGroup]
    public let spokespeople: [Spokesperson]
    /// The actors the actor speaks for, with what it voiced for them.
    public let principals: [Principal]

    /// A spokesperson's stance counts for the actor when it falls within the `speaks-for` edge's
    /// validity (`valid_from`/`valid_until`), or either is undated; so does a principal's
    /// spokesperson record.
    public init(actor: Int, in index: QueryIndex) {
        self.index = index
        self.actor = actor
        let graph = index.graph
        own = ActorStances.groups(index.outgoingEdges(of: actor).filter { graph.edges[$0].type.expressesStance }, in: graph)
        var seen: Set<Int> = [actor]
        // An edge is only copied (`link`) once it is known to be a `speaks-for`: a hub has
        // tens of thousands of others.
        spokespeople = index.incomingEdges(of: actor).compactMap { speaksFor in
            let speaker = index.tailNode(ofEdge: speaksFor)
            guard graph.edges[speaksFor].type == .speaksFor, case .node = graph.edgeTargets[speaksFor], seen.insert(speaker).inserted else { return nil }
            let link = graph.edges[speaksFor]
            let stances = index.outgoingEdges(of: speaker).filter { edge in
                graph.edges[edge].type.expressesStance && ActorStances.holds(link, on: Edge.earliestDate(in: graph.edges[edge].provenance))
            }
            guard !stances.isEmpty else { return nil }
            return Spokesperson(node: speaker, speaksFor: speaksFor, groups: ActorStances.groups(stances, in: graph))
        }
        var seenPrincipals: Set<Int> = [actor]
        principals = index.outgoingEdges(of: actor).compactMap { speaksFor in
            guard graph.edges[speaksFor].type == .speaksFor, case .node(let principal) = graph.edgeTargets[speaksFor],
                  seenPrincipals.insert(principal).inserted else { return nil }
            let link = graph.edges[speaksFor]
            var records: [Int: [Int]] = [:]
            for edge in index.outgoingEdges(of: principal) where graph.edges[edge].type.expressesStance {
                let provenance = graph.edges[edge].provenance
                let voiced = provenance.indices.filter {
                    provenance[$0].attribution == .spokesperson && ActorStances.holds(link, on: provenance[$0].date)
                }
                if !voiced.isEmpty {
                    records[edge] = voiced.sorted { Edge.precedes(provenance[$0].date, $0, provenance[$1].date, $1) }
                }
            }
            guard !records.isEmpty else { return nil }
            let groups = ActorStances.groups(Array(records.keys), in: graph) { edge in graph.edges[edge].provenance[records[edge]![0]].date }
            return Principal(node: principal, speaksFor: speaksFor, groups: groups, records: records)
        }
    }

    public var graph: Graph { index.graph }

    public var isEmpty: Bool { own.isEmpty && spokespeople.isEmpty && principals.isEmpty }

    /// Every stance, the actor's own first, then each spokesperson's.
    public var all: [StanceReference] {
        own.flatMap { $0.edges.map { StanceReference(edge: $0) } }
            + spokespeople.flatMap { person in person.groups.flatMap { $0.edges.map { StanceReference(edge: $0, onBehalfOf: actor) } } }
    }

    /// The principals' stances the actor voiced as their spokesperson, each with its
    /// spokesperson records, principal by principal.
    public var voiced: [StanceReference] {
        principals.flatMap { principal in
            principal.groups.flatMap { $0.edges.map { StanceReference(edge: $0, spokespersonRecords: principal.records[$0]) } }
        }
    }

    /// `{"actor":{…},"stances":[{"type","edges":[…]}],"via_spokespeople":[{"spokesperson":{…},"speaks_for","stances":[…]}],
    /// "as_spokesperson_for":[{"principal":{…},"speaks_for","stances":[{"type","edges":[{…,"spokesperson_evidence":[…]}]}]}]}`
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
            ("as_spokesperson_for", .array(principals.map { principal in
                .object([("principal", QueryJSON.node(graph.nodes[principal.node])),
                         ("speaks_for", .string(graph.edges[principal.speaksFor].id)),
                         ("stances", .array(principal.groups.map { group in
                             .object([("type", .string(group.type.rawValue)), ("edges", .array(group.edges.map { edge in
                                 let provenance = graph.edges[edge].provenance
                                 return QueryJSON.edge(edge, in: graph, extra: [], evidence: false, after: [
                                     ("spokesperson_evidence", .array(principal.records[edge]!.map { QueryJSON.record(provenance[$0]) })),
                                 ])
                             }))])
                         }))])
            })),
        ])
    }

    /// Whether a `speaks-for` edge holds on `date`: within its `valid_from`/`valid_until`, or undated.
    static func holds(_ link: Edge, on date: PartialDate?) -> Bool {
        guard let date else { return true }
        return (link.validFrom.map { $0.startsOnOrBefore(endOf: date) } ?? true)
            && (link.validUntil.map { $0.endsOnOrAfter(startOf: date) } ?? true)
    }

    /// Edges grouped by type in vocabulary order, each group by date (undated last), then graph
    /// order; the date is the edge's earliest unless `date` gives another.
    static func groups(_ edges: [Int], in graph: Graph, date: ((Int) -> PartialDate?)? = nil) -> [StanceGroup] {
        // By position in `EdgeType.allCases`, not hashed: a busy actor has tens of thousands of edges.
        var byType = [[Int]](repeating: [], count: EdgeType.allCases.count)
        for edge in edges { byType[graph.edges[edge].type.vocabularyIndex].append(edge) }
        return zip(EdgeType.allCases, byType).compactMap { type, edges in
            guard !edges.isEmpty else { return nil }
            guard let date else { return StanceGroup(type: type, edges: graph.dateOrdered(edges)) }
            return StanceGroup(type: type, edges: edges.sorted { Edge.precedes(date($0), $0, date($1), $1) })
        }
    }
}
