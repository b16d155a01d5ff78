/// A sentence of an article: its text, where it is, and the paragraph it belongs to.
public struct Sentence: Hashable, Sendable {
    public var text: String
    /// Where the sentence is in the article, as a range of its characters.
    public var range: Range<String.Index>
    /// The number of the paragraph (a run of non-empty lines), from 0.
    public var paragraph: Int
}

/// Splits an article into sentences, as news text is written.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) followed
/// by white space and then a capital letter, a digit or an opening quote. It does not end
/// after a title or abbreviation ("Mr.", "Gen.", "Jan.", "No." before a number), an initial ("J. Smith"), dotted
/// initials ("U.S.", "U.N."), or inside a decimal ("18.5"), and not inside a quotation that is
/// still open ("“We are ready. We never refused,” Putin said" is one sentence). A line without
/// end punctuation (a headline) is a sentence of its own.
public enum SentenceSplitter {
    /// Words after which a full stop does not end a sentence (compared lowercased).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
        "pres", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "fig", "approx", "dept",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "est",
    ]

    /// Characters that may close a sentence after its end mark.
    static let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»"]
    /// Characters that may open a sentence.
    static let openers: Set<Character> = ["\"", "“", "‘", "'", "(", "[", "«"]

    public static func split(_ text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = -1
        var lineStart = text.startIndex
        var previousLineBlank = true
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(where: \.isNewline) ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            if line.contains(where: { !$0.isWhitespace }) {
                // Every non-empty line is a paragraph: articles saved as text put one per line.
                paragraph += 1
                split(line: line, in: text, paragraph: paragraph, into: &sentences)
                previousLineBlank = false
            } else {
                previousLineBlank = true
            }
            _ = previousLineBlank
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        }
        return sentences
    }

    private static func split(line: Substring, in text: String, paragraph: Int, into sentences: inout [Sentence]) {
        var start = line.startIndex
        var openCurly = false, openStraight = false
        var quoteOpenedAt = 0
        var offset = 0
        var index = line.startIndex
        func emit(upTo end: String.Index) {
            var lower = start, upper = end
            while lower < upper, line[lower].isWhitespace { lower = line.index(after: lower) }
            while upper > lower, line[line.index(before: upper)].isWhitespace { upper = line.index(before: upper) }
            if lower < upper, line[lower..<upper].contains(where: \.isLetter) {
                sentences.append(Sentence(text: String(line[lower..<upper]), range: lower..<upper, paragraph: paragraph))
            }
            start = end
        }
        while index < line.endIndex {
            let character = line[index]
            switch character {
            case "“": openCurly = true; quoteOpenedAt = offset
            case "”": openCurly = false
            case "\"": openStraight.toggle(); quoteOpenedAt = offset
            default: break
            }
            // A quotation left open far too long was never closed: stop waiting for it.
            if (openCurly || openStraight) && offset - quoteOpenedAt > 600 { openCurly = false; openStraight = false }
            if character == "." || character == "!" || character == "?" {
                var end = line.index(after: index)
                while end < line.endIndex, closers.contains(line[end]) {
                    if line[end] == "”" { openCurly = false }
                    if line[end] == "\"" { openStraight.toggle() }
                    end = line.index(after: end)
                }
                if isBoundary(line, mark: index, after: end), !(openCurly || openStraight) {
                    emit(upTo: end)
                }
                offset += line.distance(from: index, to: end)
                index = end
                continue
            }
            offset += 1
            index = line.index(after: index)
        }
        emit(upTo: line.endIndex)
    }

    /// Whether the end mark at `mark`, whose closers end at `after`, ends a sentence.
    private static func isBoundary(_ line: Substring, mark: String.Index, after: String.Index) -> Bool {
        guard after < line.endIndex, line[after].isWhitespace else { return after == line.endIndex }
        var next = after
        while next < line.endIndex, line[next].isWhitespace { next = line.index(after: next) }
        guard next < line.endIndex else { return true }
        let first = line[next]
        guard first.isUppercase || first.isNumber || openers.contains(first) else { return false }
        guard line[mark] == "." else { return true }
        // The word before the full stop.
        var wordStart = mark
        while wordStart > line.startIndex {
            let previous = line.index(before: wordStart)
            guard line[previous].isLetter || line[previous].isNumber || line[previous] == "." else { break }
            wordStart = previous
        }
        let word = line[wordStart..<mark]
        if word.isEmpty { return true }
        if abbreviations.contains(word.lowercased()) { return false }
        if ["no", "nos"].contains(word.lowercased()), first.isNumber { return false }   // "No. 5"
        if word.count == 1, word.first!.isUppercase { return false }          // an initial
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count == 1 }) { return false }  // U.S.
        return true
    }
}
