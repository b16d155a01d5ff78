import Foundation
import StanceGraph
import StanceGraphRender

/// The line on standard error that shows a long layout is still running: drawn over itself
/// each second once the layout has run for two, erased when it ends, and only on a terminal,
/// so that a pipe, a log or a test never sees it.
///
/// `STANCEGRAPH_PROGRESS_AFTER=SECONDS` shows it sooner or later than two seconds (the tests
/// set 0 to see it on a small graph).
enum LayoutProgress {
    /// The progress for drawing `graph` with `engine`, or nil when standard error is not a terminal.
    static func onTerminal(drawing graph: Graph, with engine: LayoutEngine) -> RenderProgress? {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        return progress(drawing: graph, with: engine, after: delay(ProcessInfo.processInfo.environment["STANCEGRAPH_PROGRESS_AFTER"])) {
            FileHandle.standardError.write(Data($0.utf8))
        }
    }

    /// The delay `STANCEGRAPH_PROGRESS_AFTER` asks for, in seconds; two seconds when it is
    /// unset or not a number of seconds from 0 to a day.
    static func delay(_ setting: String?) -> Duration {
        guard let seconds = setting.flatMap(Double.init), seconds >= 0, seconds <= 86_400 else { return .seconds(2) }
        return .milliseconds(Int((seconds * 1_000).rounded()))
    }

    /// The progress that writes its line through `write`.
    static func progress(drawing graph: Graph, with engine: LayoutEngine, after delay: Duration,
                         write: @escaping @Sendable (String) -> Void) -> RenderProgress {
        let nodes = graph.nodes.count, edges = graph.edges.count
        return RenderProgress(
            delay: delay,
            update: { elapsed in write(eraseLine + line(nodes: nodes, edges: edges, engine: engine, seconds: Int(elapsed.components.seconds))) },
            finish: { write(eraseLine) })
    }

    /// `laying out 1,000 nodes and 5,000 edges with sfdp: 3 s`
    static func line(nodes: Int, edges: Int, engine: LayoutEngine, seconds: Int) -> String {
        "laying out \(TextFormatting.counted(nodes, "node")) and \(TextFormatting.counted(edges, "edge")) with \(engine.rawValue): \(seconds) s"
    }

    /// A carriage return and ANSI "erase to the end of the line".
    static let eraseLine = "\r\u{1B}[K"
}
