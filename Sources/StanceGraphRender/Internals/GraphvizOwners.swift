import CGraphviz

/// Owns a Graphviz context (`GVC_t`): plugins loaded from the installed configuration.
///
/// `deinit` frees it with `gvFreeContext`. Only `GraphvizGate` creates one, inside the gate,
/// and it keeps it for the life of the process (see `GraphvizGate.context` for why).
final class GraphvizContext {
    let pointer: OpaquePointer

    /// Nil when Graphviz cannot allocate a context.
    init?() {
        guard let pointer = graphviz_gvContext() else { return nil }
        self.pointer = pointer
    }

    deinit {
        graphviz_gvFreeContext(pointer)
    }

    /// The linked library's version, such as "2.43.0".
    var version: String {
        graphviz_gvcVersion(pointer).map { String(cString: $0) } ?? "unknown"
    }
}

/// Owns a root graph (`Agraph_t`) read from DOT; `deinit` frees it with `agclose`.
///
/// Noncopyable, so it cannot be stored or returned out of the gate's closure by accident:
/// it is closed where it was parsed, while the gate is held.
struct GraphvizGraph: ~Copyable {
    let pointer: UnsafeMutablePointer<Agraph_t>

    init(_ pointer: UnsafeMutablePointer<Agraph_t>) {
        self.pointer = pointer
    }

    deinit {
        graphviz_agclose(pointer)
    }

    var nodeCount: Int { Int(graphviz_agnnodes(pointer)) }
    var edgeCount: Int { Int(graphviz_agnedges(pointer)) }
}
