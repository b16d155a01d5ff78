/// One document of an export: the whole of it for most formats, or one named file of a
/// folder export (`nodes.csv` and `edges.csv` for the Neo4j CSV format).
public struct ExportDocument: Hashable, Sendable {
    /// The file name inside the destination folder, or `nil` for a format written as one file.
    public var fileName: String?

    public init(fileName: String?) {
        self.fileName = fileName
    }

    /// The only document of a single-file format.
    public static let single = ExportDocument(fileName: nil)
}

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

/// The formats `stancegraph export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case dot, svg, png, pdf, graphml, json, csv

    /// The format a destination path names by its extension: `.dot`/`.gv`, `.svg`, `.png`,
    /// `.pdf`, `.graphml`, `.json`, and `.csv` for the CSV folder (as Spark names its CSV output folders).
    public static func inferred(fromPath path: String) -> ExportFormat? {
        var name = Substring(path)
        while name.count > 1, name.hasSuffix("/") { name = name.dropLast() }
        let lastComponent = name.split(separator: "/", omittingEmptySubsequences: false).last ?? name
        guard let dot = lastComponent.lastIndex(of: "."), dot != lastComponent.startIndex else { return nil }
        switch lastComponent[lastComponent.index(after: dot)...].lowercased() {
        case "dot", "gv": return .dot
        case "svg": return .svg
        case "png": return .png
        case "pdf": return .pdf
        case "graphml": return .graphml
        case "json": return .json
        case "csv": return .csv
        default: return nil
        }
    }

    /// The rendered format Graphviz draws, for the formats that are diagrams of the DOT export.
    public var diagramFormat: DiagramFormat? {
        switch self {
        case .svg: return .svg
        case .png: return .png
        case .pdf: return .pdf
        default: return nil
        }
    }

    /// Whether the format is a drawing of the graph (DOT, or a rendering of it).
    public var isDiagram: Bool { self == .dot || diagramFormat != nil }

    /// Whether the format is binary rather than text.
    public var isBinary: Bool { self == .png || self == .pdf }

    /// Whether the format is a folder of files rather than one file.
    public var isFolder: Bool { self == .csv }
}
