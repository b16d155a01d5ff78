/// Counts that summarise a graph: what `stancegraph stats` prints.
public struct GraphStatistics: Sendable, Equatable {
    public var nodeCount: Int
    public var edgeCount: Int
    public var nodesByKind: [(kind: NodeKind, count: Int)]
    public var actorsBySubtype: [(subtype: String, count: Int)]
    public var edgesByType: [(type: EdgeType, count: Int)]
    public var provenanceRecords: Int
    public var recordsByAttribution: [(attribution: Attribution, count: Int)]
    /// Each source with the number of provenance records that cite it, in graph order.
    public var citationsBySource: [(id: String, label: String, count: Int)]
    public var dateRange: ClosedRange<PartialDate>?

    public init(_ graph: Graph) {
        nodeCount = graph.nodes.count
        edgeCount = graph.edges.count
        var kinds = [NodeKind: Int](), subtypes = [String: Int](), types = [EdgeType: Int]()
        var attributions = [Attribution: Int](), citations = [String: Int]()
        for node in graph.nodes {
            kinds[node.kind, default: 0] += 1
            if node.kind == .actor { subtypes[node.subtype?.rawValue ?? "unspecified", default: 0] += 1 }
        }
        var records = 0
        for edge in graph.edges {
            types[edge.type, default: 0] += 1
            for record in edge.provenance {
                records += 1
                attributions[record.attribution, default: 0] += 1
                citations[record.source, default: 0] += 1
            }
        }
        nodesByKind = NodeKind.allCases.compactMap { kind in kinds[kind].map { (kind, $0) } }
        actorsBySubtype = subtypes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        edgesByType = EdgeType.allCases.compactMap { type in types[type].map { (type, $0) } }
        provenanceRecords = records
        recordsByAttribution = Attribution.allCases.compactMap { attribution in attributions[attribution].map { (attribution, $0) } }
        citationsBySource = graph.nodes.filter { $0.kind == .source }.map { ($0.id, $0.label, citations[$0.id] ?? 0) }
        dateRange = graph.dateRange
    }

    public static func == (lhs: GraphStatistics, rhs: GraphStatistics) -> Bool {
        lhs.json == rhs.json
    }

    /// The statistics as JSON, in a fixed member order.
    public var json: JSONValue {
        .object([
            ("nodes", .int(nodeCount)),
            ("edges", .int(edgeCount)),
            ("nodes_by_kind", .object(nodesByKind.map { ($0.kind.rawValue, .int($0.count)) })),
            ("actors_by_subtype", .object(actorsBySubtype.map { ($0.subtype, .int($0.count)) })),
            ("edges_by_type", .object(edgesByType.map { ($0.type.rawValue, .int($0.count)) })),
            ("provenance_records", .int(provenanceRecords)),
            ("records_by_attribution", .object(recordsByAttribution.map { ($0.attribution.rawValue, .int($0.count)) })),
            ("sources", .array(citationsBySource.map { .object([("id", .string($0.id)), ("label", .string($0.label)), ("citations", .int($0.count))]) })),
            ("date_range", dateRange.map { .object([("from", .string($0.lowerBound.description)), ("to", .string($0.upperBound.description))]) } ?? .null),
        ])
    }
}
