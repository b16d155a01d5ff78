import ArgumentParser
import Foundation
import StanceGraph
import StanceGraphRender

/// Draws graphs as diagrams: DOT text, or SVG, PNG and PDF rendered in-process by Graphviz.
/// Shared by `export` and the query commands that draw their answers.
enum DiagramWriter {
    /// `graph` as `format` (`dot`, `svg`, `png` or `pdf`) into `destination`; Graphviz's
    /// warnings go to standard error. Throws `OutputError` or `RenderError`.
    static func write(_ graph: Graph, as format: ExportFormat, options: DOTExporter.Options, to destination: OutputDestination) throws {
        precondition(format.isDiagram, "\(format.rawValue) is not a diagram format")
        try destination.checkCanTake(format)
        guard let diagramFormat = format.diagramFormat else {
            try destination.write(DOTExporter(options: options), graph: graph)
            return
        }
        let dot = DOTExporter(options: options).string(for: graph)
        let diagram = try GraphvizRenderer.render(dot: dot, format: diagramFormat, engine: options.engine)
        for warning in diagram.warnings { writeError("warning: \(warning)") }
        try destination.write(bytes: diagram.bytes)
    }

    /// The engine to lay `graph` out with: `chosen`, else `dot`, or `sfdp` for a large graph
    /// (with a note on standard error, since dot would be slow).
    static func engine(for graph: Graph, chosen: LayoutEngine?) -> LayoutEngine {
        if let chosen { return chosen }
        let engine = LayoutEngine.defaultEngine(nodeCount: graph.nodes.count)
        if engine != .dot {
            writeError("note: \(graph.nodes.count) nodes, more than \(LayoutEngine.largeGraphNodeThreshold): "
                + "laying out with \(engine.rawValue), as dot would be slow; pass --engine dot to use dot anyway")
        }
        return engine
    }

    /// Runs `body`; an output that cannot be written exits 73, a diagram Graphviz cannot draw
    /// exits 70, each with its message on standard error.
    static func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as OutputError {
            writeError("error: \(error)")
            throw ExitCode.cannotCreateOutput
        } catch let error as RenderError {
            writeError("error: \(error)")
            throw ExitCode.internalError
        }
    }
}
