extension GraphSearch {
    /// The paths `mode` asks for from `start` to `goal`; with `maxHops`, none longer than that.
    /// Paths of equal length come in the order `ranking` gives.
    public mutating func paths(from start: Int, to goal: Int, mode: PathMode, maxHops: Int? = nil, ranking: PathRanking = .hops) -> PathResult {
        var paths: [GraphPath], truncated = false
        let costs = ranking == .evidence ? index.stepCosts() : []
        let best = ranking == .evidence ? cheapestShortestPath(from: start, to: goal, stepCosts: costs) : nil
        switch mode {
        case .shortest:
            paths = (best ?? shortestPath(from: start, to: goal)).map { [$0] } ?? []
        case .allShortest(let limit):
            (paths, truncated) = allShortestPaths(from: start, to: goal, limit: limit)
        case .kShortest(let k):
            paths = kShortestPaths(from: start, to: goal, k: k, maxHops: maxHops, first: best)
        case let .allSimple(hops, limit):
            (paths, truncated) = simplePaths(from: start, to: goal, maxHops: min(hops, maxHops ?? .max), limit: limit)
        }
        if let maxHops, paths.contains(where: { $0.hops > maxHops }) {
            paths.removeAll { $0.hops > maxHops }
            truncated = false
        }
        if ranking == .evidence {
            let ranked = paths.map { path in (path, path.edges.reduce(EvidenceCost()) { $0 + costs[$1] }) }
            paths = ranked.enumerated().sorted { a, b in
                a.element.0.hops != b.element.0.hops ? a.element.0.hops < b.element.0.hops
                    : a.element.1 != b.element.1 ? a.element.1 < b.element.1 : a.offset < b.offset
            }.map(\.element.0)
        }
        var result = PathResult(index: index, rules: rules, from: start, to: goal, paths: paths, truncated: truncated)
        result.ranking = ranking
        return result
    }
}
