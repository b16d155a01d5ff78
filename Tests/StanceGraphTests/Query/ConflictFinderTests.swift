import Testing
@testable import StanceGraph

/// `ConflictFinder` looks the busiest spokesperson's positions up instead of walking them; its
/// answer must be the plain one: every actor's `ActorStances.all`, split by position into for
/// and against, a position kept when it has both and is not one spokesperson's alone.
@Suite struct ConflictFinderTests {
    /// The plain definition, written from `ActorStances` (as `Contradictions` computed it before).
    static func plainConflicts(in index: QueryIndex) -> [Contradictions.Conflict] {
        let graph = index.graph
        var conflicts: [Contradictions.Conflict] = []
        for actor in graph.nodes.indices where graph.nodes[actor].kind == .actor {
            var sides: [Int: (for: [StanceReference], against: [StanceReference])] = [:]
            for stance in ActorStances(actor: actor, in: index).all {
                let type = graph.edges[stance.edge].type
                guard type.isFor || type.isAgainst, case .node(let position) = graph.edgeTargets[stance.edge] else { continue }
                if type.isFor { sides[position, default: ([], [])].for.append(stance) } else { sides[position, default: ([], [])].against.append(stance) }
            }
            for position in sides.keys.sorted() {
                let (pro, con) = sides[position]!
                let speakers = Set((pro + con).map { graph.edgeTails[$0.edge] })
                guard !pro.isEmpty, !con.isEmpty, speakers.count > 1 || speakers.first == actor else { continue }
                let dates = (pro + con).map { graph.edges[$0.edge].earliestDate }
                let entries = (pro + con).indices.sorted { i, j in
                    let a = (pro + con)[i], b = (pro + con)[j]
                    return a.edge != b.edge ? Edge.precedes(dates[i], a.edge, dates[j], b.edge) : (a.onBehalfOf ?? -1) < (b.onBehalfOf ?? -1)
                }.map { (pro + con)[$0] }
                conflicts.append(Contradictions.Conflict(
                    actor: actor, position: position,
                    entries: entries.map { .init(isFor: graph.edges[$0.edge].type.isFor, stance: $0) },
                    reading: .undated,
                    forSources: Set(pro.flatMap { graph.edges[$0.edge].sourceIDs }).sorted(),
                    againstSources: Set(con.flatMap { graph.edges[$0.edge].sourceIDs }).sorted()))
            }
        }
        return conflicts
    }

    static func summary(_ conflicts: [Contradictions.Conflict]) -> [String] {
        conflicts.map { "\($0.actor)→\($0.position): \($0.entries.map { "\($0.isFor ? "+" : "-")\($0.stance.edge)/\($0.stance.onBehalfOf ?? -1)" }) \($0.forSources) \($0.againstSources)" }
    }

    /// Dense random graphs (few nodes, many edges): hubs that speak for many actors, several
    /// spokespeople per actor, `speaks-for` edges with validity, claims, self-loops.
    @Test(arguments: [(seed: UInt64(1), nodes: 8, edges: 120), (2, 12, 300), (3, 20, 400), (4, 30, 900), (5, 6, 60), (6, 40, 2_000)])
    func randomGraphsGiveThePlainAnswer(seed: UInt64, nodes: Int, edges: Int) {
        let index = QueryIndex(RandomGraphs.make(seed: seed, nodes: nodes, edges: edges))
        let found = Contradictions(in: index, sections: [.bothSides]).conflicts
        let plain = Self.plainConflicts(in: index)
        #expect(!plain.isEmpty)
        #expect(Self.summary(found) == Self.summary(plain))
    }

    @Test func bundledGraphGivesThePlainAnswer() {
        let index = QueryIndex(ClaimPathTests.bundled)
        let found = Contradictions(in: index).conflicts
        #expect(found.count >= 2)
        #expect(Self.summary(found) == Self.summary(Self.plainConflicts(in: index)))
    }
}
