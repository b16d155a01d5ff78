extension Edge {
    /// The position in `provenance` of the record that speaks for the whole edge where one
    /// record must: the one whose date, attribution and quote an export or a one-line summary shows.
    ///
    /// The rule: the earliest dated record; of equally early ones, the one that comes first
    /// in `provenance`; when none is dated, the first record.
    ///
    /// - Parameter records: The positions in `provenance` to choose among, in any order;
    ///   `nil` for every record.
    /// - Returns: `nil` when there is no record to choose from.
    public func leadRecordIndex(among records: [Int]? = nil) -> Int? {
        var lead: Int?
        for index in records ?? Array(provenance.indices) {
            guard let current = lead else { lead = index; continue }
            if Edge.precedes(provenance[index].date, index, provenance[current].date, current) { lead = index }
        }
        return lead
    }

    /// The record `leadRecordIndex()` picks among all of the edge's evidence.
    public var leadRecord: Provenance? { leadRecordIndex().map { provenance[$0] } }

    /// The order behind the rule, for anything listed by date: dated before undated, earlier
    /// before later, then by position.
    static func precedes(_ a: PartialDate?, _ aIndex: Int, _ b: PartialDate?, _ bIndex: Int) -> Bool {
        switch (a, b) {
        case let (a?, b?) where a != b: return a < b
        case (_?, nil): return true
        case (nil, _?): return false
        default: return aIndex < bIndex
        }
    }
}
