import Testing
@testable import StanceGraph

@Suite struct StanceQueryTests {
    @Test func spokespeopleCountOnlyWhileTheyDoSpeakForTheActor() {
        let graph = HandGraphs.graph(actors: ["putin", "peskov"], edges: [
            HandGraphs.stance("putin-supports", .supports, "putin", "ceasefire", dates: ["2024-05-17"]),
            HandGraphs.stance("peskov-for-putin", .speaksFor, "peskov", "putin", validFrom: "2022", validUntil: "2023-06"),
            HandGraphs.stance("peskov-2022", .opposes, "peskov", "ceasefire", dates: ["2022-10"]),
            HandGraphs.stance("peskov-2024", .supports, "peskov", "ceasefire", dates: ["2024-01"]),
            HandGraphs.stance("peskov-undated", .rejects, "peskov", "ceasefire", dates: []),
        ])
        let stances = ActorStances(actor: graph.nodeIndex(of: "putin")!, in: QueryIndex(graph))
        #expect(stances.own.map(\.type) == [.supports])
        #expect(stances.spokespeople.count == 1)
        let ids = stances.spokespeople[0].groups.flatMap { $0.edges.map { graph.edges[$0].id } }
        #expect(ids == ["peskov-2022", "peskov-undated"], "the 2024 stance falls after the speaks-for edge ends")
        #expect(stances.all.filter { $0.onBehalfOf != nil }.count == 2)
    }

    /// Peskov speaks for Putin from 2022 to June 2023 and for the Kremlin; his words are
    /// recorded as spokesperson evidence of their stances.
    static let spokespersonGraph: Graph = {
        func record(_ date: String?, _ attribution: Attribution, _ quote: String) -> Provenance {
            Provenance(source: "doc", date: date.map(HandGraphs.date), attribution: attribution, quote: quote)
        }
        return HandGraphs.graph(actors: ["putin", "peskov", "kremlin", "zakharova"], positions: ["ceasefire", "talks", "alliance"], edges: [
            HandGraphs.stance("peskov-for-putin", .speaksFor, "peskov", "putin", validFrom: "2022", validUntil: "2023-06"),
            Edge(id: "putin-supports-talks", type: .supports, from: "putin", to: "talks", provenance: [
                record("2022-05", .onTheRecord, "his own words"), record("2024-01", .spokesperson, "after the dates"),
                record("2022-10", .spokesperson, "in October"), record(nil, .spokesperson, "undated"),
                record("2022-09", .anonymousSources, "sources"),
            ]),
            Edge(id: "putin-opposes-ceasefire", type: .opposes, from: "putin", to: "ceasefire",
                 provenance: [record("2024-02", .spokesperson, "too late")]),
            Edge(id: "putin-rejects-ceasefire", type: .rejects, from: "putin", to: "ceasefire",
                 provenance: [record("2023-06-15", .spokesperson, "the last month"), record("2023-01", .onTheRecord, "his own")]),
            Edge(id: "putin-in-alliance", type: .memberOf, from: "putin", to: "alliance",
                 provenance: [record("2022-10", .spokesperson, "no stance")]),
            Edge(id: "putin-demands-talks", type: .demands, from: "putin", to: "talks",
                 provenance: [record("2022-03", .onTheRecord, "no spokesperson")]),
            HandGraphs.stance("peskov-for-kremlin", .speaksFor, "peskov", "kremlin"),
            Edge(id: "kremlin-doubts", type: .doubts, from: "kremlin", to: "putin-opposes-ceasefire",
                 provenance: [record("2025", .spokesperson, "kremlin")]),
            HandGraphs.stance("zakharova-for-putin", .speaksFor, "zakharova", "putin"),
        ])
    }()

    @Test func aSpokespersonVoicesThePrincipalsSpokespersonRecordsWithinTheDates() throws {
        let graph = Self.spokespersonGraph, index = QueryIndex(graph)
        func id(_ edge: Int) -> String { graph.edges[edge].id }
        let peskov = ActorStances(actor: graph.nodeIndex(of: "peskov")!, in: index)
        #expect(peskov.own.isEmpty && peskov.spokespeople.isEmpty && !peskov.isEmpty)
        #expect(peskov.principals.map { graph.nodes[$0.node].id } == ["putin", "kremlin"])
        #expect(peskov.principals.map { id($0.speaksFor) } == ["peskov-for-putin", "peskov-for-kremlin"])
        let putin = peskov.principals[0]
        #expect(putin.groups.map(\.type) == [.supports, .rejects])
        #expect(putin.groups.flatMap(\.edges).map(id) == ["putin-supports-talks", "putin-rejects-ceasefire"],
                "not the opposes dated after the speaks-for edge, the member-of or the demands without a spokesperson record")
        let supports = try #require(graph.edgeIndex(of: "putin-supports-talks"))
        #expect(putin.records[supports]?.map { graph.edges[supports].provenance[$0].quote } == ["in October", "undated"])
        #expect(peskov.principals[1].groups.flatMap(\.edges).map(id) == ["kremlin-doubts"], "no dates: every record counts")

        #expect(peskov.voiced.map { id($0.edge) } == ["putin-supports-talks", "putin-rejects-ceasefire", "kremlin-doubts"])
        #expect(peskov.voiced.allSatisfy { $0.onBehalfOf == nil && $0.spokespersonRecords != nil })
        #expect(peskov.all.isEmpty, "what a spokesperson voiced is kept apart from its own stances")

        let timeline = Timeline(stances: peskov.voiced, in: graph)
        #expect(timeline.entries.map { "\(id($0.edge)) \($0.date)" }
                == ["putin-supports-talks 2022-10", "putin-rejects-ceasefire 2023-06-15", "kremlin-doubts 2025"])
        #expect(timeline.entries.map { $0.asSpokespersonFor.map { graph.nodes[$0].id } } == ["putin", "putin", "kremlin"])
        #expect(timeline.undatedRecords == 1)

        let principal = ActorStances(actor: graph.nodeIndex(of: "putin")!, in: index)
        #expect(principal.principals.isEmpty, "Putin speaks for no one")
        let both = Timeline(stances: peskov.voiced + principal.all, in: graph)
        #expect(both.entries.filter { id($0.edge) == "putin-supports-talks" }.count == 4, "each dated record once")
    }

    @Test func aSpokespersonsEvidenceSummaryIsOfItsRecordsOnly() throws {
        let edge = try #require(Self.spokespersonGraph.edge("putin-supports-talks"))
        let summary = EvidenceSummary(edge, records: [3, 2])
        #expect(summary.recordCount == 2)
        #expect(summary.date == HandGraphs.date("2022-10"))
        #expect(summary.quote == "in October")
        #expect(summary.attribution == .spokesperson)
        #expect(EvidenceSummary(edge).quote == "his own words")
    }

    @Test(arguments: [
        (["2022"], ["2024"], Contradictions.Reading.turnedAgainst),
        (["2024-06"], ["2022", "2023-01-05"], .turnedFor),
        (["2022", "2024"], ["2023"], .concurrent),
        (["2024-05"], ["2024-05-20"], .concurrent),
        ([], ["2024"], .undated),
    ])
    func conflictsReadAsAChangeOnlyWhenTheSidesDoNotOverlap(pro: [String], con: [String], reading: Contradictions.Reading) {
        let graph = HandGraphs.graph(actors: ["putin"], edges: [
            HandGraphs.stance("for", .supports, "putin", "ceasefire", dates: pro, source: "doc"),
            HandGraphs.stance("against", .rejects, "putin", "ceasefire", dates: con, source: "doc2"),
        ])
        let found = Contradictions(in: QueryIndex(graph))
        #expect(found.conflicts.count == 1)
        #expect(found.conflicts.first?.reading == reading)
        #expect(found.conflicts.first?.sourcesDisagree == !pro.isEmpty, "each side has its own source")
    }

    @Test func aSpokespersonsConflictIsReportedOnceButAConflictWithTheActorIsReportedForTheActor() {
        let graph = HandGraphs.graph(actors: ["putin", "peskov"], positions: ["ceasefire", "talks"], edges: [
            HandGraphs.stance("peskov-for-putin", .speaksFor, "peskov", "putin"),
            HandGraphs.stance("putin-proposes-talks", .proposes, "putin", "talks", dates: ["2024-05-17"]),
            HandGraphs.stance("peskov-rejects-talks", .rejects, "peskov", "talks", dates: ["2024-05-20"]),
            HandGraphs.stance("peskov-supports-ceasefire", .supports, "peskov", "ceasefire"),
            HandGraphs.stance("peskov-opposes-ceasefire", .opposes, "peskov", "ceasefire"),
            HandGraphs.stance("putin-denies", .denies, "putin", "peskov-rejects-talks"),
        ])
        let found = Contradictions(in: QueryIndex(graph))
        let pairs = found.conflicts.map { "\(graph.nodes[$0.actor].id) \(graph.nodes[$0.position].id)" }
        #expect(pairs == ["putin talks", "peskov ceasefire"])
        let talks = found.conflicts[0]
        #expect(talks.entries.map { graph.edges[$0.stance.edge].id } == ["putin-proposes-talks", "peskov-rejects-talks"])
        #expect(talks.againstStances.first?.onBehalfOf == graph.nodeIndex(of: "putin"))
        #expect(talks.reading == .turnedAgainst)
        #expect(!talks.sourcesDisagree, "one source reports both")
        #expect(found.explicit.map { graph.edges[$0].id } == ["putin-denies"])
    }

    @Test func timelinesKeepDatesThatOverlapTheRangeInOrder() {
        let graph = HandGraphs.graph(actors: ["putin"], edges: [
            HandGraphs.stance("a", .supports, "putin", "ceasefire", dates: ["2024-05-24", "2023", "2024"]),
            HandGraphs.stance("b", .opposes, "putin", "ceasefire", dates: ["2024-05", "2025-01-01"]),
            Edge(id: "c", type: .rejects, from: "putin", to: "ceasefire", provenance: [Provenance(source: "doc", attribution: .onTheRecord, quote: "c")]),
            HandGraphs.stance("putin-for-ceasefire-group", .memberOf, "putin", "ceasefire", dates: ["2024-05-02"]),
        ])
        let all = Timeline(stances: Timeline.allStances(in: graph), in: graph)
        #expect(all.entries.map(\.date.description) == ["2023", "2024", "2024-05", "2024-05-24", "2025-01-01"], "member-of is no stance")
        #expect(all.undatedRecords == 1)
        let may = Timeline(stances: Timeline.allStances(in: graph), in: graph, from: HandGraphs.date("2024-05"), to: HandGraphs.date("2024-05-31"))
        #expect(may.entries.map { "\(graph.edges[$0.edge].id) \($0.date)" } == ["a 2024", "b 2024-05", "a 2024-05-24"])
    }

    @Test func whoListsClaimsAboutStancesOnTheTargetAndItsConditions() throws {
        var graph = HandGraphs.graph(actors: ["kuleba", "sources", "peskov", "putin"], positions: ["ceasefire"], edges: [])
        graph = try Graph(nodes: graph.nodes + [Node(id: "gains", kind: .condition, label: "Gains")], edges: [
            HandGraphs.stance("sources-support", .supports, "sources", "ceasefire"),
            HandGraphs.stance("kuleba-doubts", .doubts, "kuleba", "sources-support", dates: ["2024-05"]),
            HandGraphs.stance("peskov-for-putin", .speaksFor, "peskov", "putin"),
            HandGraphs.stance("peskov-demands", .demands, "peskov", "gains"),
            Edge(id: "ceasefire-gains", type: .conditionsOn, from: "ceasefire", to: "gains"),
        ])
        let index = QueryIndex(graph)
        let ceasefire = PositionStances(target: graph.nodeIndex(of: "ceasefire")!, in: index)
        #expect(ceasefire.groups.map(\.type) == [.supports, .doubts])
        #expect(ceasefire.groups[1].entries.first?.claim == graph.edgeIndex(of: "sources-support"))
        #expect(ceasefire.conditions.map { graph.edges[$0].id } == ["ceasefire-gains"])
        let gains = PositionStances(target: graph.nodeIndex(of: "gains")!, in: index)
        #expect(gains.groups.first?.entries.first?.speaksFor == [graph.nodeIndex(of: "putin")!])
        #expect(gains.conditionalPositions.map { graph.edges[$0].id } == ["ceasefire-gains"])
    }
}
