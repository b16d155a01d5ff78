import StanceGraph

/// A diagram Graphviz rendered, with the warnings it gave on the way.
public struct RenderedDiagram: Equatable, Sendable {
    /// The file's bytes: SVG text (UTF-8), PNG or PDF.
    public var bytes: [UInt8]
    /// Graphviz's warnings, e.g. `nosuchcolor is not a known color.`, in the order given.
    /// Graphviz gives some (an unknown color or shape) only the first time the process meets
    /// that name, so a later render of the same DOT may have fewer.
    public var warnings: [String]
    /// The engine that laid the diagram out, when it is known (``DiagramRenderer`` sets it).
    public var engine: LayoutEngine?

    public init(bytes: [UInt8], warnings: [String], engine: LayoutEngine? = nil) {
        self.bytes = bytes
        self.warnings = warnings
        self.engine = engine
    }
}

/// Renders DOT text with the Graphviz library linked into the process (no `dot` subprocess).
///
/// Calls from any thread are serialised: Graphviz is not thread-safe, so one render runs at a
/// time. Graphviz's messages never reach stderr; they come back as ``RenderError`` or as
/// ``RenderedDiagram/warnings``.
///
/// ```swift
/// let diagram = try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .svg, engine: .dot)
/// ```
public enum GraphvizRenderer {
    /// The longest DOT text accepted, in UTF-8 bytes (32 MiB). Larger input is refused before
    /// Graphviz sees it; a graph that big should be filtered first, and laid out with `sfdp`
    /// (see `LayoutEngine.defaultChoice(for:)`).
    public static let maximumDOTBytes = 32 * 1024 * 1024

    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// SVG comes from Graphviz's core SVG renderer, so `id`, `class`, `tooltip` and `URL`
    /// attributes reach the output.
    ///
    /// - Throws: ``RenderError/parse(message:)`` for DOT Graphviz cannot read (or that holds more
    ///   than one graph), ``RenderError/layout(engine:message:)`` when the engine gives up,
    ///   ``RenderError/render(format:message:)`` when the format's plugin fails or is missing,
    ///   ``RenderError/inputTooLarge(bytes:limit:)`` above ``maximumDOTBytes``.
    public static func render(dot: String, format: DiagramFormat, engine: LayoutEngine) throws(RenderError) -> RenderedDiagram {
        try checkSize(dot)
        return try GraphvizGate.shared.withSession { session throws(RenderError) in
            var warnings: [String] = []
            // The context first: creating it sets the default node label (`\N`) that graphs
            // read afterwards inherit.
            _ = try session.context()
            let graph = try session.parse(dot, warnings: &warnings)
            let bytes = try session.render(
                graph, format: format, formatName: format.graphvizName,
                engine: engine, engineName: engine.rawValue, warnings: &warnings)
            return RenderedDiagram(bytes: bytes, warnings: warnings)
        }
    }

    /// Parses `dot` without laying it out and counts its nodes and edges, as Graphviz sees them.
    ///
    /// - Throws: ``RenderError/parse(message:)`` or ``RenderError/inputTooLarge(bytes:limit:)``.
    public static func counts(dot: String) throws(RenderError) -> (nodes: Int, edges: Int) {
        try checkSize(dot)
        return try GraphvizGate.shared.withSession { session throws(RenderError) in
            var warnings: [String] = []
            let graph = try session.parse(dot, warnings: &warnings)
            return (graph.nodeCount, graph.edgeCount)
        }
    }

    /// The version of the Graphviz library linked in, such as `2.43.0`.
    public static var version: String {
        (try? GraphvizGate.shared.withSession { session throws(RenderError) in try session.context().version })
            ?? "unknown"
    }

    private static func checkSize(_ dot: String) throws(RenderError) {
        let bytes = dot.utf8.count
        if bytes > maximumDOTBytes { throw .inputTooLarge(bytes: bytes, limit: maximumDOTBytes) }
    }
}
