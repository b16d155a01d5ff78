import ArgumentParser
import Foundation
import StanceGraph

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph as a diagram (DOT, SVG, PNG, PDF), GraphML, GEXF, Cytoscape.js, JSON, CSV for Neo4j, or a folder for Kùzu.",
        discussion: """
            The format comes from --format, or else from the extension of -o: .dot or .gv, \
            .svg, .png, .pdf, .graphml, .gexf, .cyjs, .json; .csv or an existing folder for CSV. Without \
            either, DOT is written. Without -o, or with -o -, the export goes to standard \
            output; a file is written to a temporary file beside it and renamed into place, so \
            a failed export never leaves a half-written file or clobbers an existing one.

            CSV writes two files for Neo4j's bulk importer into the folder -o names (created \
            if missing): FOLDER/nodes.csv and FOLDER/edges.csv.

            kuzu (only with --format) writes a folder that the embeddable database Kùzu \
            loads: schema.cypher (the tables), load.cypher (the COPY statements, run from \
            inside the folder), nodes.csv, edges.csv and claim-steps.csv. Claims about stances \
            go through a node standing for the stance, so that Kùzu's shortest paths count \
            hops as path --through-sources does (see docs/scaling.md).

            JSON is the graph in stancegraph's own format, sorted, ready to diff or to read \
            back with --graph. GraphML carries every attribute with its type; --yed adds \
            yEd's node and edge graphics. GEXF is for Gephi: every attribute, the legend's \
            colours, an evidence weight, and spells from the dates, so that its timeline \
            plays the graph as --as-of would show it on each day. cyjs is Cytoscape.js JSON \
            (elements with every attribute, and a style drawing the legend), which Cytoscape \
            desktop imports too.

            The filters (--as-of, --type, --source, --min-confidence, and --actor with \
            --depth for the ego network of one node) apply to every format. --engine, \
            --rankdir, --cluster-by, --edge-labels and --no-legend shape diagrams only. \
            Without --engine, dot lays the graph out, or sfdp above \
            \(TextFormatting.grouped(LayoutEngine.hierarchicalNodeLimit)) nodes or \
            \(TextFormatting.grouped(LayoutEngine.hierarchicalEdgeLimit)) edges (a note on \
            standard error says so); a layout that runs longer than two seconds shows how long \
            on standard error, when that is a terminal. \
            Diagrams run left to right without boxes, the legend and the sources set out \
            under the drawing, so that a large graph makes a page rather than a strip; an \
            edge's label is in its tooltip, and is drawn beside the edge with --edge-labels.

            \(ExitStatus.helpSection([.success, .usage, .dataError, .noInput, .internalError, .cannotCreateOutput]))

            EXAMPLES
              stancegraph export -o ceasefire.svg
              stancegraph export --actor putin --depth 1 --edge-labels -o putin.svg
              stancegraph export --rankdir TB --cluster-by side | dot -Tsvg > graph.svg
              stancegraph export -o graph.graphml --yed
              stancegraph export -o timeline.gexf
              stancegraph export -o network.cyjs
              stancegraph export --actor putin --depth 2 -o putin.gv
              stancegraph export --as-of 2024-06 --type supports,opposes -o stances.json
              stancegraph export --format csv -o neo4j-import
              stancegraph export --format kuzu -o kuzu-import
              stancegraph export -g graphs/ceasefire-signals.yaml --format json -o graph.json
              stancegraph export --format json -o - | jq '.edges | length'
            """
    )

    @OptionGroup var graphOptions: GraphOptions

    @OptionGroup var filterOptions: FilterOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Where to write: a file, a folder for CSV or kuzu, or - for standard output (the default).", valueName: "path"), completion: .file())
    var output: String?

    @Option(help: ArgumentHelp("The format to write; by default inferred from -o's extension, else dot.", valueName: "format"))
    var format: ExportFormat?

    @Option(help: ArgumentHelp("Keep only the ego network of this node (an id, label or alias, as the queries take): what lies within --depth hops of it.", valueName: "name"), completion: .nodeIDs)
    var actor: String?

    @Option(help: ArgumentHelp("How many hops from --actor to keep (default 1).", valueName: "n"))
    var depth: Int?

    @Option(help: ArgumentHelp("The Graphviz layout engine written into the diagram.", valueName: "engine"))
    var engine: LayoutEngine?

    @Option(help: ArgumentHelp("The direction of the diagram's layout (default LR).", valueName: "direction"))
    var rankdir: DOTExporter.RankDirection?

    @Option(help: ArgumentHelp("Draw a box around the actors of each side, the nodes of each kind, or nothing (default none).", valueName: "grouping"))
    var clusterBy: DOTExporter.Clustering?

    @Flag(help: "Draw each edge's label beside it (by default it is only in the edge's tooltip).")
    var edgeLabels = false

    @Flag(help: "Leave the legend out of the diagram.")
    var noLegend = false

    @Flag(help: "GraphML only: add yEd's node and edge graphics (names, colours and shapes show on opening in yEd).")
    var yed = false

    /// The format to write: --format, else -o's extension (or an existing folder for CSV), else DOT.
    var resolvedFormat: ExportFormat {
        get throws {
            if let format { return format }
            guard let output, output != "-" else { return .dot }
            if let inferred = ExportFormat.inferred(fromPath: output) { return inferred }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue { return .csv }
            throw ValidationError("""
                Cannot tell the format from "\(output)"; name it .dot, .gv, .svg, .png, .pdf, .graphml, .gexf, .cyjs, .json or .csv, \
                or pass --format (\(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))).
                """)
        }
    }

    var writesToStandardOutput: Bool { output == nil || output == "-" }

    func validate() throws {
        let format = try resolvedFormat
        if format == .csv && writesToStandardOutput {
            throw ValidationError("CSV writes two files (nodes.csv and edges.csv); pass -o FOLDER.")
        }
        if format == .kuzu && writesToStandardOutput {
            throw ValidationError("kuzu writes a folder of files (schema.cypher, load.cypher and three CSV files); pass -o FOLDER.")
        }
        if !format.isDiagram {
            let diagramOnly = [("--engine", engine != nil), ("--rankdir", rankdir != nil), ("--cluster-by", clusterBy != nil),
                               ("--edge-labels", edgeLabels), ("--no-legend", noLegend)]
            if let (name, _) = diagramOnly.first(where: { $0.1 }) {
                throw ValidationError("\(name) shapes diagrams (dot, svg, png, pdf), not \(format.rawValue).")
            }
        }
        if yed && format != .graphml {
            throw ValidationError("--yed applies to GraphML, not \(format.rawValue).")
        }
        if let depth {
            guard actor != nil else { throw ValidationError("--depth needs --actor: the node whose neighbourhood to keep.") }
            guard depth >= 0 else { throw ValidationError("--depth must be 0 or more, not \(depth).") }
        }
    }

    func run() throws {
        let format = try resolvedFormat
        let loaded = try graphOptions.loadGraph()
        var centre: String?
        if let actor { centre = loaded.nodes[try NameResolver(graph: loaded).resolve(actor, for: "export --actor")].id }
        let graph = try filterOptions.makeFilter(egoCentre: centre, egoDepth: depth ?? 1).applyTitled(to: loaded)
        let destination = OutputDestination(output)
        switch format {
        case .dot, .svg, .png, .pdf:
            try DiagramWriter.write(graph, as: format, options: diagramOptions(for: graph), to: destination)
        case .graphml:
            try destination.write(GraphMLExporter(options: .init(yEd: yed)), graph: graph)
        case .gexf:
            try destination.write(GEXFExporter(), graph: graph)
        case .cyjs:
            try destination.write(CytoscapeExporter(), graph: graph)
        case .json:
            try destination.write(JSONExporter(), graph: graph)
        case .csv:
            try writeFolder(CSVExporter(), graph: graph, folder: output!)
        case .kuzu:
            try writeFolder(KuzuExporter(), graph: graph, folder: output!)
        }
    }

    /// The diagram options; says on standard error when the large-graph default engine is used.
    private func diagramOptions(for graph: Graph) -> DOTExporter.Options {
        var options = DOTExporter.Options()
        options.engine = engine
        if let rankdir { options.rankDirection = rankdir }
        if let clusterBy { options.clustering = clusterBy }
        options.legend = !noLegend
        options.edgeLabels = edgeLabels
        return options
    }

    // MARK: Writing

    /// Writes every document of a folder format into `folder` (created if missing, its parent
    /// must exist); the files are renamed into place only once all of them are written.
    private func writeFolder(_ exporter: some GraphExporter, graph: Graph, folder: String) throws(OutputError) {
        var isDirectory: ObjCBool = false
        var created = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw OutputError(path: folder, reason: "it is a file, and this export needs a folder") }
        } else {
            let mask = umask(0)
            umask(mask)
            guard mkdir(folder, 0o777 & ~mask) == 0 else {
                let code = errno
                if code == ENOENT {
                    throw OutputError(path: folder, reason: "the folder \"\(URL(fileURLWithPath: folder).deletingLastPathComponent().path)\" does not exist")
                }
                throw OutputError(path: folder, errno: code)
            }
            created = true
        }
        var writers: [AtomicFileWriter] = []
        do {
            for document in exporter.documents {
                let writer = try AtomicFileWriter(destination: (folder as NSString).appendingPathComponent(document.fileName ?? "export"))
                writers.append(writer)
                var stream = writer.stream
                exporter.write(document, of: graph, to: &stream)
            }
            for writer in writers { try writer.commit() }
        } catch {
            for writer in writers { writer.discard() }
            if created { rmdir(folder) }
            throw error
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension DOTExporter.RankDirection: ExpressibleByArgument {}
extension DOTExporter.Clustering: ExpressibleByArgument {}
extension PathRanking: ExpressibleByArgument {}
