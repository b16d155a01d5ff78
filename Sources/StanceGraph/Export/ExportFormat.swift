/// The formats `stancegraph export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case dot, svg, png, pdf, graphml, gexf, cyjs, json, csv, kuzu

    /// The format a destination path names by its extension: `.dot`/`.gv`, `.svg`, `.png`,
    /// `.pdf`, `.graphml`, `.gexf`, `.cyjs` (Cytoscape.js), `.json`, and `.csv` for the CSV folder (as Spark names its CSV output folders).
    /// Kùzu's folder is never inferred: a name ending in `.kuzu` is what Kùzu's own databases are called.
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
        case "gexf": return .gexf
        case "cyjs": return .cyjs
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
    public var isFolder: Bool { self == .csv || self == .kuzu }
}
