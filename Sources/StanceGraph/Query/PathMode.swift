/// Which of the paths of equal length come first.
public enum PathRanking: String, Hashable, Sendable, CaseIterable {
    /// The best-evidenced first (`EvidenceCost`): every hop cited before any uncited one, then
    /// the more direct and the more precisely dated evidence.
    case evidence
    /// In the order of the walk (the graph's order of edges): fewest hops is all that counts.
    case hops
}

/// Which paths a path query asks for.
public enum PathMode: Hashable, Sendable {
    /// One path with the fewest hops.
    case shortest
    /// Every path with the fewest hops, up to `limit`.
    case allShortest(limit: Int)
    /// The `k` shortest simple paths.
    case kShortest(Int)
    /// Every simple path of at most `maxHops` hops, shortest first, up to `limit`.
    case allSimple(maxHops: Int, limit: Int)
}
