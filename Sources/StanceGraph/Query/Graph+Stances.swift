extension Graph {
    /// `edges` by their earliest evidence date (undated last), then graph order.
    func dateOrdered(_ edges: [Int]) -> [Int] {
        edges.sorted { Edge.precedes(self.edges[$0].earliestDate, $0, self.edges[$1].earliestDate, $1) }
    }
}
