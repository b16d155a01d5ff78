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
