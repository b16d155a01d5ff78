import Foundation
import StanceGraph
import Testing
@testable import StanceGraphRender

/// Text from real statements: quotes, backslashes, newline escapes, Cyrillic, emoji, right-to-left
/// scripts and entities, written as the DOT encoder writes them (`&` as `&amp;`).
let hostileDOT = #"""
    digraph "заявления «2024»" {
      node [shape=box];
      cyr [id="node-cyr", label="Владимир \"В.\" Путин", tooltip="Quote: \"peace\" & war", URL="https://example.org/a?x=1&amp;y=2"];
      emoji [id="node-emoji", label="Peace 🕊️ now\nsecond line"];
      rtl [id="node-rtl", label="سلام שלום"];
      amp [id="node-amp", label="Tom &amp; Jerry <tag> back\\slash"];
      "узел \"1\"" [id="node-quoted"];
      cyr -> emoji [id="edge-1", label="«мир» ☮"];
      emoji -> rtl [id="edge-2"];
      rtl -> amp [id="edge-3"];
      amp -> "узел \"1\"" [id="edge-4"];
    }
    """#

@Suite struct HostileTextTests {
    @Test func svgIsValidUTF8WithTheTextEscaped() throws {
        let diagram = try GraphvizRenderer.render(dot: hostileDOT, format: .svg, engine: .dot)
        #expect(diagram.warnings.isEmpty)
        let text = try #require(String(bytes: diagram.bytes, encoding: .utf8), "SVG is not valid UTF-8")
        #expect(text.contains("Владимир &quot;В.&quot; Путин"))
        #expect(text.contains("Tom &amp; Jerry &lt;tag&gt; back\\slash"))
        #expect(text.contains(#"xlink:title="Quote: &quot;peace&quot; &amp; war""#))
        #expect(text.contains("Peace 🕊️ now"))
        #expect(text.contains("سلام שלום"))
    }

    @Test func svgReadsBackAsTheOriginalText() throws {
        let svg = try SVGDocument.parse(try GraphvizRenderer.render(dot: hostileDOT, format: .svg, engine: .dot).bytes)
        #expect(svg.group(id: "graph0")?.title == "заявления «2024»")

        let cyr = try #require(svg.group(id: "node-cyr"))
        #expect(cyr.texts == [#"Владимир "В." Путин"#])
        let link = try #require(cyr.allElements.first { $0.name == "a" })
        #expect(link.attributes["xlink:title"] == #"Quote: "peace" & war"#)
        #expect(link.attributes["xlink:href"] == "https://example.org/a?x=1&y=2")

        #expect(svg.group(id: "node-emoji")?.texts == ["Peace 🕊️ now", "second line"])
        #expect(svg.group(id: "node-rtl")?.texts == ["سلام שלום"])
        #expect(svg.group(id: "node-amp")?.texts == [#"Tom & Jerry <tag> back\slash"#])
        #expect(svg.group(id: "node-quoted")?.title == #"узел "1""#)
        #expect(svg.group(id: "edge-1")?.texts == ["«мир» ☮"])
        #expect(svg.group(id: "edge-4")?.title == #"amp->узел "1""#)
    }

    @Test(arguments: [DiagramFormat.png, .pdf])
    func rasterAndPDFRenderTheSameText(format: DiagramFormat) throws {
        let diagram = try GraphvizRenderer.render(dot: hostileDOT, format: format, engine: .dot)
        #expect(diagram.warnings.isEmpty)
        #expect(diagram.bytes.count > 1_000)
    }

    @Test func countsSeeEveryHostileNode() throws {
        #expect(try GraphvizRenderer.counts(dot: hostileDOT) == (5, 4))
    }
}
