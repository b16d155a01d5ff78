import Testing
@testable import StanceGraph

/// The JSON fast path for edges (`JSONReader.readCleanEdge`) must give what the general path
/// gives: the same nodes, edges, locations and diagnostics, in the same order, for clean edges
/// and for every kind of edge it hands back to the general path.
@Suite struct JSONReaderCleanEdgeTests {
    private static let header = #"""
        {"version": 1, "nodes": [
          {"id": "kyiv", "kind": "actor", "label": "Київ 🇺🇦"},
          {"id": "moscow", "kind": "actor", "label": "Moscow"},
          {"id": "ceasefire", "kind": "position", "label": "Ceasefire"},
          {"id": "talks", "kind": "condition", "label": "Talks"},
          {"id": "src-1", "kind": "source", "label": "Source"}
        ],
        "edges": [
          {"id": "e-base", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "base"}]},

        """#
    private static let footer = "\n]}\n"

    /// Edges the fast path takes, and edges it must hand back (each with what makes it so).
    static let edges: [String] = [
        // Clean: every key, multibyte text before values, several records, dates of each precision.
        #"{"id": "e1", "type": "opposes", "from": "moscow", "to": "ceasefire", "provenance": [{"source": "src-1", "date": "2024-03-05", "attribution": "spokesperson", "quote": "«мир» 🕊️ < & >", "notes": "n"}, {"source": "src-1", "date": "2024-03", "attribution": "reporter-summary", "paraphrase": true, "passage": "p"}], "confidence": 0.25, "valid_from": "2024", "valid_until": "2025-01", "label": "l", "notes": "ø", "status": "candidate"}"#,
        // Clean, spread over lines with tabs and CRLF.
        "{\"id\": \"e2\",\r\n\t\"type\": \"demands\",\n  \"from\": \"kyiv\",\n\"to\": \"talks\" ,\"provenance\" : [ {\"source\":\"src-1\",\"attribution\":\"on-the-record\",\"quote\":\"q\"} ] , \"confidence\": 1}",
        // Clean: a structural edge with no provenance, an edge pointing at an edge.
        #"{"id": "e3", "type": "member-of", "from": "moscow", "to": "kyiv"}"#,
        #"{"id": "e4", "type": "doubts", "from": "moscow", "to": "e-base", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "doubt"}]}"#,
        // Clean, but the references dangle: the validator's messages keep their positions.
        #"{"id": "e5", "type": "supports", "from": "nobody", "to": "nothing", "provenance": [{"source": "src-9", "attribution": "on-the-record", "quote": "q"}]}"#,
        // Clean: an escaped quote (the table below has every escape).
        #"{"id": "e6", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "say \"no\""}]}"#,
        // Handed back: unknown or repeated keys, wrong types, values out of range.
        #"{"id": "e7", "type": "supports", "from": "kyiv", "to": "ceasefire", "weight": 2, "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "q"}]}"#,
        #"{"id": "e8", "type": "supports", "type": "opposes", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "q"}]}"#,
        #"{"id": "e9", "type": "suports", "from": "kyiv", "to": "ceasefire"}"#,
        #"{"id": "e10", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "date": "2024-13-01", "attribution": "on-the-record", "quote": "q"}]}"#,
        #"{"id": "e11", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "q"}], "confidence": 1.5}"#,
        #"{"id": "e12", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "q"}], "confidence": "0.5"}"#,
        #"{"id": "e13", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": []}"#,
        #"{"id": "e14", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "paraphrase": true}]}"#,
        #"{"id": "e15", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "  "}]}"#,
        #"{"id": "e16", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "q", "paraphrase": true, "passage": "p"}]}"#,
        #"{"id": "e17", "type": "supports", "from": "kyiv", "to": "ceasefire", "valid_from": "2025", "valid_until": "2024", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "q"}]}"#,
        #"{"id": "Bad Id", "type": "supports", "from": 42, "to": null, "provenance": null}"#,
        #"{"type": "supports", "from": "kyiv"}"#,
        #"{}"#,
        #"{"id": "e18", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "q", "paraphrase": "yes"}]}"#,
        #"{"id": "e19", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "q"},]}"#,
        #"{"id": "e20", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": {"source": "src-1"}}"#,
        #"{"id": "e21", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "q"}], "notes": ""# + String(repeating: "x", count: 10_001) + #""}"#,
        #"{"id": "e-base", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "again"}]}"#,
        // Clean: the longest attributions (matched as bytes), a quote that starts with spaces.
        #"{"id": "e22", "type": "reports", "from": "moscow", "to": "kyiv", "provenance": [{"source": "src-1", "attribution": "analyst-assessment", "quote": "  q"}, {"source": "src-1", "attribution": "anonymous-sources", "quote": "\u00a0q"}]}"#,
        // Handed back: a quote of no-break spaces, attributions one byte off.
        #"{"id": "e23", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "\u00a0 "}]}"#,
        #"{"id": "e24", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "analyst-assessments", "quote": "q"}]}"#,
        #"{"id": "e25", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-recorD", "quote": "q"}]}"#,
    ]

    /// Edges whose strings carry escapes, and whether the fast path takes them: it decodes
    /// valid escapes itself and hands back an invalid escape, a lone surrogate or a text that
    /// is too long or empty once decoded.
    static let escapedEdges: [(edge: String, fastPath: Bool)] = [
        (#"{"id": "x1", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "\"no\" means no"}]}"#, true),
        (#"{"id": "x2", "type": "member-of", "from": "moscow", "to": "kyiv", "label": "C:\\path\\to", "notes": "a\/b"}"#, true),
        (#"{"id": "x3", "type": "member-of", "from": "moscow", "to": "kyiv", "notes": "line\nnext\r\ttab\b\f", "label": "caf\u00e9 \u00E9"}"#, true),
        (#"{"id": "x4", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "flag \ud83c\uddfa\ud83c\udde6 «x»", "notes": "\u041a\u0438\u0457\u0432"}]}"#, true),
        // Escapes in ids, types and dates decode before they are checked, as the general path does them.
        (#"{"id": "x\u0035", "type": "supp\u006frts", "from": "ky\u0069v", "to": "ceasefire", "provenance": [{"source": "src\u002d1", "date": "2024\u002d03", "attribution": "on-the-record", "quote": "q"}]}"#, true),
        // Position and column counts after escapes and multibyte text on the same line.
        (#"{"label": "\u00e9\"é🇺🇦", "id": "x6", "type": "supports", "from": "kyiv", "to": "nowhere", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "\\"}]}"#, true),
        // As long as a text may be once decoded (10,001 bytes in the file).
        (#"{"id": "x7", "type": "member-of", "from": "moscow", "to": "kyiv", "notes": "\\"# + String(repeating: "x", count: 9_999) + #""}"#, true),
        // Handed back: decoded, the text is too long, the quote empty, the id no slug.
        (#"{"id": "x15", "type": "member-of", "from": "moscow", "to": "kyiv", "notes": "\\"# + String(repeating: "x", count: 10_000) + #""}"#, false),
        (#"{"id": "x16", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "\n\t"}]}"#, false),
        (#"{"id": "x\u0020y", "type": "member-of", "from": "moscow", "to": "kyiv"}"#, false),
        // Handed back: invalid escapes, lone or broken surrogates, bad hex, control characters,
        // no closing quote. Each is a syntax error that ends the document (the last, the rest of it).
        (#"{"id": "x8", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "bad \x escape"}]}"#, false),
        (#"{"id": "x9", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "lone \ud800 high"}]}"#, false),
        (#"{"id": "x10", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "lone \udc00 low"}]}"#, false),
        (#"{"id": "x11", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "\ud800\u0041"}]}"#, false),
        (#"{"id": "x12", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "\u12g4"}]}"#, false),
        (#"{"id": "x13", "type": "supports", "from": "kyiv", "to": "ceasefire", "provenance": [{"source": "src-1", "attribution": "on-the-record", "quote": "a\"\#t"}]}"#, false),
        (#"{"id": "x14", "type": "member-of", "from": "moscow", "to": "kyiv", "notes": "unterminated \"#, false),
    ]

    private func load(_ text: String, cleanEdges: Bool, limits: InputLimits = .default) -> LoadResult {
        var loader = GraphLoader(limits: limits)
        loader.readsCleanEdgesDirectly = cleanEdges
        return loader.load([GraphInput(name: "g.json", text: text, format: .json)])
    }

    private func expectSameResult(_ text: String, limits: InputLimits = .default) {
        let fast = load(text, cleanEdges: true, limits: limits), general = load(text, cleanEdges: false, limits: limits)
        #expect(fast.report.sorted.map(\.formatted) == general.report.sorted.map(\.formatted))
        #expect(fast.graph?.edges == general.graph?.edges)
        #expect(fast.graph?.nodes == general.graph?.nodes)
    }

    @Test(arguments: edges)
    func eachEdgeLoadsAsTheGeneralPathLoadsIt(edge: String) {
        expectSameResult(Self.header + "  " + edge + Self.footer)
    }

    @Test func allEdgesTogetherLoadAsTheGeneralPathLoadsThem() {
        expectSameResult(Self.header + Self.edges.map { "  " + $0 }.joined(separator: ",\n") + Self.footer)
    }

    @Test(arguments: escapedEdges.map(\.edge))
    func eachEscapedEdgeLoadsAsTheGeneralPathLoadsIt(edge: String) {
        expectSameResult(Self.header + "  " + edge + Self.footer)
    }

    @Test func allEscapedEdgesTogetherLoadAsTheGeneralPathLoadsThem() {
        expectSameResult(Self.header + Self.escapedEdges.map { "  " + $0.edge }.joined(separator: ",\n") + Self.footer)
    }

    /// Whether the fast path takes the edge (reading it whole) or hands it back untouched.
    @Test(arguments: escapedEdges.map { ($0.edge, $0.fastPath) })
    func escapedEdgesTakeTheFastPathUnlessAnEscapeIsInvalid(edge: String, fastPath: Bool) {
        let bytes = Array(edge.utf8)
        var reader = JSONReader(bytes: bytes, limits: .default)
        var decoder = GraphDecoder(file: "g.json")
        let taken = reader.readCleanEdge(into: &decoder)
        #expect(taken == fastPath)
        #expect(reader.offset == (fastPath ? bytes.count : 0))
        #expect(decoder.edges.count == (fastPath ? 1 : 0))
        #expect(decoder.diagnostics.isEmpty)
    }

    @Test func anEscapedQuoteIsDecodedByTheFastPath() throws {
        let bytes = Array(Self.escapedEdges[0].edge.utf8)
        var reader = JSONReader(bytes: bytes, limits: .default)
        var decoder = GraphDecoder(file: "g.json")
        let taken = reader.readCleanEdge(into: &decoder)
        #expect(taken)
        let edge = try #require(decoder.edges.first)
        #expect(edge.provenance.map(\.quote) == [#""no" means no"#])
        let graph = try #require(load(Self.header + "  " + Self.escapedEdges[3].edge + Self.footer, cleanEdges: true).graph)
        #expect(graph.edge("x4")?.provenance.first?.quote == "flag 🇺🇦 «x»")
        #expect(graph.edge("x4")?.provenance.first?.notes == "Київ")
    }

    @Test func cleanEdgesKeepEveryLocation() throws {
        let line = "  " + Self.edges[0]
        let lineNumber = Self.header.split(separator: "\n", omittingEmptySubsequences: false).count
        /// The 1-based column, in Unicode scalars, of the `occurrence`th `needle` on the line.
        func column(of needle: String, occurrence: Int = 1) -> Int {
            var rest = line[...]
            var prefix = ""
            for _ in 1..<occurrence {
                let range = rest.range(of: needle)!
                prefix += rest[..<range.upperBound]
                rest = rest[range.upperBound...]
            }
            prefix += rest[..<rest.range(of: needle)!.lowerBound]
            return prefix.unicodeScalars.count + 1
        }
        func at(_ column: Int) -> StanceGraph.SourceLocation { StanceGraph.SourceLocation(file: "g.json", line: lineNumber, column: column) }
        let graph = try #require(load(Self.header + line + Self.footer, cleanEdges: true).graph)
        let edge = try #require(graph.edge("e1"))
        #expect(edge.location == at(3))
        #expect(edge.provenance.map(\.location) == [at(column(of: #"{"source""#)), at(column(of: #"{"source""#, occurrence: 2))])
        #expect(edge.provenance[0].quoteLocation == at(column(of: #""«мир»"#)))
        #expect(edge.provenance[1].passageLocation == at(column(of: #""p"}"#)))
    }

    @Test func aTruncatedEdgeIsReportedWhereTheGeneralPathReportsIt() {
        let text = Self.header + "  " + Self.edges[0]
        for end in stride(from: Self.header.utf8.count + 1, to: text.utf8.count, by: 7) {
            expectSameResult(String(decoding: Array(text.utf8)[..<end], as: UTF8.self))
        }
    }

    @Test(arguments: [4, 5, 6])
    func theDepthLimitStillApplies(maxDepth: Int) {
        var limits = InputLimits.default
        limits.maxDepth = maxDepth
        expectSameResult(Self.header + "  " + Self.edges[0] + Self.footer, limits: limits)
        #expect(load(Self.header + "  " + Self.edges[0] + Self.footer, cleanEdges: true, limits: limits).report.hasErrors == (maxDepth < 5))
    }
}
