import ArgumentParser
import Foundation
import StanceGraph

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check graph files and report every problem at once.",
        discussion: """
            Each problem is printed as FILE:LINE:COLUMN: error: message, with a hint where \
            one helps, the form editors and CI annotate. Warnings (such as an actor with no \
            edges) do not fail the run unless --strict is given.

            Every quote, and every paraphrase's passage, is checked against the text of the \
            source it cites: the source's file: is read relative to the folder of the graph \
            file that declares it, or, with --sources DIR, as DIR/<its file name>. A quote \
            must occur word for word once whitespace runs, typographic quotes, apostrophes and \
            dashes are normalised; one that does not is an error at the quote, with the closest \
            passage of the text as a hint. A file: that is missing is an error; a source with \
            no file: is a warning (unverifiable). Source texts are read up to 16 MiB. Quote \
            errors exit 65 like any invalid data; a --sources folder that is not there, 66.

            EXAMPLES
              stancegraph validate graphs/ceasefire-signals.yaml
              stancegraph validate --strict --sources graphs/sources graphs/ceasefire-signals.yaml
              stancegraph validate examples/broken.yaml  # exits 65
              stancegraph export --format json | stancegraph validate --input-format json --sources graphs/sources -

            \(ExitStatus.helpSection([.success, .usage, .dataError, .noInput]))
            """
    )

    @OptionGroup var graphOptions: GraphOptions

    @Argument(help: ArgumentHelp("Graph files to check together (as if each were given with --graph).", valueName: "file"), completion: .file(extensions: ["yaml", "yml", "json"]))
    var files: [String] = []

    @Option(help: ArgumentHelp("Read the text of every source from this folder, by the file name of its file:.", valueName: "dir"), completion: .directory)
    var sources: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print nothing on success.")
    var quiet = false

    func validate() throws {
        if files.contains("-") && graphOptions.inputFormat == nil {
            throw ValidationError("Reading a graph from standard input needs --input-format (yaml, json, graphml or csv).")
        }
    }

    func run() throws {
        let explicit = graphOptions.graphs + files
        let paths = explicit.isEmpty ? [GraphOptions.defaultGraphPath] : explicit
        var isDirectory: ObjCBool = false
        if let sources, !(FileManager.default.fileExists(atPath: sources, isDirectory: &isDirectory) && isDirectory.boolValue) {
            throw CommandFailure(.noInput, "--sources \"\(sources)\" is not a folder")
        }
        let (result, inputs) = graphOptions.load(paths: paths, usingDefault: explicit.isEmpty)
        var report = result.report
        if let graph = result.graph {
            let verifier = QuoteVerifier(baseDirectories: result.sourceBaseDirectories, sourcesDirectory: sources)
            report.append(contentsOf: verifier.verify(graph))
        }
        if strict { report = report.escalatingWarnings() }
        DiagnosticPrinter.standardError(graphOptions.color).print(report, inputs: inputs, maxErrors: graphOptions.maxErrors)
        if report.hasUnreadableInput { throw CommandFailure(.noInput) }
        if report.hasErrors {
            writeError("\(summary(report)) in \(paths.joined(separator: ", "))")
            throw CommandFailure(.dataError)
        }
        if !quiet, let graph = result.graph {
            let warnings = report.warningCount > 0 ? ", \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")" : ""
            print("\(paths.joined(separator: ", ")): valid (\(graph.nodes.count) nodes, \(graph.edges.count) edges\(warnings))")
        }
    }

    private func summary(_ report: DiagnosticReport) -> String {
        let errors = "\(report.errorCount) error\(report.errorCount == 1 ? "" : "s")"
        let warnings = report.warningCount > 0 ? " and \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")" : ""
        return errors + warnings
    }
}
