/// Edges of one type, in date order.
public struct StanceGroup: Sendable {
    public var type: EdgeType
    public var edges: [Int]
}
