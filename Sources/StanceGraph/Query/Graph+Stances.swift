extension Graph {
    /// `edges` by their earliest evidence date (undated last), then graph order.
    func dateOrdered(_ edges: [Int]) -> [Int] {
        // Each edge's earliest date once, not once per comparison: it scans and copies the
        // edge's records, which made sorting a busy actor's stances the whole of `stances`.
        let dates = edges.map { Edge.earliestDate(in: self.edges[$0].provenance) }
        return edges.indices.sorted { Edge.precedes(dates[$0], edges[$0], dates[$1], edges[$1]) }.map { edges[$0] }
    }
}
