import ArgumentParser
import Foundation
import StanceGraph
import StanceGraphRender

/// Writes graphs as diagrams, for `export` and the query commands that draw their answers:
/// DOT text, or SVG, PNG and PDF through `DiagramRenderer`.
enum DiagramWriter {
    /// `graph` as `format` (`dot`, `svg`, `png` or `pdf`) into `destination`. A note on the
    /// engine chosen for the graph's size, a progress line while a long layout runs (on a
    /// terminal) and Graphviz's warnings go to standard error.
    static func write(_ graph: Graph, as format: ExportFormat, options: DOTExporter.Options, to destination: OutputDestination) throws {
        precondition(format.isDiagram, "\(format.rawValue) is not a diagram format")
        try destination.checkCanTake(format)
        if options.engine == nil { noteEngineChoice(for: graph) }
        guard let diagramFormat = format.diagramFormat else {
            try destination.write(DOTExporter(options: options), graph: graph)
            return
        }
        let engine = DOTExporter(options: options).engine(for: graph)
        let diagram = try DiagramRenderer.render(graph, as: diagramFormat, options: options,
                                                 progress: LayoutProgress.onTerminal(drawing: graph, with: engine))
        for warning in diagram.warnings { writeError("warning: \(warning)") }
        try destination.write(bytes: diagram.bytes)
    }

    /// Says on standard error when the default engine is not dot because of the graph's size.
    static func noteEngineChoice(for graph: Graph) {
        if let reason = LayoutEngine.defaultChoice(for: graph).reason {
            writeError("note: \(reason); pass --engine dot to force it")
        }
    }
}
