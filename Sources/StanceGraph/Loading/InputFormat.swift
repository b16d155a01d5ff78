import Foundation

/// The formats a graph can be read from.
public enum InputFormat: String, CaseIterable, Sendable {
    case yaml
    case json
    /// GraphML: stancegraph's own export (plain or for yEd), or as far as it maps, anyone's.
    case graphml
    /// One file of stancegraph's CSV export (`nodes.csv` or `edges.csv`); a folder holds both.
    case csv

    /// The format a path's extension names: `.json` is JSON, `.yaml`/`.yml` YAML,
    /// `.graphml`/`.xml` GraphML, `.csv` CSV.
    public static func inferred(fromPath path: String) -> InputFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": return .json
        case "yaml", "yml": return .yaml
        case "graphml", "xml": return .graphml
        case "csv": return .csv
        default: return nil
        }
    }
}
