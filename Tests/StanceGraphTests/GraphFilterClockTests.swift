import Testing
@testable import StanceGraph

/// The two clocks of `GraphFilter` (`asOf`: valid time, `reportedBy`: report time) and the rule
/// that structural edges do not bring back what they removed.
@Suite struct GraphFilterClockTests {
    static func date(_ text: String) -> PartialDate { try! PartialDate(parsing: text) }

    /// Sources published in December 2023 (`s-dec`), May 2024 (`s-may`) and at no known date
    /// (`s-undated`); a secret offer valid in autumn 2022 told of in December 2023; a stance of
    /// December 2023; an early stance only a May 2024 source reports; stances first reported in
    /// May 2024; an undated one.
    static let graph: Graph = {
        func node(_ id: String, _ kind: NodeKind, published: String? = nil) -> Node {
            Node(id: id, kind: kind, label: id, published: published.map(date))
        }
        func record(_ source: String, _ day: String?) -> Provenance {
            Provenance(source: source, date: day.map(date), attribution: .onTheRecord, quote: "q")
        }
        let nodes: [Node] = [
            node("s-dec", .source, published: "2023-12"), node("s-may", .source, published: "2024-05"), node("s-undated", .source),
            node("putin", .actor), node("kremlin", .actor), node("zelensky", .actor), node("ukraine", .actor), node("peskov", .actor),
            node("ceasefire", .position), node("talks", .position),
        ]
        let edges: [Edge] = [
            Edge(id: "offer", type: .proposes, from: "putin", to: "ceasefire", provenance: [record("s-dec", "2022")],
                 validFrom: date("2022-09"), validUntil: date("2022-11")),
            Edge(id: "putin-old", type: .supports, from: "putin", to: "ceasefire", provenance: [record("s-dec", "2023-12-24")]),
            Edge(id: "early-told-late", type: .supports, from: "kremlin", to: "ceasefire", provenance: [record("s-may", "2023-12")]),
            Edge(id: "later", type: .supports, from: "putin", to: "talks", provenance: [record("s-may", "2024-05")]),
            Edge(id: "ukraine-later", type: .opposes, from: "ukraine", to: "talks", provenance: [record("s-may", "2024-05-24")]),
            Edge(id: "undated", type: .opposes, from: "zelensky", to: "ceasefire", provenance: [record("s-undated", nil)]),
            Edge(id: "zelensky-member", type: .memberOf, from: "zelensky", to: "ukraine"),
            Edge(id: "kremlin-member", type: .memberOf, from: "kremlin", to: "putin"),
            Edge(id: "peskov-speaks", type: .speaksFor, from: "peskov", to: "putin"),
            Edge(id: "may-cites-dec", type: .cites, from: "s-may", to: "s-dec"),
        ]
        return try! Graph(title: "T", nodes: nodes, edges: edges)
    }()

    static func kept(_ filter: GraphFilter) throws -> (edges: Set<String>, nodes: Set<String>) {
        let filtered: Graph = try filter.apply(to: graph)
        return (Set(filtered.edges.map(\.id)), Set(filtered.nodes.map(\.id)))
    }

    @Test func asOfKeepsWhatHeldThen() throws {
        let january = try Self.kept(GraphFilter(asOf: Self.date("2024-01")))
        #expect(january.edges == ["putin-old", "early-told-late", "undated", "kremlin-member", "peskov-speaks", "may-cites-dec"])
        #expect(!january.nodes.contains("ukraine") && !january.nodes.contains("talks"), "only May 2024 evidence has them")
        #expect(january.nodes.contains("peskov"), "no stance touches Peskov: his speaks-for brings him")
        let autumn = try Self.kept(GraphFilter(asOf: Self.date("2022-10-15")))
        #expect(autumn.edges.contains("offer") && !autumn.edges.contains("early-told-late"))
        #expect(try Self.kept(GraphFilter(asOf: Self.date("2022"))).edges.contains("offer"), "a year overlaps the offer's span")
    }

    @Test func reportedByKeepsWhatHadBeenPublished() throws {
        let january = try Self.kept(GraphFilter(reportedBy: Self.date("2024-01")))
        #expect(january.edges == ["offer", "putin-old", "peskov-speaks"], "a record counts from its source's publication")
        #expect(january.nodes == ["s-dec", "putin", "ceasefire", "peskov"])
        let may = try Self.kept(GraphFilter(reportedBy: Self.date("2024-05-10")))
        #expect(may.edges.isSuperset(of: ["early-told-late", "later", "may-cites-dec", "kremlin-member"]))
        #expect(!may.edges.contains("ukraine-later") && !may.edges.contains("zelensky-member") && !may.edges.contains("undated"))
        let both = try Self.kept(GraphFilter(asOf: Self.date("2024-01"), reportedBy: Self.date("2024-01")))
        #expect(both.edges == ["putin-old", "peskov-speaks"])
    }

    @Test func structuralEdgesStayWhenTheirTypeIsAskedFor() throws {
        let members = try Self.kept(GraphFilter(types: [.memberOf]))
        #expect(members.edges == ["zelensky-member", "kremlin-member"])
        let stances = try Self.kept(GraphFilter(types: [.opposes]))
        #expect(stances.edges == ["ukraine-later", "undated"], "member-of is not a type asked for")
    }

    @Test func theSummaryStatesEveryFilter() {
        #expect(GraphFilter().summary == nil)
        var filter = GraphFilter(asOf: Self.date("2024-01"), reportedBy: Self.date("2024-01-31"), types: [.opposes, .supports])
        #expect(filter.summary == "valid on 2024-01; reported by 2024-01-31; types supports, opposes")
        filter = GraphFilter(sources: ["b", "a"], minConfidence: 0.5, egoCentre: "putin", egoDepth: 2)
        #expect(filter.summary == "sources a, b; confidence at least 0.5; within 2 hops of putin")
        #expect((try? GraphFilter(asOf: Self.date("2024-01")).applyTitled(to: Self.graph))?.title == "T — valid on 2024-01")
    }
}
