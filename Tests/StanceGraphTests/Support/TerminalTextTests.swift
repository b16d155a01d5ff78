import Testing
@testable import StanceGraph

@Suite struct TerminalTextTests {
    /// One row per class of character: what goes in, what a terminal is shown.
    @Test(arguments: [
        // C0 controls: NUL, BEL, backspace, ESC (the start of every escape sequence), CR.
        ("a\u{0}b", #"a\u{0}b"#),
        ("bell\u{7}", #"bell\u{7}"#),
        ("back\u{8}space", #"back\u{8}space"#),
        ("\u{1B}[31mred\u{1B}[0m", #"\u{1B}[31mred\u{1B}[0m"#),
        ("over\rwrite", #"over\u{D}write"#),
        // Tab and line feed in a name.
        ("a\tb", #"a\u{9}b"#),
        ("one\ntwo", #"one\u{A}two"#),
        // DEL and the C1 controls, CSI (0x9B) and NEL (0x85) among them.
        ("del\u{7F}", #"del\u{7F}"#),
        ("\u{9B}31m", #"\u{9B}31m"#),
        ("next\u{85}line", #"next\u{85}line"#),
        // Bidirectional embeddings, overrides and isolates: the Trojan Source characters.
        ("abc\u{202E}fed", #"abc\u{202E}fed"#),
        ("\u{202A}\u{202B}\u{202C}\u{202D}", #"\u{202A}\u{202B}\u{202C}\u{202D}"#),
        ("\u{2066}x\u{2067}\u{2068}\u{2069}", #"\u{2066}x\u{2067}\u{2068}\u{2069}"#),
        ("\u{200E}\u{200F}\u{61C}", #"\u{200E}\u{200F}\u{61C}"#),
        // Other invisible format characters (Cf): zero-width spaces and joiners, BOM, soft
        // hyphen, word joiner, tag characters.
        ("pu\u{200B}tin", #"pu\u{200B}tin"#),
        ("\u{200C}\u{200D}", #"\u{200C}\u{200D}"#),
        ("\u{FEFF}bom", #"\u{FEFF}bom"#),
        ("soft\u{AD}hyphen", #"soft\u{AD}hyphen"#),
        ("word\u{2060}joiner", #"word\u{2060}joiner"#),
        ("tag\u{E0041}", #"tag\u{E0041}"#),
        // Line and paragraph separators.
        ("a\u{2028}b\u{2029}c", #"a\u{2028}b\u{2029}c"#),
        // Left as they are: printable text in any script, combining marks, emoji, backslashes.
        ("Володимир Зеленський", "Володимир Зеленський"),
        ("وزارة الخارجية", "وزارة الخارجية"),
        ("e\u{301}te\u{301}", "e\u{301}te\u{301}"),
        ("peace 🕊️", "peace 🕊️"),
        (#"a \ backslash and \u{1B} typed out"#, #"a \ backslash and \u{1B} typed out"#),
    ])
    func escapesEveryClassOfInvisibleOrActiveCharacter(input: String, expected: String) {
        #expect(TerminalText.visible(input) == expected)
        // Idempotent: escaped text has nothing left to escape.
        #expect(TerminalText.visible(expected) == expected)
        #expect(!TerminalText.visible(input).unicodeScalars.contains { TerminalText.needsEscape($0) })
    }

    @Test func tabsAndLineFeedsStayOnlyWhenKept() {
        #expect(TerminalText.visible("a\tb\nc\rd", keeping: .tab) == "a\tb\\u{A}c\\u{D}d")
        #expect(TerminalText.visible("a\tb\nc\rd", keeping: .lineFeed) == "a\\u{9}b\nc\\u{D}d")
        #expect(TerminalText.visible("a\tb\nc\rd", keeping: [.tab, .lineFeed]) == "a\tb\nc\\u{D}d")
    }

    @Test func columnsCountTheEscapesSoACaretLandsUnderTheRightCharacter() {
        let line = "label: \"\u{202E}abc\u{1B}x\""
        // The caret for the `x` (scalar 14, 1-based) sits after `\u{202E}` (8 columns), `abc`
        // and `\u{1B}` (6 columns).
        let shown = TerminalText.visible(line)
        let columns = TerminalText.visibleColumns(line, upTo: 13)
        #expect(Array(shown)[columns] == "x")
        // A combining mark takes no column of its own.
        #expect(TerminalText.visibleColumns("e\u{301}x", upTo: 2) == 1)
    }

    /// Columns before the last scalar of each line: wide characters take two, as terminals draw them.
    @Test(arguments: [
        ("abcx", 3),
        ("Путинx", 5),          // Cyrillic: one column each
        ("習近平x", 6),           // CJK ideographs: two each
        ("평화x", 4),            // Hangul syllables
        ("ＡＢx", 4),            // fullwidth Latin
        ("peace 🕊x", 7),        // U+1F54A has no emoji presentation by default: one column
        ("🇺🇦x", 4),             // a flag: two regional indicators shown as emoji
        ("😀\u{301}x", 2),       // an emoji, and a combining mark that takes none
        ("かな\u{202E}x", 12),    // wide characters, then an escape of eight columns
    ])
    func wideCharactersTakeTwoColumns(line: String, columns: Int) {
        #expect(TerminalText.visibleColumns(line, upTo: line.unicodeScalars.count - 1) == columns)
    }
}
