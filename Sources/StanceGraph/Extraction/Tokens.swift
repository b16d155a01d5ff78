import Foundation

/// A word of a sentence: its folded form, its text as written, and where it is.
struct Token: Hashable, Sendable {
    /// Lowercased, accents folded, a possessive "’s" taken off, dotted initials joined ("U.S." → "us").
    var folded: String
    var text: String
    var range: Range<String.Index>
    /// Whether it was written with a possessive "’s".
    var possessive: Bool
    /// Whether the text before it, since the previous word, holds a comma, colon, semicolon,
    /// dash, bracket or quotation mark: a clause boundary.
    var breakBefore: Bool
    /// Whether a quotation mark stands between it and the previous word.
    var quoteBefore: Bool = false
    /// Whether it starts with a capital letter.
    var isCapitalized: Bool { text.first?.isUppercase ?? false }
    var isAllCaps: Bool { text.count > 1 && text.allSatisfy { !$0.isLetter || $0.isUppercase } }
}

enum Tokenizer {
    /// The words of `text[range]`.
    static func tokens(_ text: String, in range: Range<String.Index>? = nil) -> [Token] {
        let range = range ?? text.startIndex..<text.endIndex
        var tokens: [Token] = []
        var index = range.lowerBound
        var sawBreak = true
        var sawQuote = false
        while index < range.upperBound {
            let character = text[index]
            if character.isLetter || character.isNumber {
                var end = text.index(after: index)
                while end < range.upperBound {
                    let c = text[end]
                    if c.isLetter || c.isNumber { end = text.index(after: end); continue }
                    // An apostrophe or a hyphen inside a word, or a dotted initial ("U.S.").
                    let next = text.index(after: end)
                    if (c == "'" || c == "’" || c == "-" || c == ".") && next < range.upperBound && (text[next].isLetter || text[next].isNumber) {
                        if c == "." && !(text[index..<end].allSatisfy { $0.isUppercase || $0 == "." } && text[next].isUppercase) { break }
                        end = next
                        continue
                    }
                    break
                }
                // Dotted initials keep their last dot: "U.S."
                var written = String(text[index..<end])
                if written.contains("."), end < range.upperBound, text[end] == "." {
                    end = text.index(after: end)
                    written += "."
                }
                var folded = NameWords.fold(written)
                var possessive = false
                for suffix in ["'s", "’s", "s'", "s’"] where folded.hasSuffix(suffix) && folded.count > 2 {
                    folded = String(folded.dropLast(suffix == "'s" || suffix == "’s" ? 2 : 1))
                    possessive = true
                    break
                }
                folded = folded.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "’", with: "'")
                tokens.append(Token(folded: folded, text: written, range: index..<end, possessive: possessive, breakBefore: sawBreak, quoteBefore: sawQuote))
                sawBreak = false
                sawQuote = false
                index = end
            } else {
                if ",;:()[]\"“”«»—–".contains(character) || ((character == "'" || character == "‘" || character == "’") && isQuoteMark(text, index)) || (character == "-" && index > range.lowerBound && text[text.index(before: index)].isWhitespace) {
                    sawBreak = true
                }
                if "\"“”«»".contains(character) || ((character == "’" || character == "'") && isQuoteMark(text, index)) { sawQuote = true }
                index = text.index(after: index)
            }
        }
        return tokens
    }

    /// Whether a single quote at `index` quotes (rather than being an apostrophe inside a word).
    private static func isQuoteMark(_ text: String, _ index: String.Index) -> Bool {
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let afterIndex = text.index(after: index)
        let after = afterIndex < text.endIndex ? text[afterIndex] : " "
        return !(before.isLetter && after.isLetter)
    }
}

/// Words for matching statements with positions: folded, stop words out, lightly stemmed, so
/// that "freezing", "freezes" and "freeze" compare alike.
enum ContentWords {
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that",
        "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
        "he", "she", "they", "them", "his", "her", "their", "we", "our", "us", "i", "you", "will", "would", "could",
        "can", "may", "might", "should", "must", "do", "does", "did", "not", "no", "any", "all", "so", "if", "than",
        "there", "which", "who", "whom", "what", "when", "where", "while", "also", "said", "say", "says", "told",
        "tell", "according", "such", "into", "about", "over", "after", "before", "more", "most", "other", "some",
        "only", "even", "up", "out", "s", "t", "him", "one", "two", "three", "four", "five", "per", "very", "just",
        "however", "been", "because", "between", "since", "under", "against", "without", "own", "both", "each",
        "reported", "source", "sources", "official", "officials",
    ]

    static func stem(_ word: String) -> String {
        var word = word
        for (from, to) in [("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ise", "ize"), ("defence", "defense")] where word.hasSuffix(from) {
            word = String(word.dropLast(from.count)) + to
            break
        }
        for suffix in ["izations", "ization", "ations", "ation", "ments", "ment", "ingly", "ings", "ing", "edly", "ed", "ies", "es", "ly", "s", "e"] {
            if word.hasSuffix(suffix), word.count - suffix.count >= 4 {
                let stem = String(word.dropLast(suffix.count))
                return suffix == "ies" ? stem + "y" : stem
            }
        }
        return word
    }

    /// The content words of a text, in order, with repeats.
    static func words(_ text: String) -> [String] {
        NameWords.folded(text.replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: ""))
            .filter { !stopWords.contains($0) && !$0.allSatisfy(\.isNumber) }
            .map(stem)
    }
}
