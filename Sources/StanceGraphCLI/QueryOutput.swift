import ArgumentParser
import StanceGraph

/// The formats of queries whose answer is a part of the graph (`path`, `neighbors`): text and
/// JSON, or a diagram of the answer highlighted within its surroundings.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, dot, svg, png, pdf

    /// The diagram format, for the formats that draw.
    var diagram: ExportFormat? {
        switch self {
        case .text, .json: return nil
        case .dot: return .dot
        case .svg: return .svg
        case .png: return .png
        case .pdf: return .pdf
        }
    }

    /// The format a file name asks for by its extension (`.json`, `.dot`/`.gv`, `.svg`,
    /// `.png`, `.pdf`); anything else is text.
    static func inferred(fromPath path: String) -> QueryFormat {
        switch ExportFormat.inferred(fromPath: path) {
        case .json: return .json
        case .dot: return .dot
        case .svg: return .svg
        case .png: return .png
        case .pdf: return .pdf
        default: return .text
        }
    }
}

/// `--format` and `-o` of the queries that can draw their answer.
struct QueryOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Output format: text, json, or a diagram of the answer highlighted within its surroundings (dot, svg, png, pdf); by default inferred from -o's extension, else text.",
        valueName: "format"))
    var format: QueryFormat?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write the answer to this file (atomically: all or nothing), or - for standard output (the default).", valueName: "path"), completion: .file())
    var output: String?

    var resolvedFormat: QueryFormat {
        if let format { return format }
        guard let output, output != "-" else { return .text }
        return QueryFormat.inferred(fromPath: output)
    }

    var destination: OutputDestination { OutputDestination(output) }

    /// Writes a text or JSON answer.
    func write(_ text: String) throws {
        try destination.write(line: text)
    }

    /// Draws `subgraph` with its answer highlighted, titled `title`.
    func draw(_ subgraph: Subgraph, as format: ExportFormat, title: String) throws {
        var graph = subgraph.graph
        graph.description = graph.title.map { "A part of \($0)" }
        graph.title = title
        var options = DOTExporter.Options()
        options.highlight = DOTExporter.Highlight(nodes: subgraph.highlightedNodes, edges: subgraph.highlightedEdges)
        try DiagramWriter.write(graph, as: format, options: options, to: destination)
    }
}
