/// How well what someone typed matches one node or edge, and by which of its names.
///
/// Matches order best first: an exact name (ignoring case, spacing and punctuation), then the
/// typed words all among the item's words in any order, then the same with typos, then (for
/// searches) the typed text inside a name. Within a quality, an edge's own names come before
/// the labels of its ends, and fewer edits and fewer words the user left out come first.
public struct NameMatch: Hashable, Sendable, Comparable {
    public enum Quality: Int, Hashable, Sendable, Comparable, CaseIterable {
        /// A name written differently only in case, spacing or punctuation.
        case exact
        /// Every typed word (accents and case folded, small words left out) is a word of the item.
        case words
        /// As `words`, with typos within an edit distance.
        case typo
        /// The typed text is part of a name ("cease" in "ceasefire"); searches only.
        case contains

        public static func < (lhs: Quality, rhs: Quality) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Which name of the item matched best.
    public enum Field: String, Hashable, Sendable, Comparable, CaseIterable {
        case id, label, alias
        /// An edge's type (`supports`).
        case type
        /// The label of a node at either end of an edge.
        case end

        public static func < (lhs: Field, rhs: Field) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var quality: Quality
    public var field: Field
    /// The name that matched best, as the graph writes it.
    public var text: String
    /// Lower is better: edits made (for typos), then words of the name the user did not type.
    public var cost: Int

    /// Better first: by quality; an item's own names before the names of its ends; then by cost.
    public static func < (lhs: NameMatch, rhs: NameMatch) -> Bool {
        (lhs.quality, lhs.field == .end ? 1 : 0, lhs.cost, lhs.field, lhs.text)
            < (rhs.quality, rhs.field == .end ? 1 : 0, rhs.cost, rhs.field, rhs.text)
    }
}

/// What someone typed, prepared once to be matched against many names.
public struct NameQuery: Sendable {
    public let text: String
    /// Lowercase words separated by single spaces (the exact rungs compare by it).
    let key: String
    /// Folded words joined by spaces, for `contains`.
    let foldedKey: String
    /// The words that must all be found: folded, stemmed, without stop words.
    let words: Set<String>

    /// Text every name that holds a typed word (in any form its stem allows) contains.
    private let needles: [String]

    public init(_ text: String) {
        self.text = text
        key = NameResolver.key(text)
        foldedKey = NameWords.folded(text).joined(separator: " ")
        words = NameWords.words(text)
        needles = words.map { $0.count > 3 ? String($0.dropLast()) : $0 }
    }

    /// Whether `names` may hold every typed word: a quick test before splitting them into words.
    func mayHoldWords(_ names: [(text: String, field: NameMatch.Field)]) -> Bool {
        guard !needles.isEmpty else { return false }
        let folded = names.map { NameWords.fold($0.text) }
        return needles.allSatisfy { needle in folded.contains { $0.contains(needle) } }
    }

    /// Its best match among `names`, or `nil` if none of them matches. Typed words may be
    /// spread over several names (`putin ceasefire` for an edge from Putin to a ceasefire).
    /// `typos` keeps the edit distances found so far across calls.
    func match(_ names: [(text: String, field: NameMatch.Field)], typos: inout TypoTable,
               allowTypos: Bool = true, allowContains: Bool = false) -> NameMatch? {
        var best: NameMatch?
        func consider(_ match: NameMatch) { if best.map({ match < $0 }) ?? true { best = match } }
        for name in names where NameResolver.key(name.text) == key && !key.isEmpty {
            consider(NameMatch(quality: .exact, field: name.field, text: name.text, cost: 0))
        }
        if let best { return best }
        guard !words.isEmpty else { return nil }
        let nameWords = names.map { NameWords.words($0.text) }
        let all = nameWords.reduce(into: Set<String>()) { $0.formUnion($1) }
        func bestName(for wanted: Set<String>, _ quality: NameMatch.Quality, edits: Int) {
            for (name, words) in zip(names, nameWords) {
                let cost = edits * 100 + words.subtracting(wanted).count + 2 * wanted.subtracting(words).count
                consider(NameMatch(quality: quality, field: name.field, text: name.text, cost: cost))
            }
        }
        if words.isSubset(of: all) {
            bestName(for: words, .words, edits: 0)
            return best
        }
        if allowTypos, let (corrected, edits) = typos.correct(among: all) {
            bestName(for: corrected, .typo, edits: edits)
            return best
        }
        if allowContains, !foldedKey.isEmpty {
            for name in names {
                let folded = NameWords.folded(name.text).joined(separator: " ")
                if folded.contains(foldedKey) {
                    consider(NameMatch(quality: .contains, field: name.field, text: name.text, cost: folded.count - foldedKey.count))
                }
            }
        }
        return best
    }
}

/// The edit distances from typed words to the words of names, kept as they are found, since
/// the same words recur across a graph's names.
struct TypoTable {
    private var distances: [String: [Int]] = [:]
    private let typed: [String]
    private let bounds: [Int]

    init(_ query: NameQuery) {
        typed = query.words.sorted()
        bounds = typed.map(NameWords.typoBound)
    }

    /// The typed words each replaced by the closest word in `words` within its typo bound, and
    /// the edits that took; `nil` if a typed word has no such word, or none needed one.
    mutating func correct(among words: Set<String>) -> (Set<String>, Int)? {
        var corrected = Set<String>(), edits = 0
        for (position, word) in typed.enumerated() {
            if words.contains(word) { corrected.insert(word); continue }
            guard bounds[position] > 0 else { return nil }
            var best: (distance: Int, word: String)?
            for candidate in words {
                let distance = self.distances(to: candidate)[position]
                guard distance <= bounds[position] else { continue }
                if best.map({ (distance, candidate) < ($0.distance, $0.word) }) ?? true { best = (distance, candidate) }
            }
            guard let best else { return nil }
            corrected.insert(best.word)
            edits += best.distance
        }
        return edits > 0 ? (corrected, edits) : nil
    }

    private mutating func distances(to word: String) -> [Int] {
        if let known = distances[word] { return known }
        let scalars = Array(word.unicodeScalars)
        let found = zip(typed, bounds).map { typed, bound -> Int in
            let needle = Array(typed.unicodeScalars)
            guard bound > 0, abs(needle.count - scalars.count) <= bound else { return bound + 1 }
            return Suggestions.editDistance(needle, scalars, bound: bound)
        }
        distances[word] = found
        return found
    }
}
