extension GraphSearch {
    /// The paths `mode` asks for from `start` to `goal`; with `maxHops`, none longer than that.
    public mutating func paths(from start: Int, to goal: Int, mode: PathMode, maxHops: Int? = nil) -> PathResult {
        var paths: [GraphPath], truncated = false
        switch mode {
        case .shortest:
            paths = shortestPath(from: start, to: goal).map { [$0] } ?? []
        case .allShortest(let limit):
            (paths, truncated) = allShortestPaths(from: start, to: goal, limit: limit)
        case .kShortest(let k):
            paths = kShortestPaths(from: start, to: goal, k: k, maxHops: maxHops)
        case let .allSimple(hops, limit):
            (paths, truncated) = simplePaths(from: start, to: goal, maxHops: min(hops, maxHops ?? .max), limit: limit)
        }
        if let maxHops, paths.contains(where: { $0.hops > maxHops }) {
            paths.removeAll { $0.hops > maxHops }
            truncated = false
        }
        return PathResult(index: index, rules: rules, from: start, to: goal, paths: paths, truncated: truncated)
    }
}
