/// A stance as queries report it: the edge, and whom its speaker expressed it for when the
/// speaker is a spokesperson of the actor asked about; or, for a spokesperson asked about, a
/// stance of the actor they speak for with the records of it attributed to a spokesperson.
public struct StanceReference: Hashable, Sendable {
    public var edge: Int
    /// The actor a spokesperson (the edge's source) spoke for; `nil` for the speaker's own stance.
    public var onBehalfOf: Int?
    /// The positions in the edge's provenance of the records that count, when only some do:
    /// for a stance of the actor a spokesperson speaks for, its `spokesperson` records. `nil`
    /// for all of them.
    public var spokespersonRecords: [Int]?

    public init(edge: Int, onBehalfOf: Int? = nil, spokespersonRecords: [Int]? = nil) {
        self.edge = edge
        self.onBehalfOf = onBehalfOf
        self.spokespersonRecords = spokespersonRecords
    }
}
