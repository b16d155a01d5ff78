/// An edge's attributes, in the order the exports write them.
public enum FlatEdgeAttribute: String, CaseIterable, Sendable {
    case id, edgeID = "edge_id", type, interaction, stance, label, status
    case targetEdge = "target_edge"
    case sources, date, attribution, quote, paraphrase, confidence
    case validFrom = "valid_from", validUntil = "valid_until"
    case provenanceCount = "provenance_count"
    case provenance, notes

    public var valueType: FlatValueType {
        switch self {
        case .stance, .paraphrase: .boolean
        case .confidence: .double
        case .provenanceCount: .int
        default: .string
        }
    }

    /// The value a reader takes when an edge has none, as GraphML declares it: a missing
    /// confidence means certain (`GraphFilter.minConfidence`).
    public var defaultValue: String? { self == .confidence ? "1.0" : nil }

    var reading: FlatReading {
        typealias Key = GraphDecoder.EdgeKey
        switch self {
        case .id, .edgeID: return .text(Key.id.rawValue)
        case .type: return .text(Key.type.rawValue)
        case .label: return .text(Key.label.rawValue)
        case .status: return .text(Key.status.rawValue)
        // The id of the edge a claim is about: the claim's `to` (its end node is that stance's).
        case .targetEdge: return .text(Key.to.rawValue)
        case .confidence: return .literal(Key.confidence.rawValue)
        case .validFrom: return .text(Key.validFrom.rawValue)
        case .validUntil: return .text(Key.validUntil.rawValue)
        case .provenance: return .json(Key.provenance.rawValue)
        case .notes: return .text(Key.notes.rawValue)
        case .interaction, .stance, .sources, .date, .attribution, .quote, .paraphrase, .provenanceCount: return .derived
        }
    }
}
