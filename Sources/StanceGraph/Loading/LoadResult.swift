/// What loading produced: the graph when the input is valid, and every diagnostic either way.
public struct LoadResult: Sendable {
    /// The graph, or `nil` when there are errors.
    public var graph: Graph?
    public var report: DiagnosticReport
    /// For each source node id, the folder its `file:` is relative to (the folder of the graph file that declares it).
    public var sourceBaseDirectories: [String: String]

    public init(graph: Graph?, report: DiagnosticReport, sourceBaseDirectories: [String: String] = [:]) {
        self.graph = graph
        self.report = report
        self.sourceBaseDirectories = sourceBaseDirectories
    }
}
