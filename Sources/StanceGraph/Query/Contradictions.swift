/// The conflicts a graph holds: explicit `contradicts`/`denies` edges, actors reported on both
/// sides of the same position, sources that disagree about where an actor stands, and doubts.
public struct Contradictions: Sendable {
    /// The parts of the answer, by the names the contradictions command takes to narrow it.
    public enum Section: String, CaseIterable, Hashable, Sendable {
        case denials, contradictions
        case bothSides = "both-sides"
        case sourcesDisagree = "sources-disagree"
        case doubts
    }

    /// How the dates of the two sides read.
    public enum Reading: String, Hashable, Sendable {
        /// Every stance for it is dated before every stance against it: a change of mind.
        case turnedAgainst = "turned-against"
        /// Every stance against it is dated before every stance for it.
        case turnedFor = "turned-for"
        /// The dates of the two sides overlap or interleave.
        case concurrent
        /// One side has no dated evidence.
        case undated
    }

    /// An actor reported both for (supports, proposes, demands) and against (opposes, rejects)
    /// the same position or condition, itself or through a spokesperson.
    public struct Conflict: Sendable {
        /// A stance on one side or the other.
        public struct Entry: Hashable, Sendable {
            public var isFor: Bool
            public var stance: StanceReference
        }

        public var actor: Int
        public var position: Int
        /// Both sides by date (undated last), then graph order: how the stance developed.
        public var entries: [Entry]
        public var reading: Reading
        /// The sources cited on each side, sorted.
        public var forSources: [String]
        public var againstSources: [String]

        public var forStances: [StanceReference] { entries.filter(\.isFor).map(\.stance) }
        public var againstStances: [StanceReference] { entries.filter { !$0.isFor }.map(\.stance) }

        /// Whether some source reports only the stance for and another only the stance against.
        public var sourcesDisagree: Bool {
            !Set(forSources).subtracting(againstSources).isEmpty && !Set(againstSources).subtracting(forSources).isEmpty
        }
    }

    public let graph: Graph
    /// The sections asked for.
    public let sections: Set<Section>
    /// `contradicts` and `denies` edges (of the sections asked for), in graph order.
    public let explicit: [Int]
    /// Actors on both sides, by actor, then position, in graph order (empty unless `both-sides`
    /// or `sources-disagree` is asked for).
    public let conflicts: [Conflict]
    /// `doubts` edges: who doubts which stance, claim, position or actor, in graph order.
    public let doubts: [Int]

    /// The conflicts reported in the section `both-sides`.
    public var bothSides: [Conflict] { sections.contains(.bothSides) ? conflicts : [] }
    /// The conflicts reported in the section `sources-disagree`.
    public var sourcesDisagreeing: [Conflict] { sections.contains(.sourcesDisagree) ? conflicts.filter(\.sourcesDisagree) : [] }

    /// A conflict found only among one spokesperson's own stances is reported for that
    /// spokesperson, not again for everyone they speak for.
    public init(in index: QueryIndex, sections: Set<Section> = Set(Section.allCases)) {
        let graph = index.graph
        self.graph = graph
        self.sections = sections
        let explicitTypes = Set([sections.contains(.contradictions) ? EdgeType.contradicts : nil, sections.contains(.denials) ? .denies : nil].compactMap { $0 })
        explicit = graph.edges.indices.filter { explicitTypes.contains(graph.edges[$0].type) }
        doubts = sections.contains(.doubts) ? graph.edges.indices.filter { graph.edges[$0].type == .doubts } : []
        var finder = ConflictFinder(index: index)
        let needsConflicts = sections.contains(.bothSides) || sections.contains(.sourcesDisagree)
        conflicts = needsConflicts ? finder.conflicts() : []
    }

    /// Whether the sections asked for hold nothing.
    public var isEmpty: Bool { explicit.isEmpty && bothSides.isEmpty && sourcesDisagreeing.isEmpty && doubts.isEmpty }

    /// `{"explicit":[{"edge":{…},"target":{"node":{…}}|{"edge":{…}}}],"both_sides":[{"actor","position","reading",
    /// "for":[…],"against":[…]}],"sources_disagree":[{"actor","position","for_sources","against_sources"}],
    /// "doubts":[{"edge":{…},"target":…}]}`; a section not asked for is an empty array.
    public var json: JSONValue {
        func stances(_ stances: [StanceReference]) -> JSONValue {
            .array(stances.map { QueryJSON.edge($0.edge, in: graph, extra: [("on_behalf_of", JSONValue($0.onBehalfOf.map { graph.nodes[$0].id }))]) })
        }
        func withTargets(_ edges: [Int]) -> JSONValue {
            .array(edges.map { edge in
                let target: JSONValue
                switch graph.edgeTargets[edge] {
                case .node(let node): target = .object([("node", QueryJSON.node(graph.nodes[node]))])
                case .edge(let claim): target = .object([("edge", QueryJSON.edge(claim, in: graph))])
                }
                return .object([("edge", QueryJSON.edge(edge, in: graph, evidence: true)), ("target", target)])
            })
        }
        return .object([
            ("explicit", withTargets(explicit)),
            ("both_sides", .array(bothSides.map { conflict in
                .object([
                    ("actor", QueryJSON.node(graph.nodes[conflict.actor])),
                    ("position", QueryJSON.node(graph.nodes[conflict.position])),
                    ("reading", .string(conflict.reading.rawValue)),
                    ("for", stances(conflict.forStances)),
                    ("against", stances(conflict.againstStances)),
                ])
            })),
            ("sources_disagree", .array(sourcesDisagreeing.map { conflict in
                .object([
                    ("actor", .string(graph.nodes[conflict.actor].id)),
                    ("position", .string(graph.nodes[conflict.position].id)),
                    ("for_sources", .array(conflict.forSources.map(JSONValue.string))),
                    ("against_sources", .array(conflict.againstSources.map(JSONValue.string))),
                ])
            })),
            ("doubts", withTargets(doubts)),
        ])
    }
}
