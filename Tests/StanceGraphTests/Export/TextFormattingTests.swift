import Testing
@testable import StanceGraph

@Suite struct TextFormattingTests {
    @Test(arguments: [([], ""), (["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a, b and c")] as [([String], String)])
    func listsInEnglish(items: [String], text: String) {
        #expect(TextFormatting.list(items) == text)
    }

    /// The two ways of shortening differ on purpose: diagnostics cut exactly, listings at a word.
    @Test func truncatingCutsExactlyAndShorteningCutsAtAWord() {
        let text = "We are ready for a ceasefire, but only on our terms"
        #expect(TextFormatting.truncate(text, to: 32) == "We are ready for a ceasefire, b…")
        #expect(TextFormatting.shortenAtWord(text, to: 32) == "We are ready for a ceasefire…")
        #expect(TextFormatting.truncate("short", to: 5) == "short")
        #expect(TextFormatting.shortenAtWord("short", to: 5) == "short")
    }

    @Test func numbersAndMonths() {
        #expect(TextFormatting.number(1) == "1.0")
        #expect(TextFormatting.number(0.25) == "0.25")
        #expect(TextFormatting.number(.nan) == "NaN")
        #expect(TextFormatting.monthName(2) == "February")
        #expect(TextFormatting.monthName(13) == "month 13")
    }

    @Test(arguments: [(0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (12_345, "12,345"), (1_234_567, "1,234,567"), (-4_500, "-4,500")])
    func countsAreGroupedByThousands(number: Int, text: String) {
        #expect(TextFormatting.grouped(number) == text)
    }

    @Test func countedNounsArePluralUnlessOne() {
        #expect(TextFormatting.counted(1, "edge") == "1 edge")
        #expect(TextFormatting.counted(0, "edge") == "0 edges")
        #expect(TextFormatting.counted(5_000, "edge") == "5,000 edges")
    }
}
