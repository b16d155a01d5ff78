/// A typed, directed edge: a stance an actor takes, or a structural link.
public struct Edge: Hashable, Sendable {
    /// A stable id, unique across the nodes and edges of a graph.
    public var id: String
    public var type: EdgeType
    /// The id of the node the edge starts from.
    public var from: String
    /// The id of the node, or for `doubts`/`denies`/`contradicts`/`reports` of the edge, it points at.
    public var to: String
    /// The evidence for the stance; required on stance edges.
    public var provenance: [Provenance]
    /// How sure the graph's author is that the stance is real, from 0 to 1.
    public var confidence: Double?
    public var validFrom: PartialDate?
    public var validUntil: PartialDate?
    public var label: String?
    public var notes: String?
    /// `candidate` for an edge a tool proposed that no one has reviewed yet; `nil` otherwise.
    public var status: EdgeStatus?
    public var location: SourceLocation?

    public init(
        id: String, type: EdgeType, from: String, to: String, provenance: [Provenance] = [],
        confidence: Double? = nil, validFrom: PartialDate? = nil, validUntil: PartialDate? = nil,
        label: String? = nil, notes: String? = nil, status: EdgeStatus? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.type = type
        self.from = from
        self.to = to
        self.provenance = provenance
        self.confidence = confidence
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.label = label
        self.notes = notes
        self.status = status
        self.location = location
    }

    /// The earliest date any of its evidence gives, when one does.
    public var earliestDate: PartialDate? { Edge.earliestDate(in: provenance) }

    /// The earliest date `records` give (the first of equals), when one does. Called on an
    /// edge's `provenance` where many edges are ordered: `edges[i].earliestDate` copied the
    /// whole edge first.
    static func earliestDate(in records: [Provenance]) -> PartialDate? {
        var earliest: PartialDate?
        for record in records {
            if let date = record.date, earliest.map({ date < $0 }) ?? true { earliest = date }
        }
        return earliest
    }

    /// The ids of the sources its evidence cites, in order of first mention, without repeats.
    public var sourceIDs: [String] {
        // Most edges cite a handful of sources: compared one by one, without hashing.
        guard provenance.count > 8 else {
            var ids: [String] = []
            ids.reserveCapacity(provenance.count)
            for record in provenance where !ids.contains(record.source) { ids.append(record.source) }
            return ids
        }
        var seen = Set<String>()
        return provenance.map(\.source).filter { seen.insert($0).inserted }
    }
}
