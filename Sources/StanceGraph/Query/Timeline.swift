/// Stances in the order they were expressed: one entry per dated provenance record, so an edge
/// reported on several dates appears at each of them; and an entry where an edge's validity
/// begins (`valid_from`) and ends (`valid_until`).
public struct Timeline: Sendable {
    /// What happened on an entry's date.
    public enum Event: String, Hashable, Sendable {
        /// The stance begins to hold (its `valid_from`).
        case begins
        /// A piece of evidence is dated then.
        case evidence
        /// The stance stops holding (its `valid_until`).
        case ends
    }

    public struct Entry: Hashable, Sendable {
        public var edge: Int
        /// The position of the record in the edge's provenance; `nil` for `begins` and `ends`.
        public var record: Int?
        public var event: Event
        public var date: PartialDate
        /// The actor a spokesperson spoke for, when the timeline is an actor's.
        public var onBehalfOf: Int?
        /// The actor whose stance this is, when the record is one of its spokesperson records
        /// listed for a spokesperson of it (`StanceReference.spokespersonRecords`).
        public var asSpokespersonFor: Int?
    }

    public let graph: Graph
    /// By date (a less precise date before a more precise one on the same day), then graph
    /// order; on one date an edge begins before its evidence, and ends after it.
    public let entries: [Entry]
    /// Records of the stances that give no date, left out of `entries`.
    public let undatedRecords: Int

    /// The timeline of `stances`, keeping records whose date overlaps `from`…`to` (a date given
    /// to the month or year counts when its period overlaps). Of a stance with
    /// `spokespersonRecords`, only those; a record listed by several stances counts once, as
    /// the first lists it. A stance listed with all its records (not only spokesperson records)
    /// also begins on its `valid_from` and ends on its `valid_until`, within the same range.
    public init(stances: [StanceReference], in graph: Graph, from: PartialDate? = nil, to: PartialDate? = nil) {
        self.graph = graph
        struct Record: Hashable { var edge: Int, position: Int }
        var entries: [Entry] = [], undated = 0, seen: Set<Record> = [], bounded: Set<Int> = []
        func inRange(_ date: PartialDate) -> Bool {
            (from.map { date.endsOnOrAfter(startOf: $0) } ?? true) && (to.map { date.startsOnOrBefore(endOf: $0) } ?? true)
        }
        for stance in stances {
            let edge = graph.edges[stance.edge]
            if stance.spokespersonRecords == nil, bounded.insert(stance.edge).inserted {
                for (event, date) in [(Event.begins, edge.validFrom), (.ends, edge.validUntil)] {
                    guard let date, inRange(date) else { continue }
                    entries.append(Entry(edge: stance.edge, record: nil, event: event, date: date, onBehalfOf: stance.onBehalfOf))
                }
            }
            for position in stance.spokespersonRecords ?? Array(edge.provenance.indices) where seen.insert(Record(edge: stance.edge, position: position)).inserted {
                guard let date = edge.provenance[position].date else { undated += 1; continue }
                guard inRange(date) else { continue }
                entries.append(Entry(edge: stance.edge, record: position, event: .evidence, date: date, onBehalfOf: stance.onBehalfOf,
                                     asSpokespersonFor: stance.spokespersonRecords == nil ? nil : graph.edgeTails[stance.edge]))
            }
        }
        self.entries = entries.sorted { a, b in
            if a.date != b.date { return a.date < b.date }
            return (a.edge, a.event.order, a.record ?? -1) < (b.edge, b.event.order, b.record ?? -1)
        }
        undatedRecords = undated
    }

    /// Of `stances`, those about `node`: on it, or claims (along chains of claims) about a
    /// stance on it.
    public static func stances(_ stances: [StanceReference], about node: Int, in graph: Graph) -> [StanceReference] {
        stances.filter { graph.targetNodeIndex(ofEdge: $0.edge) == node }
    }

    /// Every stance in the graph (edges whose type `expressesStance`), each by its own speaker.
    public static func allStances(in graph: Graph) -> [StanceReference] {
        graph.edges.indices.filter { graph.edges[$0].type.expressesStance }.map { StanceReference(edge: $0) }
    }

    /// `{"entries":[{"date","event","source","attribution","quote","paraphrase","on_behalf_of","as_spokesperson_for","edge":{…}}],"undated_records"}`;
    /// `source`, `attribution` and `quote` are null for the events `begins` and `ends`.
    public var json: JSONValue {
        .object([
            ("entries", .array(entries.map { entry in
                let record = entry.record.map { graph.edges[entry.edge].provenance[$0] }
                return .object([
                    ("date", .string(entry.date.description)),
                    ("event", .string(entry.event.rawValue)),
                    ("source", JSONValue(record?.source)),
                    ("attribution", JSONValue(record?.attribution.rawValue)),
                    ("quote", JSONValue(record?.quote)),
                    ("paraphrase", .bool(record?.paraphrase ?? false)),
                    ("on_behalf_of", JSONValue(entry.onBehalfOf.map { graph.nodes[$0].id })),
                    ("as_spokesperson_for", JSONValue(entry.asSpokespersonFor.map { graph.nodes[$0].id })),
                    ("edge", QueryJSON.edge(entry.edge, in: graph)),
                ])
            })),
            ("undated_records", .int(undatedRecords)),
        ])
    }
}

extension Timeline.Event {
    /// Where the event falls among an edge's entries on one date.
    fileprivate var order: Int {
        switch self {
        case .begins: return 0
        case .evidence: return 1
        case .ends: return 2
        }
    }
}
