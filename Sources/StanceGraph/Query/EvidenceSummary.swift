/// The gist of an edge's evidence for one line of output: every source it cites, its earliest
/// date, and the lead record (`Edge.leadRecordIndex(among:)`) with its date, attribution and quote.
public struct EvidenceSummary: Hashable, Sendable {
    public var sources: [String]
    public var date: PartialDate?
    /// The lead record's date: what a line shows beside its attribution and quote, so that the
    /// three come from the same record.
    public var leadDate: PartialDate?
    public var attribution: Attribution?
    /// The lead record's quote, or `nil` for a paraphrase.
    public var quote: String?
    public var recordCount: Int

    /// The summary of `records` (positions in the edge's provenance), or of all its evidence.
    public init(_ edge: Edge, records: [Int]? = nil, rewrites: Set<String> = []) {
        let records = records ?? Array(edge.provenance.indices)
        var seen = Set<String>()
        sources = records.map { edge.provenance[$0].source }.filter { seen.insert($0).inserted }
        date = records.compactMap { edge.provenance[$0].date }.min()
        recordCount = records.count
        let lead = edge.leadRecordIndex(among: records, rewrites: rewrites).map { edge.provenance[$0] }
        leadDate = lead?.date
        attribution = lead?.attribution
        quote = lead?.quote
    }
}
