import ArgumentParser
import Foundation
import StanceGraph
import StanceGraphRender

/// Where a command writes one document: standard output, or a file written atomically
/// (`AtomicFileWriter`), so a failure never leaves a half-written or clobbered file.
struct OutputDestination {
    /// The file, or `nil` for standard output.
    let path: String?

    /// `-o PATH`: `nil` or `-` is standard output.
    init(_ option: String?) {
        path = option == "-" ? nil : option
    }

    var isStandardOutput: Bool { path == nil }

    /// Whatever `body` writes to the stream.
    func write(_ body: (inout FileDescriptorStream) -> Void) throws(OutputError) {
        if let path {
            let writer = try AtomicFileWriter(destination: path)
            var stream = writer.stream
            body(&stream)
            try writer.commit()
        } else {
            var stream = FileDescriptorStream(descriptor: STDOUT_FILENO)
            body(&stream)
            stream.flush()
            if let code = stream.errorNumber { throw OutputError(path: "standard output", errno: code) }
        }
    }

    /// `text`, and a newline after it.
    func write(line text: String) throws(OutputError) {
        try write { $0.write(text + "\n") }
    }

    func write(bytes: [UInt8]) throws(OutputError) {
        try write { $0.write(bytes: bytes) }
    }

    func write(_ exporter: some SingleDocumentExporter, graph: Graph) throws(OutputError) {
        try write { exporter.write(graph, to: &$0) }
    }

    /// Refuses to send a binary format to a terminal.
    func checkCanTake(_ format: ExportFormat) throws {
        if format.isBinary && isStandardOutput && isatty(STDOUT_FILENO) != 0 {
            throw ValidationError("\(format.rawValue.uppercased()) is binary; pass -o FILE or redirect standard output.")
        }
    }
}

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
