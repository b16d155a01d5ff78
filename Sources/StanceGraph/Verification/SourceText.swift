import Foundation

/// A document's text, normalised for finding quotes in it.
///
/// Normalising makes a quote match however the document typesets it: Unicode NFC; runs of
/// whitespace (spaces, tabs, line breaks, no-break spaces) become one space, and leading and
/// trailing whitespace goes; typographic double quotes (“ ” „ ‟ « » ″) become `"`, single quotes
/// and apostrophes (‘ ’ ‚ ‛ ‹ › ′ ʼ) become `'`, and hyphens and dashes (‐ ‑ ‒ – — ― −) become `-`;
/// a byte order mark is dropped. Letters, case and other punctuation must match exactly.
public struct SourceText: Sendable {
    /// The normalised text as UTF-8.
    public let normalized: [UInt8]

    public init(_ text: String) {
        normalized = SourceText.normalize(text)
    }

    /// The normalised form of a text, as UTF-8.
    public static func normalize(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            if scalar == "\u{FEFF}" { continue }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append(contentsOf: UTF8.encode(replacement(for: scalar))!)
        }
        return output
    }

    /// The normalised form of a text, as a string.
    public static func normalizedString(_ text: String) -> String {
        String(decoding: normalize(text), as: UTF8.self)
    }

    private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032, 0x02BC: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        default: return scalar
        }
    }

    /// Whether `quote`, normalised, occurs in the text.
    public func contains(_ quote: String) -> Bool {
        contains(normalized: SourceText.normalize(quote))
    }

    /// Whether already normalised words occur in the text, in time linear in the text's length.
    public func contains(normalized needle: [UInt8]) -> Bool {
        SourceText.firstOccurrence(of: needle, in: normalized) != nil
    }

    /// Knuth–Morris–Pratt: never slower than linear, whatever the text and the quote.
    static func firstOccurrence(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard needle.count <= haystack.count else { return nil }
        var failure = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<needle.count {
            while k > 0 && needle[i] != needle[k] { k = failure[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            failure[i] = k
        }
        k = 0
        for (index, byte) in haystack.enumerated() {
            while k > 0 && byte != needle[k] { k = failure[k - 1] }
            if byte == needle[k] { k += 1 }
            if k == needle.count { return index - needle.count + 1 }
        }
        return nil
    }

    // MARK: The closest passage

    /// A stretch of the text near a quote that is not in it.
    public struct Passage: Hashable, Sendable {
        /// The passage, normalised, widened to whole words.
        public var text: String
        /// Its edit distance from the quote, in UTF-8 bytes.
        public var distance: Int
        /// Where it is in ``SourceText/normalized``.
        public var range: Range<Int>
    }

    /// Quotes longer than this are matched by their beginning when looking for the closest passage.
    static let longestPatternSearched = 1_000
    /// Texts up to this many cells (text bytes × quote bytes) are searched exhaustively.
    static let exhaustiveBudget = 4_000_000
    /// How many candidate places a seeded search looks at closely.
    static let candidatesExamined = 8

    /// The passage of the text closest to `quote`, if one is close enough to be a likely slip
    /// (at most about a third of the quote differs).
    public func closestPassage(to quote: String) -> Passage? {
        closestPassage(toNormalized: SourceText.normalize(quote))
    }

    /// The closest passage to already normalised words.
    ///
    /// Small texts are searched exhaustively (approximate string matching by dynamic programming,
    /// the best substring by edit distance). In large ones, k-grams of the quote seed the search:
    /// one pass over the text finds where they occur, the diagonals with the most matches are the
    /// candidates, and only windows around those are aligned. The time is linear in the text and
    /// bounded by the candidates for the rest.
    public func closestPassage(toNormalized needle: [UInt8]) -> Passage? {
        let pattern = Array(needle.prefix(SourceText.longestPatternSearched))
        guard !pattern.isEmpty, !normalized.isEmpty else { return nil }
        let best: (start: Int, end: Int, distance: Int)?
        if normalized.count * pattern.count <= SourceText.exhaustiveBudget {
            best = SourceText.align(pattern, in: normalized, range: 0..<normalized.count)
        } else {
            best = seededSearch(pattern)
        }
        guard let best, best.distance <= max(1, pattern.count / 3) else { return nil }
        let range = widenedToWords(best.start..<best.end)
        return Passage(text: String(decoding: normalized[range], as: UTF8.self), distance: best.distance, range: range)
    }

    private func seededSearch(_ pattern: [UInt8]) -> (start: Int, end: Int, distance: Int)? {
        for k in [8, 4] where pattern.count >= k {
            let candidates = candidateOffsets(pattern, k: k)
            guard !candidates.isEmpty else { continue }
            let slack = max(8, pattern.count / 4)
            var best: (start: Int, end: Int, distance: Int)?
            for offset in candidates {
                let lower = max(0, offset - slack), upper = min(normalized.count, offset + pattern.count + slack)
                guard lower < upper, let found = SourceText.align(pattern, in: normalized, range: lower..<upper) else { continue }
                if best == nil || found.distance < best!.distance || (found.distance == best!.distance && found.start < best!.start) {
                    best = found
                }
            }
            return best
        }
        return nil
    }

    /// Where in the text the quote would start, for the diagonals most of its k-grams agree on.
    private func candidateOffsets(_ pattern: [UInt8], k: Int) -> [Int] {
        let base: UInt64 = 1_099_511_628_211
        var power: UInt64 = 1
        for _ in 0..<k { power = power &* base }
        func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 { bytes.reduce(0) { $0 &* base &+ UInt64($1) } }
        var grams: [UInt64: [Int]] = [:]
        for start in 0...(pattern.count - k) { grams[hash(pattern[start..<start + k]), default: []].append(start) }
        guard normalized.count >= k else { return [] }
        // Votes per band of diagonals, so that a quote with a gap still gathers its votes in one place.
        let band = max(8, pattern.count / 8)
        var votes: [Int: Int] = [:]
        var rolling = hash(normalized[0..<k])
        var position = 0
        while true {
            if let starts = grams[rolling] {
                for start in starts where normalized[position..<position + k].elementsEqual(pattern[start..<start + k]) {
                    let diagonal = position - start
                    votes[(diagonal + pattern.count) / band, default: 0] += 1
                }
            }
            guard position + k < normalized.count else { break }
            rolling = rolling &* base &+ UInt64(normalized[position + k]) &- power &* UInt64(normalized[position])
            position += 1
        }
        return votes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(SourceText.candidatesExamined)
            .map { $0.key * band - pattern.count }
    }

    /// The substring of `text[range]` with the least edit distance to `pattern` (Sellers' algorithm);
    /// of equals, the one whose length is nearest the pattern's, then the earliest.
    static func align(_ pattern: [UInt8], in text: [UInt8], range: Range<Int>) -> (start: Int, end: Int, distance: Int)? {
        let m = pattern.count
        guard m > 0, !range.isEmpty else { return nil }
        var cost = Array(0...m)
        var start = [Int](repeating: range.lowerBound, count: m + 1)
        var best = (start: range.lowerBound, end: range.lowerBound, distance: m)
        for j in range {
            let byte = text[j]
            var diagonalCost = cost[0], diagonalStart = start[0]
            cost[0] = 0
            start[0] = j + 1
            for i in 1...m {
                let aboveCost = cost[i], aboveStart = start[i]
                var newCost = diagonalCost + (pattern[i - 1] == byte ? 0 : 1), newStart = diagonalStart
                if aboveCost + 1 < newCost { newCost = aboveCost + 1; newStart = aboveStart }
                if cost[i - 1] + 1 < newCost { newCost = cost[i - 1] + 1; newStart = start[i - 1] }
                diagonalCost = aboveCost
                diagonalStart = aboveStart
                cost[i] = newCost
                start[i] = newStart
            }
            // Of equally close substrings, the one nearest the quote's length: a typo near the end
            // of a quote must not cut the passage short.
            let length = j + 1 - start[m], bestLength = best.end - best.start
            if cost[m] < best.distance || (cost[m] == best.distance && abs(length - m) < abs(bestLength - m)) {
                best = (start[m], j + 1, cost[m])
            }
        }
        return best
    }

    /// The range grown to whole words (by at most 40 bytes each way), never splitting a character.
    private func widenedToWords(_ range: Range<Int>) -> Range<Int> {
        func isWordByte(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
        var lower = range.lowerBound, upper = range.upperBound
        var steps = 0
        while lower > 0, steps < 40, isWordByte(normalized[lower - 1]), lower < upper, isWordByte(normalized[lower]) {
            lower -= 1
            steps += 1
        }
        steps = 0
        while upper < normalized.count, steps < 40, upper > lower, isWordByte(normalized[upper - 1]), isWordByte(normalized[upper]) {
            upper += 1
            steps += 1
        }
        while lower < upper, normalized[lower] == 0x20 || normalized[lower] & 0xC0 == 0x80 { lower += 1 }
        while upper < normalized.count, normalized[upper] & 0xC0 == 0x80 { upper += 1 }
        while upper > lower, normalized[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }
}
