/// Stances in the order they were expressed: one entry per dated provenance record, so an edge
/// reported on several dates appears at each of them.
public struct Timeline: Sendable {
    public struct Entry: Hashable, Sendable {
        public var edge: Int
        /// The position of the record in the edge's provenance.
        public var record: Int
        public var date: PartialDate
        /// The actor a spokesperson spoke for, when the timeline is an actor's.
        public var onBehalfOf: Int?
        /// The actor whose stance this is, when the record is one of its spokesperson records
        /// listed for a spokesperson of it (`StanceReference.spokespersonRecords`).
        public var asSpokespersonFor: Int?
    }

    public let graph: Graph
    /// By date (a less precise date before a more precise one on the same day), then graph order.
    public let entries: [Entry]
    /// Records of the stances that give no date, left out of `entries`.
    public let undatedRecords: Int

    /// The timeline of `stances`, keeping records whose date overlaps `from`…`to` (a date given
    /// to the month or year counts when its period overlaps). Of a stance with
    /// `spokespersonRecords`, only those; a record listed by several stances counts once, as
    /// the first lists it.
    public init(stances: [StanceReference], in graph: Graph, from: PartialDate? = nil, to: PartialDate? = nil) {
        self.graph = graph
        struct Record: Hashable { var edge: Int, position: Int }
        var entries: [Entry] = [], undated = 0, seen: Set<Record> = []
        for stance in stances {
            let provenance = graph.edges[stance.edge].provenance
            for position in stance.spokespersonRecords ?? Array(provenance.indices) where seen.insert(Record(edge: stance.edge, position: position)).inserted {
                guard let date = provenance[position].date else { undated += 1; continue }
                if let from, !date.endsOnOrAfter(startOf: from) { continue }
                if let to, !date.startsOnOrBefore(endOf: to) { continue }
                entries.append(Entry(edge: stance.edge, record: position, date: date, onBehalfOf: stance.onBehalfOf,
                                     asSpokespersonFor: stance.spokespersonRecords == nil ? nil : graph.edgeTails[stance.edge]))
            }
        }
        self.entries = entries.sorted { a, b in
            a.date != b.date ? a.date < b.date : (a.edge, a.record) < (b.edge, b.record)
        }
        undatedRecords = undated
    }

    /// Every stance in the graph (edges whose type `expressesStance`), each by its own speaker.
    public static func allStances(in graph: Graph) -> [StanceReference] {
        graph.edges.indices.filter { graph.edges[$0].type.expressesStance }.map { StanceReference(edge: $0) }
    }

    /// `{"entries":[{"date","source","attribution","quote","paraphrase","on_behalf_of","as_spokesperson_for","edge":{…}}],"undated_records"}`
    public var json: JSONValue {
        .object([
            ("entries", .array(entries.map { entry in
                let record = graph.edges[entry.edge].provenance[entry.record]
                return .object([
                    ("date", .string(entry.date.description)),
                    ("source", .string(record.source)),
                    ("attribution", .string(record.attribution.rawValue)),
                    ("quote", JSONValue(record.quote)),
                    ("paraphrase", .bool(record.paraphrase)),
                    ("on_behalf_of", JSONValue(entry.onBehalfOf.map { graph.nodes[$0].id })),
                    ("as_spokesperson_for", JSONValue(entry.asSpokespersonFor.map { graph.nodes[$0].id })),
                    ("edge", QueryJSON.edge(entry.edge, in: graph)),
                ])
            })),
            ("undated_records", .int(undatedRecords)),
        ])
    }
}
