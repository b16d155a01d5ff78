import ArgumentParser
import Foundation
import StanceGraph
import StanceGraphRender

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained interactive HTML page of the graph, or a Markdown brief.",
        discussion: """
            HTML (the default) is one file that fetches nothing: the diagram, its data, the \
            style sheet and the script are inline, and its Content-Security-Policy forbids \
            network access. It offers pan and zoom, a focus on a node's neighbourhood, an \
            evidence panel with each quote in its passage of the source text, search by name, \
            a date slider, a timeline per actor and a table of stances. The source texts come \
            from --sources DIR, or from beside the graph file (each source's file:); only the \
            passages around quotes go into the page.

            Markdown (--format md, or -o FILE.md) is a brief with numbered citations and the \
            list of sources: about --actor, about --position, or about every actor.

            The filters (--as-of, --type, --source, --min-confidence) apply to both. In the \
            page, --actor with --depth keeps only the nodes within --depth hops of that actor \
            (default 1), as export does; in a brief, --actor names whom the brief is about, \
            from the whole filtered graph (a claim about one of its stances lies beyond one hop).

            \(ExitStatus.helpSection([.success, .usage, .dataError, .noInput, .internalError, .cannotCreateOutput]))

            EXAMPLES
              stancegraph report -o report.html
              stancegraph report --actor putin --depth 2 -o putin.html
              stancegraph report --actor putin -o putin-brief.md
              stancegraph report --position ceasefire-current-lines --format md
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, md
    }

    @OptionGroup var graphOptions: GraphOptions

    @OptionGroup var filterOptions: FilterOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Where to write: a file, or - for standard output (the default).", valueName: "path"), completion: .file())
    var output: String?

    @Option(help: ArgumentHelp("html or md; by default from -o's extension (.md, .markdown), else html.", valueName: "format"))
    var format: Format?

    @Option(help: ArgumentHelp("The page: keep only what lies within --depth hops of this node. The brief: whom it is about.", valueName: "name"), completion: .nodeIDs)
    var actor: String?

    @Option(help: ArgumentHelp("How many hops from --actor the page keeps (default 1).", valueName: "n"))
    var depth: Int?

    @Option(help: ArgumentHelp("The brief: the position or condition it is about.", valueName: "name"), completion: .nodeIDs)
    var position: String?

    @Option(help: ArgumentHelp("Read the source texts from this folder, by the file name of each source's file:.", valueName: "dir"), completion: .directory)
    var sources: String?

    var resolvedFormat: Format {
        if let format { return format }
        guard let output, output != "-" else { return .html }
        let lower = output.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .md : .html
    }

    func validate() throws {
        let format = resolvedFormat
        if let depth {
            guard actor != nil else { throw ValidationError("--depth needs --actor: the node whose neighbourhood to keep.") }
            guard depth >= 0 else { throw ValidationError("--depth must be 0 or more, not \(depth).") }
            if format == .md { throw ValidationError("--depth shapes the page; a brief is about --actor in the whole graph.") }
        }
        if position != nil {
            guard format == .md else { throw ValidationError("--position chooses what a brief is about; pass --format md.") }
            guard actor == nil else { throw ValidationError("A brief is about --actor or --position, not both.") }
        }
    }

    func run() throws {
        let format = resolvedFormat
        var isDirectory: ObjCBool = false
        if let sources, !(FileManager.default.fileExists(atPath: sources, isDirectory: &isDirectory) && isDirectory.boolValue) {
            throw CommandFailure(.noInput, "--sources \"\(sources)\" is not a folder")
        }
        let (loaded, baseDirectories) = try graphOptions.loadGraphAndSourceFolders()
        let resolver = NameResolver(graph: loaded)
        let destination = OutputDestination(output)
        switch format {
        case .md:
            let filter = try filterOptions.makeFilter()
            let graph = try filter.apply(to: loaded)
            var subject = MarkdownBrief.Subject.graph
            if let actor {
                let id = loaded.nodes[try resolver.resolve(actor, kinds: [.actor], for: "report --actor")].id
                guard let index = graph.nodeIndex(of: id) else { throw CommandFailure.noResult("the filters leave nothing of \(id)") }
                subject = .actor(index)
            } else if let position {
                let id = loaded.nodes[try resolver.resolve(position, kinds: [.position, .condition], for: "report --position")].id
                guard let index = graph.nodeIndex(of: id) else { throw CommandFailure.noResult("the filters leave nothing of \(id)") }
                subject = .position(index)
            }
            let brief = MarkdownBrief(graph: graph, subject: subject, filters: ReportFilters.describe(filter))
            try destination.write { $0.write(brief.markdown()) }
        case .html:
            var centre: Node?
            if let actor { centre = loaded.nodes[try resolver.resolve(actor, for: "report --actor")] }
            let filter = try filterOptions.makeFilter(egoCentre: centre?.id, egoDepth: depth ?? 1)
            let graph = try filter.apply(to: loaded)
            if let reason = LayoutEngine.defaultChoice(for: graph).reason { writeError("note: \(reason)") }
            let diagram = try DiagramRenderer.render(
                graph, as: .svg, options: DOTExporter.Options(),
                progress: LayoutProgress.onTerminal(drawing: graph, with: LayoutEngine.defaultChoice(for: graph).engine))
            for warning in diagram.warnings { writeError("warning: \(warning)") }
            let passages = SourcePassages(graph: graph, baseDirectories: baseDirectories, textsDirectory: sources)
            let page = ReportPage(graph: graph, svg: String(decoding: diagram.bytes, as: UTF8.self), passages: passages,
                                  filters: ReportFilters.describe(filter, centreLabel: centre?.label),
                                  generator: "stancegraph \(StanceGraphVersion.current)")
            try destination.write { $0.write(page.html()) }
        }
    }
}

extension GraphOptions {
    /// The graph, as `loadGraph()` loads it, and for each source the folder its `file:` is relative to.
    func loadGraphAndSourceFolders() throws -> (Graph, [String: String]) {
        let paths = graphs.isEmpty ? [GraphOptions.defaultGraphPath] : graphs
        let (result, inputs) = load(paths: paths, usingDefault: graphs.isEmpty)
        guard let graph = result.graph else {
            DiagnosticPrinter.standardError(color).print(result.report.sorted.filter { $0.severity == .error }, inputs: inputs)
            throw CommandFailure(result.report.hasUnreadableInput ? .noInput : .dataError)
        }
        return (graph, result.sourceBaseDirectories)
    }
}
