import Foundation

/// The formats a graph can be written in.
public enum InputFormat: String, CaseIterable, Sendable {
    case yaml
    case json

    /// The format a path's extension names: `.json` is JSON, `.yaml`/`.yml` YAML.
    public static func inferred(fromPath path: String) -> InputFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": return .json
        case "yaml", "yml": return .yaml
        default: return nil
        }
    }
}
