/// The attributes the flat exports write (GraphML keys, CSV columns), under the names they are
/// written by, with their value types and how each reads back into the input format: the one
/// vocabulary `GraphMLExporter` and `CSVExporter` write and `FlatGraphReader` reads.
///
/// Some attributes only repeat, for other tools, what others hold: `name` (a node's label,
/// for Cytoscape), an edge's `interaction` and `stance` (its type), `sources`, `date`,
/// `attribution`, `quote`, `paraphrase` and `provenance_count` (from its provenance). They are
/// `derived`: a reader recomputes them rather than reading them, so the edited copy of one of
/// them cannot disagree with the value it came from.
public enum FlatValueType: String, Sendable {
    case string, boolean, int, double
}

/// How a flat attribute's value reads back into a node or an edge.
enum FlatReading: Equatable {
    /// Text, for the input format's key of this name.
    case text(String)
    /// A number or a boolean, for the input format's key of this name.
    case literal(String)
    /// A compact JSON array (a list, roles, provenance), for the input format's key of this name.
    case json(String)
    /// Repeats what other attributes hold: not read.
    case derived
}

/// A graph's attributes (GraphML `for="graph"`).
public enum FlatGraphAttribute: String, CaseIterable, Sendable {
    case title, description, generator

    var reading: FlatReading {
        switch self {
        case .title: .text("title")
        case .description: .text("description")
        case .generator: .derived
        }
    }
}

/// A node's attributes, in the order the exports write them.
public enum FlatNodeAttribute: String, CaseIterable, Sendable {
    case id, label, name, kind, subtype, side, aliases, description, roles, title, publisher, published, url, file, notes

    public var valueType: FlatValueType { .string }

    var reading: FlatReading {
        typealias Key = GraphDecoder.NodeKey
        switch self {
        case .id: return .text(Key.id.rawValue)
        case .label: return .text(Key.label.rawValue)
        case .name: return .derived
        case .kind: return .text(Key.kind.rawValue)
        case .subtype: return .text(Key.subtype.rawValue)
        case .side: return .text(Key.side.rawValue)
        case .aliases: return .json(Key.aliases.rawValue)
        case .description: return .text(Key.description.rawValue)
        case .roles: return .json(Key.roles.rawValue)
        case .title: return .text(Key.title.rawValue)
        case .publisher: return .text(Key.publisher.rawValue)
        case .published: return .text(Key.published.rawValue)
        case .url: return .text(Key.url.rawValue)
        case .file: return .text(Key.file.rawValue)
        case .notes: return .text(Key.notes.rawValue)
        }
    }
}

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

/// The files and header types of the CSV export (neo4j-admin's bulk import format).
public enum CSVLayout {
    public static let nodesFileName = "nodes.csv"
    public static let edgesFileName = "edges.csv"

    /// The part of a header after the `:` (`id:ID`, `:START_ID`, `confidence:double`).
    public enum FieldType: String, Sendable {
        case id = "ID", label = "LABEL", startID = "START_ID", endID = "END_ID", type = "TYPE"
        case boolean, int, double

        /// The header type of a property of `valueType`; `nil` for a string (no type written).
        public init?(_ valueType: FlatValueType) {
            switch valueType {
            case .string: return nil
            case .boolean: self = .boolean
            case .int: self = .int
            case .double: self = .double
            }
        }
    }
}
