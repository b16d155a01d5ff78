import Foundation

/// For each quote (and each paraphrase's passage) found in the text of the source it cites,
/// the stretch of the text around it: what a reader of the report sees to judge the quote in
/// its context, without carrying whole texts.
///
/// Texts are read as ``QuoteVerifier`` reads them (relative to the graph file that declares
/// the source, or from one folder of texts) and searched in their normalised form
/// (``SourceText``): whitespace runs are one space, typographic quotes and dashes plain. The
/// passage is taken from that form, about `radius` bytes of text each side of the quote, cut at
/// word boundaries.
public struct SourcePassages: Sendable {
    /// A quote in its context: the text before it, the quote as the text has it, the text after.
    public struct Passage: Hashable, Sendable {
        public var before: String
        public var match: String
        public var after: String
        /// Whether the text goes on before `before` or after `after`.
        public var cutBefore: Bool
        public var cutAfter: Bool
    }

    /// A provenance record: the edge's index in the graph and the record's position in its provenance.
    public struct Record: Hashable, Sendable, Comparable {
        public var edge: Int
        public var position: Int

        public init(edge: Int, position: Int) {
            self.edge = edge
            self.position = position
        }

        public static func < (lhs: Record, rhs: Record) -> Bool { (lhs.edge, lhs.position) < (rhs.edge, rhs.position) }
    }

    /// The passage of each record whose words were found.
    public private(set) var passages: [Record: Passage] = [:]
    /// The sources whose text was read.
    public private(set) var sourcesRead: [String] = []

    /// No passages at all: a report without source texts.
    public init() {}

    /// The passages of every record of `graph` whose source's text can be read.
    /// - Parameters:
    ///   - baseDirectories: for each source id, the folder its `file:` is relative to (``LoadResult/sourceBaseDirectories``).
    ///   - textsDirectory: when set, every text is read from this folder by the file name of its `file:`.
    ///   - radius: about how many bytes of text to show on each side of a quote.
    public init(graph: Graph, baseDirectories: [String: String], textsDirectory: String? = nil, radius: Int = 300) {
        let verifier = QuoteVerifier(baseDirectories: baseDirectories, sourcesDirectory: textsDirectory)
        var texts: [String: [UInt8]] = [:]
        for node in graph.nodes where node.kind == .source {
            guard let file = node.file, !file.isEmpty,
                  case .success(let text) = verifier.read(verifier.path(ofFile: file, source: node.id)) else { continue }
            texts[node.id] = text.normalized
            sourcesRead.append(node.id)
        }
        guard !texts.isEmpty else { return }
        for (edgeIndex, edge) in graph.edges.enumerated() {
            for (position, record) in edge.provenance.enumerated() {
                guard let text = texts[record.source] else { continue }
                let words = record.quote ?? (record.paraphrase ? record.passage : nil)
                guard let words, let passage = SourcePassages.passage(of: words, in: text, radius: radius) else { continue }
                passages[Record(edge: edgeIndex, position: position)] = passage
            }
        }
    }

    /// The passage around `words` in a normalised text, or `nil` when they are not in it.
    static func passage(of words: String, in text: [UInt8], radius: Int) -> Passage? {
        let needle = SourceText.normalize(words)
        guard !needle.isEmpty, let start = SourceText.firstOccurrence(of: needle, in: text) else { return nil }
        let end = start + needle.count
        var lower = max(0, start - radius), upper = min(text.count, end + radius)
        // Whole characters, then whole words: start after a space, end before one, when one is near.
        while lower > 0 && lower < start && text[lower] & 0xC0 == 0x80 { lower += 1 }
        while upper < text.count && upper > end && text[upper] & 0xC0 == 0x80 { upper -= 1 }
        if lower > 0, let space = text[lower..<start].prefix(40).firstIndex(of: 0x20) { lower = space + 1 }
        if upper < text.count, let space = text[end..<upper].suffix(40).lastIndex(of: 0x20) { upper = space }
        func string(_ range: Range<Int>) -> String { String(decoding: text[range], as: UTF8.self) }
        return Passage(before: string(lower..<start), match: string(start..<end), after: string(end..<upper),
                       cutBefore: lower > 0, cutAfter: upper < text.count)
    }
}
