import ArgumentParser
import Foundation
import StanceGraph

/// How every subcommand finds and reads its graph, and how it colours its messages: the
/// options every subcommand takes, before its name too (`stancegraph -g FILE stats`).
struct GraphOptions: ParsableArguments {
    static let defaultGraphPath = "graphs/ceasefire-signals.yaml"

    /// The names of these options, all of which take a value: `CommandLineArguments` moves them
    /// from before the subcommand's name to after it.
    static let optionNames: Set<String> = ["-g", "--graph", "--input-format", "--max-input-bytes", "--max-errors", "--color"]

    @Option(name: [.short, .customLong("graph")], help: ArgumentHelp(
        "A graph file (.yaml, .yml, .json, .graphml or .xml, .csv; - for standard input) or a folder of the CSV export. Repeat to merge several.",
        valueName: "path"), completion: .file(extensions: ["yaml", "yml", "json", "graphml", "xml", "csv"]))
    var graphs: [String] = []

    @Option(help: "Read the graph as this format, whatever its extension (needed for - ).")
    var inputFormat: InputFormatArgument?

    @Option(help: ColorChoice.help)
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("Refuse input files larger than this many bytes.", valueName: "bytes"))
    var maxInputBytes: Int = InputLimits.default.maxBytes

    @Option(help: ArgumentHelp("Print at most this many errors (0: all); the summary still counts every one.", valueName: "n"))
    var maxErrors: Int = 50

    var limits: InputLimits {
        var limits = InputLimits.default
        limits.maxBytes = maxInputBytes
        return limits
    }

    func validate() throws {
        guard maxInputBytes > 0 else { throw ValidationError("--max-input-bytes must be positive.") }
        guard maxErrors >= 0 else { throw ValidationError("--max-errors must be 0 (all) or more.") }
        if graphs.contains("-") && inputFormat == nil {
            throw ValidationError("Reading a graph from standard input needs --input-format (yaml, json, graphml or csv).")
        }
    }

    /// Loads the graph for a query or export: prints errors (not warnings) and exits 65/66 on failure.
    func loadGraph() throws -> Graph {
        let paths = graphs.isEmpty ? [GraphOptions.defaultGraphPath] : graphs
        let (result, inputs) = load(paths: paths, usingDefault: graphs.isEmpty)
        guard let graph = result.graph else {
            DiagnosticPrinter.standardError(color).print(result.report, inputs: inputs, maxErrors: maxErrors, errorsOnly: true)
            throw CommandFailure(result.report.hasUnreadableInput ? .noInput : .dataError)
        }
        return graph
    }

    /// Reads and loads the files, keeping the inputs so that messages can quote their lines.
    func load(paths: [String], usingDefault: Bool) -> (LoadResult, [GraphInput]) {
        var inputs: [GraphInput] = []
        var unreadable: [Diagnostic] = []
        for path in paths {
            switch GraphInput.readAll(path: path, format: inputFormat?.format, limits: limits) {
            case .success(let read): inputs.append(contentsOf: read)
            case .failure(let diagnostic): unreadable.append(diagnostic)
            }
        }
        if !unreadable.isEmpty {
            var report = DiagnosticReport(unreadable)
            if usingDefault && !FileManager.default.fileExists(atPath: GraphOptions.defaultGraphPath) {
                report = DiagnosticReport(unreadable.map {
                    Diagnostic(.error, .unreadable(reason: "no graph given and the default \(GraphOptions.defaultGraphPath) is not in the current folder; pass one with --graph FILE"), at: nil)
                        .replacingLocation(with: $0.location)
                })
            }
            return (LoadResult(graph: nil, report: report, sourceBaseDirectories: [:]), inputs)
        }
        return (GraphLoader(limits: limits).load(inputs), inputs)
    }
}

extension Diagnostic {
    func replacingLocation(with location: SourceLocation?) -> Diagnostic {
        Diagnostic(severity, problem, at: location)
    }
}
