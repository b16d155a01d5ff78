import Testing
@testable import StanceGraph

@Suite struct SentenceSplitterTests {
    static let cases: [(text: String, sentences: [String])] = [
        ("Putin spoke. Peskov agreed.", ["Putin spoke.", "Peskov agreed."]),
        ("The U.S. and its allies said no. Kyiv agreed.", ["The U.S. and its allies said no.", "Kyiv agreed."]),
        ("Mr. Peskov said so. Dr. Smith did not.", ["Mr. Peskov said so.", "Dr. Smith did not."]),
        ("J. R. Smith said it was over. Nobody agreed.", ["J. R. Smith said it was over.", "Nobody agreed."]),
        ("Russia holds 18.5 percent of Ukraine. Kyiv wants it back.", ["Russia holds 18.5 percent of Ukraine.", "Kyiv wants it back."]),
        ("“We are ready for discussions. We never refused,” Putin said in China. Then he left.",
         ["“We are ready for discussions. We never refused,” Putin said in China.", "Then he left."]),
        ("“Russia will push further.” The source said so.", ["“Russia will push further.”", "The source said so."]),
        ("He said: \"No. Never.\" Then silence.", ["He said: \"No. Never.\"", "Then silence."]),
        ("Talks begin on Jan. 5 in Geneva. Both sides attend.", ["Talks begin on Jan. 5 in Geneva.", "Both sides attend."]),
        ("Is it over? No! It goes on.", ["Is it over?", "No!", "It goes on."]),
        ("Conversations in Switzerland\nUkraine is preparing for talks.", ["Conversations in Switzerland", "Ukraine is preparing for talks."]),
        ("the sentence ends here. and this is lowercase.", ["the sentence ends here. and this is lowercase."]),
    ]

    @Test(arguments: cases.indices)
    func splits(_ index: Int) {
        let (text, expected) = Self.cases[index]
        #expect(SentenceSplitter.split(text).map(\.text) == expected)
    }

    @Test func rangesPointAtTheSentences() {
        let text = "First one. Second one.\nThird one."
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.map { String(text[$0.range]) } == sentences.map(\.text))
        #expect(sentences.map(\.paragraph) == [0, 0, 1])
    }
}
