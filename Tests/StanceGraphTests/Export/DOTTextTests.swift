import Foundation
import Testing
@testable import StanceGraph

@Suite struct DOTTextTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        (#"ends in a backslash\"#, #""ends in a backslash\\""#),
        (#"\N is not the node name, \n not a newline"#, #""\\N is not the node name, \\n not a newline""#),
        ("line one\nline two", #""line one\nline two""#),
        ("windows\r\nline", #""windows\nline""#),
        ("old mac\rline", #""old mac\nline""#),
        ("tab\there", #""tab here""#),
        ("{braces} [brackets] |pipes|", #""{braces} [brackets] |pipes|""#),
        ("<script>alert(1)</script>", #""&lt;script&gt;alert(1)&lt;/script&gt;""#),
        ("A & B", #""A &amp; B""#),
        ("&amp; stays literal", #""&amp;amp; stays literal""#),
        ("&#60; too", #""&amp;#60; too""#),
        ("Зеленський, Путин", #""Зеленський, Путин""#),
        ("🕊️ 👨‍👩‍👧‍👦 🇺🇦", #""🕊️ 👨‍👩‍👧‍👦 🇺🇦""#),
        ("وزارة الخارجية / משרד החוץ", #""وزارة الخارجية / משרד החוץ""#),
        ("bell\u{7}nul\u{0}del\u{7F}c1\u{85}end", #""bellnuldelc1\nend""#),
        ("separator\u{2028}here", #""separator\nhere""#),
        ("non\u{FFFE}character", #""noncharacter""#),
        ("", #""""#),
    ])
    func quotesAnyText(input: String, expected: String) {
        #expect(DOTText.quoted(input) == expected)
    }

    /// Noncharacters (U+FDD0–FDEF, U+xFFFE/xFFFF) are dropped; their neighbours are kept.
    @Test func dropsEveryNoncharacter() {
        func text(_ values: [UInt32]) -> String { String(String.UnicodeScalarView(values.map { Unicode.Scalar($0)! })) }
        #expect(DOTText.quoted(text([0x61, 0xFDD0, 0x62, 0xFDEF, 0x63, 0x1FFFF, 0x64, 0x10FFFE, 0x65])) == #""abcde""#)
        #expect(DOTText.quoted(text([0xFDCF, 0xFDF0, 0xFFFD, 0xFFFC])) == "\"" + text([0xFDCF, 0xFDF0, 0xFFFD, 0xFFFC]) + "\"")
    }

    @Test(arguments: [
        ("Vladimir Putin", 30, 3, ["Vladimir Putin"]),
        ("Ceasefire on the current front lines", 30, 3, ["Ceasefire on the current front", "lines"]),
        ("a b c d e f g h i j", 3, 3, ["a b", "c d", "e…"]),
        ("line\nbreaks   and\t tabs", 30, 3, ["line breaks and tabs"]),
        ("abcdefghij", 4, 3, ["abcd", "efgh", "ij"]),
        ("abcdefghijklmnop", 4, 3, ["abcd", "efgh", "ijk…"]),
        ("Володимир Олександрович Зеленський", 12, 3, ["Володимир", "Олександрови", "ч Зеленський"]),
        ("👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦", 2, 3, ["👨‍👩‍👧‍👦👨‍👩‍👧‍👦", "👨‍👩‍👧‍👦"]),
        ("   ", 30, 3, []),
    ])
    func wrapsLabels(text: String, width: Int, lines: Int, expected: [String]) {
        #expect(DOTText.wrap(text, width: width, maxLines: lines) == expected)
    }

    @Test func wrappedLinesNeverExceedTheWidth() {
        let text = String(repeating: "word ", count: 40) + String(repeating: "x", count: 100)
        let lines = DOTText.wrap(text)
        #expect(lines.count == DOTText.labelMaximumLines)
        #expect(lines.allSatisfy { $0.count <= DOTText.labelLineWidth })
        #expect(lines.last!.hasSuffix("…"))
    }

    @Test func tooltipsAreCappedByCharactersAndBytes() {
        let long = DOTText.quotedTooltip(String(repeating: "é", count: 5_000))
        #expect(long.count == DOTText.tooltipMaximumCharacters + 3)
        #expect(long.hasSuffix("…\""))
        let entities = DOTText.quotedTooltip(String(repeating: "&", count: 5_000))
        #expect(entities.hasPrefix("\"&amp;&amp;") && entities.count == 5 * DOTText.tooltipMaximumCharacters + 3)
        let flags = DOTText.quotedTooltip(String(repeating: "🇺🇦", count: 5_000))
        #expect(flags.utf8.count <= DOTText.tooltipMaximumBytes + 4)
        #expect(flags.utf8.count > DOTText.tooltipMaximumBytes - 10)
        #expect(flags.hasSuffix("…\""))
        let zalgo = "Z" + String(repeating: "\u{0301}", count: 10_000)
        #expect(DOTText.quotedTooltip(zalgo).unicodeScalars.count == DOTText.maximumScalarsPerCharacter + 2)
    }

    /// A tooltip short enough to need no cut is escaped whole, without splitting it into
    /// characters; it must read exactly as the character-by-character path writes it.
    @Test(arguments: [
        "", "plain", "Kuleba: \"phony signals\" & <more>", "line\r\nbreak\rand\nmore\u{85}x\u{2028}y", "tab\there\u{7}\u{9F}\u{FFFE}",
        "🇺🇦 слава україні, 👨‍👩‍👧‍👦 family, 1️⃣ keycap", "Z\u{0301}\u{0302}\u{0303} e\u{301}", "\\N \\G \\L",
        String(repeating: "&", count: DOTText.tooltipMaximumCharacters),
        String(repeating: "слава ", count: DOTText.tooltipMaximumCharacters / 11),
        "a" + String(repeating: "\u{0301}", count: DOTText.maximumScalarsPerCharacter - 1),
    ])
    func shortTooltipsAreEscapedWhole(text: String) {
        #expect(DOTText.fitsTooltipWhole(text))
        #expect(DOTText.quotedTooltip(text) == DOTText.quotedTooltipByCharacter(text))
    }

    @Test(arguments: [
        String(repeating: "a", count: DOTText.tooltipMaximumCharacters + 1),
        "a" + String(repeating: "\u{0301}", count: DOTText.maximumScalarsPerCharacter),
        String(repeating: "🇺🇦", count: 8),
    ])
    func tooltipsThatMayNeedACutGoCharacterByCharacter(text: String) {
        #expect(!DOTText.fitsTooltipWhole(text))
    }

    @Test(arguments: [
        ("https://example.org/a?b=1&c=2", #""https://example.org/a?b=1&amp;c=2""#),
        ("https://example.org/a b\"c<d>e\\f", #""https://example.org/a%20b%22c%3Cd%3Ee%5Cf""#),
        ("https://пример.рф/ü", #""https://%D0%BF%D1%80%D0%B8%D0%BC%D0%B5%D1%80.%D1%80%D1%84/%C3%BC""#),
    ])
    func encodesLinks(url: String, expected: String) {
        #expect(DOTText.quotedURL(url) == expected)
    }

    @Test(arguments: [
        ("https://example.org", true), ("HTTP://EXAMPLE.ORG/x", true), ("https://ex.org/a b", true),
        ("javascript:alert(1)", false), ("JavaScript:alert(1)", false), ("data:text/html,x", false),
        ("file:///etc/passwd", false), ("ftp://example.org", false), ("https:///path", false), ("https://", false),
        (" https://example.org", false), ("https://example.org/\u{7}", false), ("//example.org", false),
    ])
    func linksOnlyToWebURLs(url: String, safe: Bool) {
        #expect(ExportValues.isWebURL(url) == safe)
    }

    @Test(arguments: [("west \"quoted\" & <odd>", "west-quoted-odd"), ("Russia", "russia"), ("Україна", "x"), ("a--b__c", "a-b__c")])
    func makesClassTokens(text: String, token: String) {
        #expect(DOTText.classToken(text) == token)
    }
}
