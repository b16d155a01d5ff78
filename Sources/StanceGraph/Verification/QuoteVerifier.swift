import Foundation

/// Checks every quote, and every paraphrase's passage, against the text of the source it cites.
///
/// A source's `file:` is read relative to the folder of the graph file that declares it
/// (``LoadResult/sourceBaseDirectories``), or, when a sources folder is given, as
/// `FOLDER/<file name>`. A quote must occur in the text word for word once both are
/// normalised (see ``SourceText``). A quote that does not is an error at the quote, with the
/// closest passage of the text as a hint; a source without `file:` is a warning; a `file:` that
/// is not there, or cannot be read, is an error at the source node.
public struct QuoteVerifier: Sendable {
    /// The largest source text read: 16 MiB, far beyond any article.
    public static let defaultMaxSourceBytes = 16 << 20

    /// For each source id, the folder its `file:` is relative to.
    public var baseDirectories: [String: String]
    /// When set, every source's text is read from this folder, by the last component of its `file:`.
    public var sourcesDirectory: String?
    public var maxSourceBytes: Int

    public init(baseDirectories: [String: String] = [:], sourcesDirectory: String? = nil,
                maxSourceBytes: Int = QuoteVerifier.defaultMaxSourceBytes) {
        self.baseDirectories = baseDirectories
        self.sourcesDirectory = sourcesDirectory
        self.maxSourceBytes = maxSourceBytes
    }

    /// Checks the quotes of a graph against the texts on disk.
    public static func verify(_ graph: Graph, baseDirectories: [String: String], sourcesDirectory: String? = nil) -> [Diagnostic] {
        QuoteVerifier(baseDirectories: baseDirectories, sourcesDirectory: sourcesDirectory).verify(graph)
    }

    /// The path the text of a source is read from.
    public func path(ofFile file: String, source id: String) -> String {
        if let sourcesDirectory {
            let name = (file as NSString).lastPathComponent
            return sourcesDirectory.hasSuffix("/") ? sourcesDirectory + name : sourcesDirectory + "/" + name
        }
        if file.hasPrefix("/") { return file }
        guard let base = baseDirectories[id], base != "." else { return file }
        return base.hasSuffix("/") ? base + file : base + "/" + file
    }

    /// Checks the quotes of a graph, reading each source's text once.
    public func verify(_ graph: Graph) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var texts: [String: (path: String, text: SourceText)] = [:]
        for node in graph.nodes where node.kind == .source {
            guard let file = node.file, !file.isEmpty else {
                diagnostics.append(.warning(.sourceUnverifiable(source: node.id), at: node.location))
                continue
            }
            let path = path(ofFile: file, source: node.id)
            switch read(path) {
            case .success(let text): texts[node.id] = (path, text)
            case .failure(.missing): diagnostics.append(.error(.sourceTextMissing(source: node.id, file: path), at: node.location))
            case .failure(.unusable(let issue)):
                diagnostics.append(.error(.sourceTextUnreadable(source: node.id, file: path, issue: issue), at: node.location))
            }
        }
        return diagnostics + verify(graph, texts: texts)
    }

    /// Checks the quotes of a graph against texts already read: `texts[sourceID]`.
    /// Records citing a source with no entry are skipped (their source was reported already).
    func verify(_ graph: Graph, texts: [String: (path: String, text: SourceText)]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let others = graph.nodes.compactMap { node in texts[node.id].map { (id: node.id, path: $0.path, text: $0.text) } }
        for edge in graph.edges {
            for record in edge.provenance {
                guard let cited = texts[record.source] else { continue }
                var checks: [(words: String, isPassage: Bool, location: SourceLocation?)] = []
                if let quote = record.quote { checks.append((quote, false, record.quoteLocation)) }
                if record.paraphrase, let passage = record.passage { checks.append((passage, true, record.passageLocation)) }
                for (words, isPassage, location) in checks {
                    let needle = SourceText.normalize(words)
                    guard !needle.isEmpty, !cited.text.contains(normalized: needle) else { continue }
                    let place = location ?? record.location ?? edge.location
                    if let other = others.first(where: { $0.id != record.source && $0.text.contains(normalized: needle) }) {
                        diagnostics.append(.error(.quoteInOtherSource(quote: words, file: cited.path, otherSource: other.id, otherFile: other.path), at: place))
                        continue
                    }
                    let closest = cited.text.closestPassage(toNormalized: needle)?.text
                    diagnostics.append(.error(isPassage
                        ? .passageNotInSource(passage: words, file: cited.path, closest: closest)
                        : .quoteNotInSource(quote: words, file: cited.path, closest: closest), at: place))
                }
            }
        }
        return diagnostics
    }

    enum ReadFailure: Error {
        case missing
        case unusable(Problem.SourceTextIssue)
    }

    /// Reads a text, refusing anything over the size limit before reading it.
    func read(_ path: String) -> Result<SourceText, ReadFailure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.missing) }
        guard !isDirectory.boolValue else { return .failure(.unusable(.folder)) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxSourceBytes {
            return .failure(.unusable(.tooLarge(limit: maxSourceBytes)))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(.unusable(.cannotOpen)) }
        defer { try? handle.close() }
        // Read one byte past the limit, so that a file that grew since it was measured is still refused.
        guard let data = try? handle.read(upToCount: maxSourceBytes + 1) ?? Data() else { return .failure(.unusable(.cannotOpen)) }
        guard data.count <= maxSourceBytes else { return .failure(.unusable(.tooLarge(limit: maxSourceBytes))) }
        guard let text = String(validating: data, as: UTF8.self) else { return .failure(.unusable(.notUTF8)) }
        return .success(SourceText(text))
    }
}
