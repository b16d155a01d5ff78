/// Where an edge stands in review. An edge without a status is part of the graph; a
/// `candidate` was proposed by a tool (`stancegraph extract`) and waits for a person to keep,
/// edit or remove it. Queries and exports leave candidates out unless asked for them.
public enum EdgeStatus: String, CaseIterable, Sendable, Codable {
    case candidate
}

extension Edge {
    /// Whether the edge is a candidate awaiting review.
    public var isCandidate: Bool { status == .candidate }
}
