import StanceGraph

/// A diagram Graphviz drew: its bytes, and what Graphviz warned about on the way.
struct RenderedDiagram {
    var bytes: [UInt8]
    var warnings: [String]
}

/// Why a diagram could not be rendered.
struct RenderUnavailableError: Error, CustomStringConvertible {
    var format: DiagramFormat

    var description: String {
        "rendering \(format.rawValue.uppercased()) in-process is not built yet; export DOT with --format dot "
            + "and draw it with Graphviz (dot -T\(format.rawValue) graph.dot -o graph.\(format.rawValue))"
    }
}

/// Renders DOT text to SVG, PNG or PDF with the given layout engine.
///
/// This is the one place `export` renders: the `StanceGraphRender` target provides the
/// in-process Graphviz rendering that replaces this body. Until then it throws.
func renderDiagram(dot: String, format: DiagramFormat, engine: LayoutEngine) throws -> RenderedDiagram {
    throw RenderUnavailableError(format: format)
}
