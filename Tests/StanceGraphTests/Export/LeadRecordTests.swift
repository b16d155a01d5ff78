import Testing
@testable import StanceGraph

/// Exports and query summaries pick an edge's lead record by one rule.
@Suite struct LeadRecordTests {
    static let edge = Edge(id: "e", type: .supports, from: "a", to: "p", provenance: [
        Provenance(source: "undated", date: nil, attribution: .onTheRecord, quote: "x"),
        Provenance(source: "late", date: HandGraphs.date("2024"), attribution: .onTheRecord, quote: "x"),
        Provenance(source: "early", date: HandGraphs.date("2023-05"), attribution: .onTheRecord, quote: "x"),
        Provenance(source: "early-too", date: HandGraphs.date("2023-05"), attribution: .onTheRecord, quote: "x"),
    ])

    @Test(arguments: [
        (nil, 2), ([3, 2], 2), ([3, 1], 3), ([0, 1], 1), ([0], 0), ([], nil),
    ] as [([Int]?, Int?)])
    func theLeadIsTheEarliestDatedThenTheFirst(records: [Int]?, lead: Int?) {
        #expect(Self.edge.leadRecordIndex(among: records) == lead)
    }

    @Test func theSummaryAndTheExportsAgree() {
        #expect(Self.edge.leadRecord?.source == "early")
        #expect(EvidenceSummary(Self.edge).quote == Self.edge.leadRecord?.quote)
        #expect(Edge(id: "e", type: .cites, from: "a", to: "b").leadRecord == nil)
    }
}
