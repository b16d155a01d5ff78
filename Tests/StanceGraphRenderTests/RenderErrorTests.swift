import StanceGraph
import Testing
@testable import StanceGraphRender

@Suite struct RenderErrorTests {
    /// Graphviz's parse error, or a test failure if `dot` parsed.
    private func parseMessage(_ dot: String) -> String? {
        do {
            _ = try GraphvizRenderer.counts(dot: dot)
            Issue.record("Expected a parse error")
        } catch {
            guard case let .parse(message) = error else {
                Issue.record("Expected .parse, got \(error)")
                return nil
            }
            return message
        }
        return nil
    }

    @Test(arguments: [
        ("digraph {\n  a -> b\n  c -> -> d\n}", "syntax error in line 3 near '->'"),
        ("digraph {\n  a -> b", "syntax error in line 2"),
        ("digraph { a -- b }", "syntax error in line 1 near '--'"),
        ("digraph { a [label=\"open }", "syntax error in line 1 scanning a quoted string"),
    ])
    func syntaxErrorsGiveGraphvizsMessageWithTheLine(dot: String, expected: String) {
        #expect(parseMessage(dot)?.hasPrefix(expected) == true)
    }

    @Test func renderReportsParseErrorsAsParse() {
        #expect(throws: RenderError.parse(message: "syntax error in line 2 near '}'")) {
            try GraphvizRenderer.render(dot: "digraph { a ->\n}", format: .svg, engine: .dot)
        }
    }

    @Test func lineNumbersStartAgainForEachInput() throws {
        _ = try GraphvizRenderer.counts(dot: "digraph {\n\n\n\n a -> b\n\n}\n\n")
        #expect(parseMessage("digraph {\n a -> -> b }") == "syntax error in line 2 near '->'")
    }

    /// `dot` and `agmemread` refuse a quoted string over 16,384 bytes ("missing endquote? longer
    /// than 16384?"); the renderer's reader hands the lexer whole chunks, and the text survives.
    @Test(arguments: [17_000, 100_000])
    func quotedStringsLongerThanTheCommandLinesLimitParseWhole(length: Int) throws {
        let label = String(repeating: "y", count: length - 1) + "z"
        let diagram = try GraphvizRenderer.render(dot: #"digraph { a [label="\#(label)"] }"#, format: .svg, engine: .dot)
        #expect(try SVGDocument.parse(diagram.bytes).group(id: "node1")?.texts == [label])
    }

    @Test(arguments: [
        ("digraph { a -> b } garbage", "syntax error in line 1 near 'garbage'"),
        ("digraph { a -> b }\n\n}\n", "syntax error in line 3 near '}'"),
        ("digraph { a -> b }\ndigraph { c }", "The DOT text holds 2 graphs; only one can be rendered."),
        ("", "The DOT text contains no graph."),
        (" \n\t// only a comment\n", "The DOT text contains no graph."),
        ("digraph { a }\u{0}digraph { b }", "The DOT text contains a NUL byte at offset 13."),
    ])
    func whatFollowsTheGraphIsCheckedNotDropped(dot: String, expected: String) {
        #expect(parseMessage(dot) == expected)
    }

    @Test func nothingOfOneInputIsLeftForTheNext() throws {
        // cgraph's lexer keeps unread input between reads; each parse must consume its own.
        _ = parseMessage("digraph { a } digraph { left_over -> x -> y }")
        #expect(try GraphvizRenderer.counts(dot: "digraph { only }") == (1, 0))
        _ = parseMessage("digraph { a } }")
        #expect(try GraphvizRenderer.counts(dot: "digraph { p -> q }") == (2, 1))
        _ = parseMessage("digraph { a -> -> b } digraph { after_the_error -> x }")
        #expect(try GraphvizRenderer.counts(dot: "graph { u -- v -- w }") == (3, 2))
    }

    /// Two nodes side by side, each wider than dot's 65,535-point limit on an edge length.
    static let overwideDOT = {
        let label = String(repeating: "x", count: 16_000)
        return #"digraph { a [label="\#(label)"]; b [label="\#(label)"]; {rank=same; a; b} }"#
    }()

    @Test func anImpossibleLayoutIsALayoutErrorNotACrash() throws {
        #expect {
            try GraphvizRenderer.render(dot: Self.overwideDOT, format: .svg, engine: .dot)
        } throws: { error in
            guard case let .layout(engine, message) = error as? RenderError else { return false }
            return engine == .dot && message.hasPrefix("Edge length") && message.contains("larger than maximum 65535 allowed.")
        }
        // And Graphviz is still usable afterwards.
        let diagram = try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .svg, engine: .dot)
        #expect(try SVGDocument.parse(diagram.bytes).group(id: "edge1")?.title == "a->b")
    }

    @Test func anUnknownEngineIsALayoutErrorWithGraphvizsList() throws {
        let error = try #require(throws: RenderError.self) {
            try GraphvizGate.shared.withSession { session throws(RenderError) in
                var warnings: [String] = []
                _ = try session.context()
                let graph = try session.parse("digraph { a -> b }", warnings: &warnings)
                return try session.render(graph, format: .svg, formatName: "svg", engine: .dot, engineName: "nosuch", warnings: &warnings)
            }
        }
        guard case let .layout(_, message) = error else { Issue.record("Expected .layout, got \(error)"); return }
        #expect(message.hasPrefix(#"Layout type: "nosuch" not recognized. Use one of:"#))
        #expect(message.contains(" dot ") && message.contains(" sfdp "))
    }

    @Test func anUnknownFormatIsARenderError() throws {
        let error = try #require(throws: RenderError.self) {
            try GraphvizGate.shared.withSession { session throws(RenderError) in
                var warnings: [String] = []
                _ = try session.context()
                let graph = try session.parse("digraph { a -> b }", warnings: &warnings)
                return try session.render(graph, format: .svg, formatName: "nosuch", engine: .dot, engineName: "dot", warnings: &warnings)
            }
        }
        guard case let .render(format, message) = error else { Issue.record("Expected .render, got \(error)"); return }
        #expect(format == .svg)
        #expect(message.contains("nosuch"))
    }

    @Test func inputAboveTheLimitIsRefusedBeforeGraphvizSeesIt() {
        let limit = GraphvizRenderer.maximumDOTBytes
        let dot = "digraph { a }" + String(repeating: " ", count: limit)
        #expect(throws: RenderError.inputTooLarge(bytes: limit + 13, limit: limit)) {
            try GraphvizRenderer.render(dot: dot, format: .svg, engine: .sfdp)
        }
        #expect(throws: RenderError.inputTooLarge(bytes: limit + 13, limit: limit)) {
            try GraphvizRenderer.counts(dot: dot)
        }
    }

    @Test(arguments: [
        (RenderError.parse(message: "syntax error in line 1 near '--'"),
         "syntax error in line 1 near '--'", "Graphviz could not parse the DOT text: syntax error in line 1 near '--'"),
        (.layout(engine: .dot, message: "Edge length 1.0 larger than maximum 65535 allowed."),
         "Edge length 1.0 larger than maximum 65535 allowed.",
         #"Graphviz could not lay out the graph with "dot": Edge length 1.0 larger than maximum 65535 allowed."#),
        (.render(format: .pdf, message: "renderer for pdf is unavailable"),
         "renderer for pdf is unavailable", #"Graphviz could not render "pdf": renderer for pdf is unavailable"#),
        (.inputTooLarge(bytes: 10, limit: 5),
         "The DOT text is 10 bytes; the limit is 5 bytes.", "Graphviz was not run: The DOT text is 10 bytes; the limit is 5 bytes."),
    ])
    func errorsReadAsSentences(error: RenderError, message: String, description: String) {
        #expect(error.message == message)
        #expect(error.description == description)
    }
}
