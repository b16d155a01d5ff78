/// Text from an input made safe to print to a terminal.
///
/// A graph file is untrusted: a label may carry an escape sequence that recolours, moves the
/// cursor or retitles the terminal (ESC, CSI 0x9B), rings the bell, or a bidirectional override
/// that shows a name backwards (the "Trojan Source" trick), or an invisible character that makes
/// two different names look the same. Every such character is shown as a visible escape in
/// Swift's notation, `\u{1B}`, `\u{202E}`, so that what is printed is what the file holds.
///
/// Shown escaped:
/// - C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls (U+0080–U+009F): category Cc;
/// - format characters, category Cf: the bidirectional embeddings, overrides and isolates
///   (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C), zero-width spaces
///   and joiners (U+200B–U+200D, U+2060), the byte-order mark U+FEFF, the soft hyphen U+00AD,
///   tag characters (U+E0001, U+E0020–U+E007F) and the rest of Cf;
/// - the line and paragraph separators U+2028 and U+2029 (categories Zl, Zp).
///
/// Tab and line feed are escaped too unless the caller keeps them (`keeping`): a name or id is
/// one line, so both are escaped there, while the quote of a text answer keeps its tabs (they
/// are the speaker's whitespace and harmless), and a whole multi-line message keeps its line
/// feeds. Carriage return is always escaped: it would let the text after it overwrite the line.
///
/// Everything is left as it is; a backslash is not escaped, so `visible` is idempotent
/// (escaping escaped text changes nothing) and can be applied again at an outer layer. The
/// price is that a literal `\u{1B}` in the input reads the same as an escaped ESC.
///
/// Files stancegraph writes (exports, JSON) keep the exact text; this is for terminals only.
public enum TerminalText {
    /// Characters a caller may let through unescaped.
    public struct Kept: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// U+0009.
        public static let tab = Kept(rawValue: 1)
        /// U+000A.
        public static let lineFeed = Kept(rawValue: 2)
    }

    /// `text` with every character that a terminal would act on, or that is invisible, shown as `\u{…}`.
    public static func visible(_ text: String, keeping kept: Kept = []) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keeping: kept) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keeping: kept) {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `\u{1B}`: uppercase hexadecimal, no leading zeros, as Swift writes it.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// Whether `visible` shows `scalar` as an escape.
    public static func needsEscape(_ scalar: Unicode.Scalar, keeping kept: Kept = []) -> Bool {
        let value = scalar.value
        if value < 0x20 {
            if value == 0x09 { return !kept.contains(.tab) }
            if value == 0x0A { return !kept.contains(.lineFeed) }
            return true
        }
        if value < 0x7F { return false }
        if value <= 0x9F { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// How many terminal columns the first `scalars` Unicode scalars of `line` take once made
    /// visible: where a caret goes under the column a diagnostic names. Combining marks take
    /// none, wide characters (East Asian wide and fullwidth, emoji shown as emoji) two, every
    /// other scalar one, as terminals draw them.
    public static func visibleColumns(_ line: String, upTo scalars: Int, keeping kept: Kept = []) -> Int {
        var columns = 0
        for scalar in line.unicodeScalars.prefix(scalars) {
            if needsEscape(scalar, keeping: kept) {
                columns += escape(scalar).unicodeScalars.count
            } else {
                columns += width(of: scalar)
            }
        }
        return columns
    }

    /// The terminal columns one printable scalar takes: 0, 1 or 2.
    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        let value = scalar.value
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt, in the
    /// coarse form terminal width tables use.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x2E80...0x303E,    // CJK radicals, Kangxi radicals, ideographic description, CJK symbols
        0x3041...0x33FF,    // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF,    // CJK unified ideographs extension A
        0x4E00...0x9FFF,    // CJK unified ideographs
        0xA000...0xA4CF,    // Yi
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE30...0xFE4F,    // CJK compatibility forms
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x20000...0x2FFFD,  // CJK extensions B to F, supplement
        0x30000...0x3FFFD,  // CJK extension G and later
    ]
}
