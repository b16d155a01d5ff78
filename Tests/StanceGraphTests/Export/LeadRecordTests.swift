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
    func theLeadIsTheMostPreciselyDatedThenTheEarliestThenTheFirst(records: [Int]?, lead: Int?) {
        #expect(Self.edge.leadRecordIndex(among: records) == lead)
    }

    @Test func theSummaryAndTheExportsAgree() {
        #expect(Self.edge.leadRecord()?.source == "early")
        #expect(EvidenceSummary(Self.edge).quote == Self.edge.leadRecord()?.quote)
        #expect(Edge(id: "e", type: .cites, from: "a", to: "b").leadRecord() == nil)
    }

    /// The words of the day on the record lead, not a month-dated rewrite or a spokesperson's line.
    @Test func theMostDirectOriginalRecordLeads() {
        let edge = Edge(id: "e", type: .supports, from: "a", to: "p", provenance: [
            Provenance(source: "summary", date: HandGraphs.date("2024-05"), attribution: .reporterSummary, quote: "s"),
            Provenance(source: "agency", date: HandGraphs.date("2024-05-17"), attribution: .spokesperson, quote: "t"),
            Provenance(source: "rewrite", date: HandGraphs.date("2024-05-24"), attribution: .onTheRecord, quote: "u"),
            Provenance(source: "original", date: HandGraphs.date("2024-05"), attribution: .onTheRecord, quote: "v"),
        ])
        #expect(edge.leadRecord()?.source == "rewrite", "on the record beats every other attribution; then the exact date")
        #expect(edge.leadRecord(rewrites: ["rewrite"])?.source == "original", "an original text before a rewrite")
        #expect(edge.leadRecordIndex(among: [0, 1]) == 1, "a spokesperson before a reporter's summary")
    }
}
