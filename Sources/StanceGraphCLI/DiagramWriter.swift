import ArgumentParser
import Foundation
import StanceGraph
import StanceGraphRender

/// Writes graphs as diagrams, for `export` and the query commands that draw their answers:
/// DOT text, or SVG, PNG and PDF through `DiagramRenderer`.
enum DiagramWriter {
    /// `graph` as `format` (`dot`, `svg`, `png` or `pdf`) into `destination`. Notes on the
    /// engine chosen and Graphviz's warnings go to standard error.
    static func write(_ graph: Graph, as format: ExportFormat, options: DOTExporter.Options, to destination: OutputDestination) throws {
        precondition(format.isDiagram, "\(format.rawValue) is not a diagram format")
        try destination.checkCanTake(format)
        if options.engine == nil, let reason = LayoutEngine.defaultChoice(for: graph).reason {
            writeError("note: \(reason); pass --engine dot to use dot anyway")
        }
        guard let diagramFormat = format.diagramFormat else {
            try destination.write(DOTExporter(options: options), graph: graph)
            return
        }
        let diagram = try DiagramRenderer.render(graph, as: diagramFormat, options: options)
        for warning in diagram.warnings { writeError("warning: \(warning)") }
        try destination.write(bytes: diagram.bytes)
    }
}
