extension Edge {
    /// The position in `provenance` of the record that speaks for the whole edge where one
    /// record must: the one whose date, attribution and quote an export or a one-line summary shows.
    ///
    /// The rule: the most direct, most precise record. In order:
    /// 1. the most direct attribution (`Attribution.indirectness`: on the record, then a
    ///    spokesperson, anonymous sources, an analyst's assessment, a reporter's summary);
    /// 2. an original text before a rewrite (a source in `rewrites`, one that cites another);
    /// 3. the more precise date (a day, then a month, a year, no date);
    /// 4. the earlier date;
    /// 5. the record that comes first in `provenance`.
    ///
    /// - Parameters:
    ///   - records: The positions in `provenance` to choose among, in any order; `nil` for every record.
    ///   - rewrites: The ids of sources that rewrite or relay another (`Graph.rewriteSourceIDs`).
    /// - Returns: `nil` when there is no record to choose from.
    public func leadRecordIndex(among records: [Int]? = nil, rewrites: Set<String> = []) -> Int? {
        func key(_ index: Int) -> (Int, Int, Int) {
            let record = provenance[index]
            return (record.attribution.indirectness, rewrites.contains(record.source) ? 1 : 0, record.date?.imprecision ?? 3)
        }
        var lead: Int?
        for index in records ?? Array(provenance.indices) {
            guard let current = lead else { lead = index; continue }
            let a = key(index), b = key(current)
            if a < b || (a == b && Edge.precedes(provenance[index].date, index, provenance[current].date, current)) { lead = index }
        }
        return lead
    }

    /// The record `leadRecordIndex(rewrites:)` picks among all of the edge's evidence.
    public func leadRecord(rewrites: Set<String> = []) -> Provenance? {
        leadRecordIndex(rewrites: rewrites).map { provenance[$0] }
    }

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
