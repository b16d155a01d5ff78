import StanceGraph

/// The one call from a graph to a drawn diagram: DOT from ``DOTExporter``, laid out and
/// rendered in-process by ``GraphvizRenderer``, with the engine chosen for the graph's size
/// unless `options` names one. A `progress` is called back while a long render runs.
///
/// ```swift
/// let svg = try DiagramRenderer.render(graph, as: .svg)
/// ```
public enum DiagramRenderer {
    /// `graph` drawn as `format`; ``RenderedDiagram/engine`` says which engine laid it out.
    /// `progress`, if given, hears from another thread how long the render has taken once it
    /// runs past the progress's delay.
    public static func render(
        _ graph: Graph, as format: DiagramFormat, options: DOTExporter.Options = DOTExporter.Options(),
        progress: RenderProgress? = nil
    ) throws(RenderError) -> RenderedDiagram {
        let exporter = DOTExporter(options: options)
        let engine = exporter.engine(for: graph)
        var diagram = try ProgressTicker.run(progress) { () throws(RenderError) -> RenderedDiagram in
            try GraphvizRenderer.render(dot: exporter.string(for: graph), format: format, engine: engine)
        }
        diagram.engine = engine
        return diagram
    }
}
