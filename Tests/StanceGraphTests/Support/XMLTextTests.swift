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
    /// Hostile text, with what the escaping routine gave before it worked on bytes
    /// (captured from the String-based routine it replaced): the output must not change.
    @Test(arguments: [
        ("", "", ""),
        ("plain", "plain", "plain"),
        ("<&>\"'", "&lt;&amp;&gt;\"'", "&lt;&amp;&gt;&quot;'"),
        ("a<b>c&d\"e'f", "a&lt;b&gt;c&amp;d\"e'f", "a&lt;b&gt;c&amp;d&quot;e'f"),
        ("&amp;&lt;", "&amp;amp;&amp;lt;", "&amp;amp;&amp;lt;"),
        ("]]>", "]]&gt;", "]]&gt;"),
        ("\u{0}", "\u{FFFD}", "\u{FFFD}"),
        ("nul\u{0}inside", "nul\u{FFFD}inside", "nul\u{FFFD}inside"),
        ("\u{1}\u{2}\u{8}\u{B}\u{C}\u{E}\u{1F}\u{7F}", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{7F}", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{7F}"),
        ("tab\u{9}here", "tab\u{9}here", "tab&#9;here"),
        ("lf\u{A}here", "lf\u{A}here", "lf&#10;here"),
        ("cr\u{D}here", "cr&#13;here", "cr&#13;here"),
        ("crlf\u{D}\u{A}", "crlf&#13;\u{A}", "crlf&#13;&#10;"),
        ("\u{9}\u{A}\u{D}", "\u{9}\u{A}&#13;", "&#9;&#10;&#13;"),
        ("bidi \u{202E}evil\u{202C} \u{2066}iso\u{2069}", "bidi \u{202E}evil\u{202C} \u{2066}iso\u{2069}", "bidi \u{202E}evil\u{202C} \u{2066}iso\u{2069}"),
        ("zw\u{200B}\u{200D}\u{FEFF}", "zw\u{200B}\u{200D}\u{FEFF}", "zw\u{200B}\u{200D}\u{FEFF}"),
        ("flags \u{1F1FA}\u{1F1E6}\u{1F1F7}\u{1F1FA}\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}", "flags \u{1F1FA}\u{1F1E6}\u{1F1F7}\u{1F1FA}\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}", "flags \u{1F1FA}\u{1F1E6}\u{1F1F7}\u{1F1FA}\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}"),
        ("emoji \u{1F469}\u{1F3FD}\u{200D}\u{1F4BB} \u{1F54A}\u{FE0F}", "emoji \u{1F469}\u{1F3FD}\u{200D}\u{1F4BB} \u{1F54A}\u{FE0F}", "emoji \u{1F469}\u{1F3FD}\u{200D}\u{1F4BB} \u{1F54A}\u{FE0F}"),
        ("Путін \u{AB}мир\u{BB} \u{2014} \u{201C}quotes\u{201D}", "Путін \u{AB}мир\u{BB} \u{2014} \u{201C}quotes\u{201D}", "Путін \u{AB}мир\u{BB} \u{2014} \u{201C}quotes\u{201D}"),
        ("\u{FFFE}\u{FFFF}\u{FFFD}", "\u{FFFD}\u{FFFD}\u{FFFD}", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("\u{EFBF}xï", "\u{EFBF}xï", "\u{EFBF}xï"),
        ("\u{FFFF}", "\u{FFFD}", "\u{FFFD}"),
        ("end\u{FFFE}", "end\u{FFFD}", "end\u{FFFD}"),
        ("\u{85} nel \u{2028} ls \u{2029} ps", "\u{85} nel \u{2028} ls \u{2029} ps", "\u{85} nel \u{2028} ls \u{2029} ps"),
        ("\u{10FFFF}\u{E000}\u{D7FF}", "\u{10FFFF}\u{E000}\u{D7FF}", "\u{10FFFF}\u{E000}\u{D7FF}"),
        ("é (e\u{301})", "é (e\u{301})", "é (e\u{301})"),
        ("ﾾ\u{FFFC}\u{FFFD}\u{EFFF}\u{F000}", "ﾾ\u{FFFC}\u{FFFD}\u{EFFF}\u{F000}", "ﾾ\u{FFFC}\u{FFFD}\u{EFFF}\u{F000}"),
        ("ends with EF-lead \u{F8FF}", "ends with EF-lead \u{F8FF}", "ends with EF-lead \u{F8FF}"),
        ("mixed <tag attr=\"v\">&\u{0}\u{D}\u{A}\u{9}\u{202E}\u{1F1FA}\u{1F1E6}</tag>", "mixed &lt;tag attr=\"v\"&gt;&amp;\u{FFFD}&#13;\u{A}\u{9}\u{202E}\u{1F1FA}\u{1F1E6}&lt;/tag&gt;", "mixed &lt;tag attr=&quot;v&quot;&gt;&amp;\u{FFFD}&#13;&#10;&#9;\u{202E}\u{1F1FA}\u{1F1E6}&lt;/tag&gt;"),
    ])
    func hostileTextEscapesAsBefore(input: String, text: String, attribute: String) {
        #expect(XMLText.escaped(input) == text)
        #expect(XMLText.escapedAttribute(input) == attribute)
        var bytes = UTF8Buffer()
        XMLText.appendEscaped(input, to: &bytes)
        #expect(bytes.string == text)
        bytes = UTF8Buffer()
        XMLText.appendEscaped(input, to: &bytes, inAttribute: true)
        #expect(bytes.string == attribute)
        // Escaping a value already written into the buffer, after other text, gives the same.
        for inAttribute in [false, true] {
            var tail = UTF8Buffer()
            tail.append("<a>")
            tail.append(input)
            XMLText.escapeTail(of: &tail, from: 3, inAttribute: inAttribute)
            #expect(tail.string == "<a>" + (inAttribute ? attribute : text))
        }
    }
}
