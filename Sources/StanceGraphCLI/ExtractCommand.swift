import ArgumentParser
import Foundation
import StanceGraph

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find candidate stances in an article and write them as a patch to review.",
        discussion: """
            Reads a plain-text (or Markdown) article and writes a patch: a graph file in the \
            YAML format holding a draft source node for the article, the actors and positions \
            the graph lacks, and one candidate edge (status: candidate) per statement found, \
            with its speaker resolved against the graph's actors, its attribution, a quote \
            checked against the article, its date, and in its notes the sentence, the three \
            best-matching positions with their scores and the cue words of its type. Review the \
            patch, then load it beside the graph (-g graph.yaml -g patch.yaml). Queries and \
            exports leave candidates out unless --include-candidates is given; validate lists \
            them as warnings. How statements, speakers, targets and types are found: \
            docs/extract.md.

            The patch's file: points at the article relative to the patch's folder (or to the \
            current folder when the patch goes to standard output). The output is the same for \
            the same article and graph.

            EXAMPLES
              stancegraph extract graphs/sources/002_40f9672c1ba480c7.txt --date 2025-03 -o patch.yaml
              stancegraph extract article.txt -g graphs/ceasefire-signals.yaml --source-id src-ap-2025-03-14 \\
                  --title "Putin answers the ceasefire plan" --date 2025-03-14 -o patch.yaml

            \(ExitStatus.helpSection([.success, .noResult, .usage, .dataError, .noInput, .cannotCreateOutput]))
              1 here: no sentence of the article reports a statement (nothing is written);
              65 also: the article is not in Latin script (the cues are English), or
              --source-id is an id the graph has.
            """
    )

    @OptionGroup var graphOptions: GraphOptions

    @Argument(help: ArgumentHelp("The article: UTF-8 plain text or Markdown.", valueName: "article"), completion: .file(extensions: ["txt", "md", "markdown"]))
    var article: String

    @Option(help: ArgumentHelp("The id of the draft source node (default: src- and the file's name).", valueName: "id"))
    var sourceID: String?

    @Option(help: ArgumentHelp("The article's title (default: its first line when short).", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("When the article was published (YYYY, YYYY-MM or YYYY-MM-DD; default: its dateline). Relative days are resolved against it.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("The article's web address (http or https).", valueName: "url"))
    var url: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the patch (default: standard output).", valueName: "path"), completion: .file())
    var output: String?

    func validate() throws {
        if let sourceID, !(sourceID.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false) || sourceID.count > 200
            || !sourceID.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) }) {
            throw ValidationError("--source-id \"\(sourceID)\" is not an id: letters, digits, -, _, . and : only, starting with a letter or digit.")
        }
        if let date { _ = try PartialDate.parseOption(date, option: "--date") }
        if let url, !(url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://")) {
            throw ValidationError("--url must start with http:// or https://.")
        }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: article) else {
            throw CommandFailure(.noInput, "cannot read the article \"\(article)\"")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CommandFailure(.dataError, "the article \"\(article)\" is not UTF-8 text")
        }
        let graph = try graphOptions.loadGraph()
        let name = (article as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        var info = ArticleInfo(sourceID: sourceID ?? "src-" + (StanceExtractor.slug(stem).isEmpty ? "article" : StanceExtractor.slug(stem)))
        info.title = title ?? Self.headline(of: text)
        info.date = try date.map { try PartialDate.parseOption($0, option: "--date") } ?? ArticleDates.dateline(in: text)
        info.url = url
        info.file = Self.relativePath(of: article, from: output.flatMap { $0 == "-" ? nil : ($0 as NSString).deletingLastPathComponent } ?? "")
        let result: ExtractionResult
        do {
            result = try StanceExtractor(graph: graph).extract(text, article: info)
        } catch .notLatinScript {
            throw CommandFailure(.dataError, "\(article) is not in Latin script: extract reads English text")
        } catch .noStatements {
            throw CommandFailure.noResult("no statements found in \(article): no sentence reports what anyone says; nothing written")
        } catch .sourceIDTaken(let id) {
            throw CommandFailure(.dataError, "the graph already has an id \"\(id)\"; pass another --source-id")
        }
        let graphs = graphOptions.graphs.isEmpty ? [GraphOptions.defaultGraphPath] : graphOptions.graphs
        let yaml = PatchWriter.yaml(result, article: name, graphFiles: graphs.map { ($0 as NSString).lastPathComponent })
        try OutputDestination(output).write { $0.write(yaml) }
        let candidates = result.edges.filter { $0.type != .reports }.count
        if output != nil && output != "-" {
            writeError("\(candidates) candidate stance\(candidates == 1 ? "" : "s") from \(result.statements.count) statement\(result.statements.count == 1 ? "" : "s") written to \(output!)")
        }
    }

    /// The first line of the text when it is short and has no end punctuation: a headline.
    static func headline(of text: String) -> String? {
        guard let line = text.split(whereSeparator: \.isNewline).first.map({ $0.trimmingCharacters(in: .whitespaces) }),
              (10...160).contains(line.count), !".!?".contains(line.last!) else { return nil }
        return line.hasPrefix("#") ? line.trimmingCharacters(in: CharacterSet(charactersIn: "# ")) : line
    }

    /// `path` relative to the folder `base` ("" for the current folder).
    static func relativePath(of path: String, from base: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        func absolute(_ p: String) -> [String] {
            let full = p.hasPrefix("/") ? p : (current as NSString).appendingPathComponent(p)
            return (full as NSString).standardizingPath.split(separator: "/").map(String.init)
        }
        let target = absolute(path), from = absolute(base.isEmpty ? "." : base)
        var common = 0
        while common < min(target.count, from.count), target[common] == from[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + target[common...]).joined(separator: "/")
    }
}
