import Foundation
import Testing
@testable import StanceGraph

@Suite struct XMLTextTests {
    @Test(arguments: [
        ("plain", "plain", "plain"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert('x')&lt;/script&gt;", "&lt;script&gt;alert('x')&lt;/script&gt;"),
        ("A & B &amp;", "A &amp; B &amp;amp;", "A &amp; B &amp;amp;"),
        (#"say "hi""#, #"say "hi""#, "say &quot;hi&quot;"),
        ("]]> end", "]]&gt; end", "]]&gt; end"),
        ("line\nbreak\ttab", "line\nbreak\ttab", "line&#10;break&#9;tab"),
        ("carriage\rreturn", "carriage&#13;return", "carriage&#13;return"),
        ("bell\u{7} nul\u{0} esc\u{1B}", "bell\u{FFFD} nul\u{FFFD} esc\u{FFFD}", "bell\u{FFFD} nul\u{FFFD} esc\u{FFFD}"),
        ("non\u{FFFE}char\u{FFFF}", "non\u{FFFD}char\u{FFFD}", "non\u{FFFD}char\u{FFFD}"),
        ("Путін 🕊️ وزارة", "Путін 🕊️ وزارة", "Путін 🕊️ وزارة"),
    ])
    func escapesTextAndAttributes(input: String, text: String, attribute: String) {
        #expect(XMLText.escaped(input) == text)
        #expect(XMLText.escapedAttribute(input) == attribute)
    }
}
