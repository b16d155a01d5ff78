/// Which steps a search may take: the edge types, blocked nodes and edges, no self-loops, and
/// source documents only as the start or goal unless `throughSources` (a source that is never
/// entered is never left, so no path passes through one).
struct StepFilter {
    let typeMask: UInt16
    let typeCodes: [UInt8]
    let isSource: [Bool]
    let throughSources: Bool
    let start: Int32
    let goal: Int32
    /// 0 when nothing is blocked.
    let blockStamp: UInt32
    let blockedNodes: [UInt32]
    let blockedEdges: [UInt32]

    @inline(__always) func admits(_ edge: Int32, from node: Int32, to neighbour: Int32) -> Bool {
        guard neighbour != node, typeMask & (1 << UInt16(typeCodes[Int(edge)])) != 0 else { return false }
        if blockStamp != 0 && (blockedEdges[Int(edge)] == blockStamp || blockedNodes[Int(neighbour)] == blockStamp) {
            return false
        }
        return throughSources || !isSource[Int(neighbour)] || neighbour == goal || neighbour == start
    }
}
