/// "Did you mean" suggestions by edit distance, as compilers and swift-argument-parser give them.
public enum Suggestions {
    /// The candidate closest to `input`, if it is close enough to be a likely typo.
    public static func closest(to input: String, in candidates: some Sequence<String>) -> String? {
        let lowered = input.lowercased()
        let extensions = candidates.filter { $0.lowercased().hasPrefix(lowered) && !lowered.isEmpty }
        if extensions.count == 1 { return extensions[0] }
        let needle = Array(lowered.unicodeScalars)
        let limit = max(2, needle.count / 3)
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            guard abs(scalars.count - needle.count) <= limit else { continue }
            let distance = editDistance(needle, scalars, bound: best.map { min($0.distance, limit) } ?? limit)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.candidate) {
                best = (distance, candidate)
            }
        }
        return best?.candidate
    }

    /// Levenshtein distance, giving up (returning `bound + 1`) once it must exceed `bound`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return bound + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
