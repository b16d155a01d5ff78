import Foundation
import StanceGraph
import StanceGraphTestSupport
import XCTest
@testable import StanceGraphRender

/// Every path through the renderer, twice: what scripts/valgrind-render runs under valgrind,
/// where anything of ours left unfreed (a graph not closed, a layout or render buffer not
/// freed) shows as "definitely lost", once per round.
///
/// XCTest rather than Swift Testing on purpose: Swift Testing's runner parks the main thread
/// in libdispatch's `sigsuspend` with a read-only signal mask, which valgrind 3.19 (Debian 12)
/// writes to and crashes on; XCTest's runner stays on the main thread.
final class RenderLeakTests: XCTestCase {
    func testEveryPathFreesWhatItAllocated() throws {
        // More rounds show whether a leak grows with use (scripts/valgrind-render ROUNDS).
        let rounds = Int(ProcessInfo.processInfo.environment["STANCEGRAPH_LEAK_ROUNDS"] ?? "") ?? 2
        let bundledDOT = try Self.bundledGraphDOT()
        for round in 0..<rounds {
            // The bundled graph, drawn as `stancegraph export -o graph.svg` draws it.
            XCTAssertFalse(try GraphvizRenderer.render(dot: bundledDOT, format: .svg, engine: .dot).bytes.isEmpty)
            for format in DiagramFormat.allCases {
                XCTAssertFalse(try GraphvizRenderer.render(dot: stanceDOT, format: format, engine: .dot).bytes.isEmpty)
            }
            XCTAssertFalse(try GraphvizRenderer.render(dot: hostileDOT, format: .svg, engine: .neato).bytes.isEmpty)
            // Graphviz warns about an unknown color once per process, so each round has its own.
            let dot = "digraph { a -> b [color=nosuchcolor\(round)] }"
            let warned = try GraphvizRenderer.render(dot: dot, format: .svg, engine: .sfdp)
            XCTAssertEqual(warned.warnings, ["nosuchcolor\(round) is not a known color."])
            XCTAssertEqual(try GraphvizRenderer.counts(dot: stanceDOT).nodes, 3)
            XCTAssertThrowsError(try GraphvizRenderer.counts(dot: "digraph { a -> -> b }"))
            XCTAssertThrowsError(try GraphvizRenderer.counts(dot: "digraph { a } digraph { b }"))
            XCTAssertThrowsError(try GraphvizRenderer.render(dot: RenderErrorTests.overwideDOT, format: .svg, engine: .dot))
            XCTAssertTrue(GraphvizRenderer.version.contains("."))
        }
    }

    /// The DOT of graphs/ceasefire-signals.yaml with the export's default options.
    static func bundledGraphDOT() throws -> String {
        let input = try GraphInput.read(path: PackageRoot.appending("graphs/ceasefire-signals.yaml").path).get()
        let graph = try XCTUnwrap(GraphLoader().load([input]).graph)
        return DOTExporter().string(for: graph)
    }
}
