import CGraphviz
import Foundation
import StanceGraph

/// The one place Swift enters Graphviz.
///
/// Graphviz keeps global state (the error level and hook, the DOT lexer's buffer, plugin
/// tables) and is not thread-safe, so every call goes through `withSession`, which holds a
/// lock for the whole parse–layout–render sequence. The API above it is synchronous; the lock,
/// not an actor, is what serialises callers on different threads.
final class GraphvizGate: @unchecked Sendable {
    /// The gate for the process: Graphviz's globals exist once, so there is one gate.
    static let shared = GraphvizGate()

    private let lock = NSLock()
    /// The context shared by every render, created on first use and kept for the life of the
    /// process. Guarded by `lock`. Never dropped, because Graphviz 2.42 cannot take a second
    /// context: its pango plugin keeps a pointer to the last font name, which `gvFreeContext`
    /// frees, and the next context's text layout reads it (a use-after-free under valgrind).
    /// One context also saves reloading plugins per render, and each `gvContext` leaks the
    /// plugin configuration's text (see scripts/valgrind.supp).
    private var context: GraphvizContext?
    /// The I/O discipline that feeds DOT text to the lexer. Graphs keep a pointer to it,
    /// so it is allocated once and lives as long as the process. Guarded by `lock`.
    private let readDiscipline: UnsafeMutablePointer<Agiodisc_t>

    private init() {
        readDiscipline = .allocate(capacity: 1)
        readDiscipline.initialize(to: Agiodisc_t(afread: readDOTChunk, putstr: nil, flush: nil))
        lock.lock()
        defer { lock.unlock() }
        // Every message at warning level or above goes to the hook, never to stderr.
        graphviz_agseterrf(graphvizMessageHook)
        graphviz_agseterr(AGWARN)
    }

    /// Runs `body` with Graphviz to itself.
    func withSession<T>(_ body: (borrowing GraphvizSession) throws(RenderError) -> T) throws(RenderError) -> T {
        lock.lock()
        defer { lock.unlock() }
        // Bound to a local, not passed as a temporary: Swift 6.3.1's optimiser crashes
        // (GenericSpecializer, "Cannot initialize a nonCopyable type with a guaranteed
        // value") specialising this for a caller in a release build otherwise.
        let session = GraphvizSession(gate: self)
        return try body(session)
    }

    /// The shared context, created if needed. Call only inside `withSession`.
    fileprivate func requireContext() throws(RenderError) -> GraphvizContext {
        if let context { return context }
        guard let created = GraphvizContext() else {
            throw .unavailable(message: "Graphviz could not create a rendering context.")
        }
        context = created
        return created
    }

    fileprivate var discipline: UnsafeMutablePointer<Agiodisc_t> { readDiscipline }
}

/// Proof that the gate is held: only `GraphvizGate.withSession` makes one, and being
/// noncopyable and borrowed it cannot leave that closure.
struct GraphvizSession: ~Copyable {
    fileprivate let gate: GraphvizGate

    fileprivate init(gate: GraphvizGate) {
        self.gate = gate
    }

    /// The shared context, created if needed.
    func context() throws(RenderError) -> GraphvizContext {
        try gate.requireContext()
    }

    /// Parses `dot`, which must hold exactly one graph.
    ///
    /// Reads through `agread` with a discipline that hands the lexer the whole text, then reads
    /// again until the end of the text. `agmemread` is not used: it feeds the lexer one line at
    /// a time and leaves whatever follows the first graph in the lexer's buffer, where the next
    /// parse (of another input) would read it first.
    func parse(_ dot: String, warnings: inout [String]) throws(RenderError) -> GraphvizGraph {
        if let nul = dot.utf8.firstIndex(of: 0) {
            let offset = dot.utf8.distance(from: dot.utf8.startIndex, to: nul)
            throw .parse(message: "The DOT text contains a NUL byte at offset \(offset).")
        }
        var text = dot
        let readDiscipline = gate.discipline
        let outcome = text.withUTF8 { bytes in
            var source = DOTSource(base: bytes.baseAddress, count: bytes.count)
            var discipline = Agdisc_t(mem: nil, id: nil, io: readDiscipline)
            return withUnsafeMutablePointer(to: &source) { channel in
                var outcome = ParseOutcome()
                Self.begin()
                graphviz_agreadline(1)
                outcome.graph = graphviz_agread(channel, &discipline)
                outcome.report = GraphvizReport(graphvizMessageLog.drain())
                outcome.failed = graphviz_agerrors() > 0
                // A failed read returns nil and cgraph flushes its lexer; otherwise read to the
                // end of the text (even if the graph came with an error) so nothing is left in
                // the lexer, and trailing garbage or a second graph is an error, not dropped.
                guard outcome.graph != nil else { return outcome }
                Self.begin()
                while let extra = graphviz_agread(channel, &discipline) {
                    graphviz_agclose(extra)
                    outcome.extraGraphs += 1
                }
                outcome.rest = GraphvizReport(graphvizMessageLog.drain())
                outcome.restFailed = graphviz_agerrors() > 0
                return outcome
            }
        }
        guard let pointer = outcome.graph else {
            throw .parse(message: outcome.report.failureText(fallback: "The DOT text contains no graph."))
        }
        let graph = GraphvizGraph(pointer)
        if outcome.failed {
            throw .parse(message: outcome.report.failureText(fallback: "Graphviz reported an error while parsing."))
        }
        if outcome.restFailed {
            throw .parse(message: outcome.rest.failureText(fallback: "Graphviz reported an error after the graph."))
        }
        if outcome.extraGraphs > 0 {
            throw .parse(message: "The DOT text holds \(outcome.extraGraphs + 1) graphs; only one can be rendered.")
        }
        warnings += outcome.report.warnings + outcome.rest.warnings
        return graph
    }

    /// Lays `graph` out with `engine`, renders it as `format`, and frees the layout.
    ///
    /// `engineName` and `formatName` are what Graphviz is asked for (`engine.rawValue`,
    /// `format.graphvizName`); they are separate so tests can reach Graphviz's own
    /// unknown-engine and unknown-format failures, which the enums rule out.
    func render(
        _ graph: borrowing GraphvizGraph,
        format: DiagramFormat, formatName: String,
        engine: LayoutEngine, engineName: String,
        warnings: inout [String]
    ) throws(RenderError) -> [UInt8] {
        let context = try context()
        Self.begin()
        let laidOut = graphviz_gvLayout(context.pointer, graph.pointer, engineName)
        // Also after a failed layout: gvFreeLayout frees whatever the engine attached.
        defer { graphviz_gvFreeLayout(context.pointer, graph.pointer) }
        // gvLayout returns 0 even when dot's positioning gives up ("Edge length … larger than
        // maximum"), so agerrors() decides, not only the status.
        if let message = finish(status: laidOut, warnings: &warnings) {
            throw .layout(engine: engine, message: message)
        }

        Self.begin()
        var data: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let rendered = graphviz_gvRenderData(context.pointer, graph.pointer, formatName, &data, &length)
        defer { graphviz_gvFreeRenderData(data) }
        if let message = finish(status: rendered, warnings: &warnings) {
            throw .render(format: format, message: message)
        }
        guard let data else { throw .render(format: format, message: "Graphviz returned no data.") }
        return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
    }

    /// Clears the log and Graphviz's error level before a call.
    private static func begin() {
        _ = graphvizMessageLog.drain()
        graphviz_agreseterrors()
    }

    /// After a call: Graphviz's message if the call failed, else nil with its warnings kept.
    private func finish(status: Int32, warnings: inout [String]) -> String? {
        let report = GraphvizReport(graphvizMessageLog.drain())
        if status != 0 || graphviz_agerrors() > 0 {
            return report.failureText(fallback: "Graphviz failed (status \(status)) without a message.")
        }
        warnings += report.warnings
        return nil
    }
}

/// What the two reads of `GraphvizSession.parse` found.
private struct ParseOutcome {
    var graph: UnsafeMutablePointer<Agraph_t>?
    var report = GraphvizReport([])
    var failed = false
    var extraGraphs = 0
    var rest = GraphvizReport([])
    var restFailed = false
}

/// The channel `readDOTChunk` reads from: UTF-8 bytes and how far the lexer has read.
private struct DOTSource {
    let base: UnsafePointer<UInt8>?
    let count: Int
    var offset = 0
}

/// `afread` for the DOT lexer: copies as much of the remaining text as fits.
private let readDOTChunk: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<CChar>?, Int32) -> Int32 = {
    channel, buffer, capacity in
    guard let channel, let buffer, capacity > 0 else { return 0 }
    let source = channel.assumingMemoryBound(to: DOTSource.self)
    let count = min(Int(capacity), source.pointee.count - source.pointee.offset)
    guard count > 0, let base = source.pointee.base else { return 0 }
    UnsafeMutableRawPointer(buffer).copyMemory(from: base + source.pointee.offset, byteCount: count)
    source.pointee.offset += count
    return Int32(count)
}

extension DiagramFormat {
    /// The `-T` name: `svg:svg:core` is the core SVG renderer, the one that writes `id` and
    /// `class` (`svg:cairo` does not); `png` takes cairo when installed, else gd; `pdf` is cairo.
    var graphvizName: String {
        switch self {
        case .svg: "svg:svg:core"
        case .png: "png"
        case .pdf: "pdf"
        }
    }
}
