/// Something that writes a graph as text in one format.
///
/// Exporters are plain values with no C dependency. They stream their output to a
/// `TextOutputStream` piece by piece, so a large graph is never held as one big string,
/// and they are deterministic: the same graph and options always give the same bytes.
public protocol GraphExporter: Sendable {
    /// The documents an export is made of, in the order they are written.
    var documents: [ExportDocument] { get }

    /// Writes one of the export's documents for `graph` to `output`.
    func write(_ document: ExportDocument, of graph: Graph, to output: inout some TextOutputStream)
}

/// An exporter whose output is one document (DOT, GraphML, JSON).
public protocol SingleDocumentExporter: GraphExporter {
    /// Writes the whole export of `graph` to `output`.
    func write(_ graph: Graph, to output: inout some TextOutputStream)
}

extension SingleDocumentExporter {
    public var documents: [ExportDocument] { [.single] }

    public func write(_ document: ExportDocument, of graph: Graph, to output: inout some TextOutputStream) {
        precondition(document == .single, "\(Self.self) writes a single document, not \(document)")
        write(graph, to: &output)
    }

    /// The whole export as a string: for tests and small graphs.
    public func string(for graph: Graph) -> String {
        var output = ""
        write(graph, to: &output)
        return output
    }
}
