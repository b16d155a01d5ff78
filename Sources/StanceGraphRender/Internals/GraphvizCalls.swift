import CGraphviz

// One thin function per Graphviz C call, as swift-system wraps each syscall: the rest of the
// module calls these, never the C functions directly, so every use of the C library is in one
// file and is easy to audit. Declarations come from the installed headers (Graphviz 2.42/2.43:
// `gvRenderData` takes `unsigned int *length`). None of these is thread-safe: call them only
// inside `GraphvizGate.withSession`.

// MARK: - cgraph: graphs

/// `agread`: parses the next graph from `channel` through the discipline's `afread`.
internal func graphviz_agread(
    _ channel: UnsafeMutableRawPointer, _ discipline: UnsafeMutablePointer<Agdisc_t>
) -> UnsafeMutablePointer<Agraph_t>? {
    agread(channel, discipline)
}

/// `agreadline`: sets the lexer's line number, which otherwise runs on from the last read.
internal func graphviz_agreadline(_ line: Int32) {
    agreadline(line)
}

/// `agclose`: frees a root graph and everything in it.
@discardableResult
internal func graphviz_agclose(_ graph: UnsafeMutablePointer<Agraph_t>) -> Int32 {
    agclose(graph)
}

/// `agnnodes`: the number of nodes in a graph.
internal func graphviz_agnnodes(_ graph: UnsafeMutablePointer<Agraph_t>) -> Int32 {
    agnnodes(graph)
}

/// `agnedges`: the number of edges in a graph.
internal func graphviz_agnedges(_ graph: UnsafeMutablePointer<Agraph_t>) -> Int32 {
    agnedges(graph)
}

// MARK: - cgraph: messages

/// `agseterrf`: installs the function that receives every message at or above the error level.
@discardableResult
internal func graphviz_agseterrf(_ function: agusererrf?) -> agusererrf? {
    agseterrf(function)
}

/// `agseterr`: sets the lowest level that is reported (lower ones go to a temporary file).
@discardableResult
internal func graphviz_agseterr(_ level: agerrlevel_t) -> agerrlevel_t {
    agseterr(level)
}

/// `agerrors`: the highest level reported since the last reset (`AGERR` = 1 means an error).
internal func graphviz_agerrors() -> Int32 {
    agerrors()
}

/// `agreseterrors`: clears the highest level reported, returning the old value.
@discardableResult
internal func graphviz_agreseterrors() -> Int32 {
    agreseterrors()
}

// MARK: - gvc: context, layout, render

/// `gvContext`: a context with the plugins named in the installed configuration (demand-loaded).
internal func graphviz_gvContext() -> OpaquePointer? {
    gvContext()
}

/// `gvFreeContext`: frees a context and unloads its plugins.
@discardableResult
internal func graphviz_gvFreeContext(_ context: OpaquePointer) -> Int32 {
    gvFreeContext(context)
}

/// `gvcVersion`: the version of the Graphviz library, owned by the context.
internal func graphviz_gvcVersion(_ context: OpaquePointer) -> UnsafeMutablePointer<CChar>? {
    gvcVersion(context)
}

/// `gvLayout`: lays a graph out with the named engine; nonzero when the engine is unknown.
internal func graphviz_gvLayout(
    _ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ engine: String
) -> Int32 {
    gvLayout(context, graph, engine)
}

/// `gvFreeLayout`: frees what a layout attached to the graph; safe on a graph never laid out.
@discardableResult
internal func graphviz_gvFreeLayout(_ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>) -> Int32 {
    gvFreeLayout(context, graph)
}

/// `gvRenderData`: renders a laid-out graph into a buffer that `gvFreeRenderData` must free.
internal func graphviz_gvRenderData(
    _ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ format: String,
    _ result: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, _ length: UnsafeMutablePointer<UInt32>
) -> Int32 {
    gvRenderData(context, graph, format, result, length)
}

/// `gvFreeRenderData`: frees a buffer from `gvRenderData` (nil is allowed).
internal func graphviz_gvFreeRenderData(_ data: UnsafeMutablePointer<CChar>?) {
    gvFreeRenderData(data)
}
