import Foundation

/// The package's root folder (where `Package.swift`, `graphs/` and `Sources/` are), found by
/// walking up from this file; tests read the bundled graph, the docs and the sources from it.
public enum PackageRoot {
    public static let url: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `path` (relative to the root) as a URL.
    public static func appending(_ path: String) -> URL { url.appendingPathComponent(path) }

    /// The text of the file at `path` (relative to the root).
    public static func text(_ path: String) throws -> String {
        try String(contentsOf: appending(path), encoding: .utf8)
    }
}
