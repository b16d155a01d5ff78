/// A reference from one place in the input to an id, checked once every file is read.
struct Reference {
    enum Expectation {
        /// A node of any kind (edge `from`).
        case node
        /// A node, or an edge for the types that may point at edges (edge `to`).
        case nodeOrEdge
        /// A `source` node (provenance `source`).
        case source
        /// An actor node (role `of`).
        case actor
    }

    var field: String
    var id: String
    var expectation: Expectation
    var location: SourceLocation
    /// The index of the edge the reference belongs to, for `from`/`to`.
    var edgeIndex: Int?
}
