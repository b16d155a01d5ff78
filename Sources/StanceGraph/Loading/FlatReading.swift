/// How a flat attribute's value reads back into a node or an edge.
///
/// The attributes the flat exports write (GraphML keys, CSV columns), under the names they are
/// written by, with their value types and how each reads back into the input format: the one
/// vocabulary `GraphMLExporter` and `CSVExporter` write by
/// and `GraphMLReader` and `CSVGraphReader` read by (`FlatGraphAttribute`, `FlatNodeAttribute`,
/// `FlatEdgeAttribute`).
///
/// Some attributes only repeat, for other tools, what others hold: `name` (a node's label,
/// for Cytoscape), an edge's `interaction` and `stance` (its type), `sources`, `date`,
/// `attribution`, `quote`, `paraphrase` and `provenance_count` (from its provenance). They are
/// `derived`: the readers do not read them, so an edited copy of one of
/// them cannot disagree with the value it came from.
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

extension FlatReading {
    /// The input format's key a value goes to (`""` for a derived one).
    var key: String {
        switch self {
        case .text(let key), .literal(let key), .json(let key): key
        case .derived: ""
        }
    }
}
