import Foundation

/// The words of a name as people type them: accents and case folded ("Zelenskyy", "zelenskyy",
/// "Zélenskyy" alike; ё as е), split at anything that is not a letter or a digit, small words
/// ("the", "on", "of"…) left out and plurals stemmed ("lines" as "line"), so that names compare
/// by the words they hold in any order.
enum NameWords {
    /// Words that say nothing about which node is meant.
    static let stopWords: Set<String> = ["a", "an", "the", "on", "of", "to", "and", "in", "with", "for", "s"]

    /// `name` with accents and case folded.
    static func fold(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.lowercased() }
        return name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// The folded words of `name`, in order, with repeats.
    static func folded(_ name: String) -> [String] {
        fold(name).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The words of `name` that identify it: folded, stemmed, without stop words.
    static func words(_ name: String) -> Set<String> {
        Set(folded(name).filter { !stopWords.contains($0) }.map(stem))
    }

    /// A light stem: plural endings off ("countries" → "country", "lines" → "line"),
    /// "ss" and words of three letters or fewer left alone.
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        return String(word.dropLast())
    }

    /// How many edits a typed word may be from a word of a name and still count as a typo of it:
    /// none for short words, one from five letters, two from ten.
    static func typoBound(_ word: String) -> Int {
        word.count >= 10 ? 2 : word.count >= 5 ? 1 : 0
    }
}
