import StanceGraph
import Testing
@testable import StanceGraphRender

/// Every path through the renderer once, then the shared context freed: what
/// scripts/valgrind-render runs under valgrind, where anything of ours not freed (a graph not
/// closed, a layout or render buffer not freed) shows as "definitely lost".
@Suite struct RenderLeakTests {
    @Test func everyPathFreesWhatItAllocated() throws {
        for format in DiagramFormat.allCases {
            #expect(!(try GraphvizRenderer.render(dot: stanceDOT, format: format, engine: .dot)).bytes.isEmpty)
        }
        _ = try GraphvizRenderer.render(dot: hostileDOT, format: .svg, engine: .neato)
        _ = try GraphvizRenderer.render(dot: "digraph { a [shape=nosuchshape] }", format: .svg, engine: .sfdp)
        #expect(try GraphvizRenderer.counts(dot: stanceDOT) == (3, 2))
        #expect(throws: RenderError.self) { try GraphvizRenderer.counts(dot: "digraph { a -> -> b }") }
        #expect(throws: RenderError.self) { try GraphvizRenderer.counts(dot: "digraph { a } digraph { b }") }
        #expect(throws: RenderError.self) {
            try GraphvizRenderer.render(dot: RenderErrorTests.overwideDOT, format: .svg, engine: .dot)
        }
        GraphvizGate.shared.closeContext()
        // A new context comes up after the old one is freed.
        #expect(GraphvizRenderer.version.contains("."))
        GraphvizGate.shared.closeContext()
    }
}
