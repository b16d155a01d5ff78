import Foundation
import Testing
@testable import StanceGraph

@Suite struct SourceTextTests {
    @Test(arguments: [
        // (text, quote, found)
        ("He called it “not serious” twice.", #"called it "not serious" twice"#, true),
        (#"He called it "not serious" twice."#, "called it “not serious” twice", true),
        ("„Nein“, sagte er; «non», dit-elle", #""Nein", sagte er; "non", dit-elle"#, true),
        ("Putin’s ‘freeze’ and Kyiv‚s ‹plan› at 5′", "Putin's 'freeze' and Kyiv's 'plan' at 5'", true),
        ("a ceasefire – to freeze — the war − now", "a ceasefire - to freeze - the war - now", true),
        ("non\u{2011}negotiable", "non-negotiable", true),
        ("talks\nwould   resume\t after\u{00A0}a pause", "talks would resume after a pause", true),
        ("the war", "  the   war \n", true),
        ("a cafe\u{0301} in Kyiv", "a café in Kyiv", true),
        ("\u{FEFF}First words of the file", "First words", true),
        // Letters, case and other punctuation still count.
        ("Putin is ready", "putin is ready", false),
        ("the war, he said", "the war. he said", false),
        ("ready to end the war", "ready to end war", false),
        ("ready", "ready to end", false),
    ])
    func normalisesBeforeComparing(text: String, quote: String, found: Bool) {
        #expect(SourceText(text).contains(quote) == found)
    }

    @Test func normalisedFormIsOneLineOfPlainPunctuation() {
        #expect(SourceText.normalizedString("  “A” — ‘b’\n\n c  ") == #""A" - 'b' c"#)
    }

    @Test(arguments: [
        ("aaab", "aab", 1), ("abcabd", "abd", 3), ("xyz", "xyz", 0), ("xy", "xyz", nil), ("ababababc", "ababc", 4),
    ] as [(String, String, Int?)])
    func findsTheFirstOccurrence(haystack: String, needle: String, index: Int?) {
        #expect(SourceText.firstOccurrence(of: Array(needle.utf8), in: Array(haystack.utf8)) == index)
    }

    @Test(arguments: [
        // (quote with a slip, the passage shown)
        ("Putin is also redy for a ceasefire", "Putin is also ready for a ceasefire"),
        ("Putin is also ready for a cesefire", "Putin is also ready for a ceasefire"),
        ("ready for a ceasefire – to ‘freze’ the war", "ready for a ceasefire - to 'freeze' the war"),
        ("the war,” said the fifth source", #"the war," said the fourth source"#),
    ])
    func showsTheClosestPassage(quote: String, passage: String) throws {
        let text = SourceText("“Putin can fight as long as he wants, but Putin is also ready for a ceasefire – to ‘freeze’ the war,” said the fourth source.")
        #expect(!text.contains(quote))
        #expect(try #require(text.closestPassage(to: quote)).text == passage)
    }

    @Test func offersNoPassageForWordsThatAreNotThere() {
        let text = SourceText("Putin is also ready for a ceasefire, said the fourth source.")
        #expect(text.closestPassage(to: "The summit aims to unify global opinion on ending the war") == nil)
    }

    /// A text far over the exhaustive budget: the seeded search must find the passage, and quickly.
    @Test(.timeLimit(.minutes(1)))
    func findsThePassageInALargeText() throws {
        var words: [String] = []
        var state: UInt64 = 42
        let vocabulary = ["the", "war", "talks", "front", "line", "said", "source", "Kremlin", "Kyiv", "ceasefire",
                          "freeze", "sanctions", "advance", "region", "officials", "report", "week", "ready"]
        for _ in 0..<150_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            words.append(vocabulary[Int(state >> 33) % vocabulary.count])
        }
        let passage = "Peskov said there can be no case of returning the four regions that are now permanently part of Russia"
        words.insert(passage, at: 97_531)
        let text = SourceText(words.joined(separator: " "))
        let quote = "Peskov said there can be no case of returning the four regoins that are now permanently part of Russia"
        #expect(text.normalized.count * quote.utf8.count > SourceText.exhaustiveBudget)
        #expect(!text.contains(quote))
        let found = try #require(text.closestPassage(to: quote))
        #expect(found.text == passage)
        #expect(found.distance == 2)
    }
}
