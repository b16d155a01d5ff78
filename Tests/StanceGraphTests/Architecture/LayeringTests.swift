import Foundation
import Testing
import StanceGraphTestSupport

/// The folders of `Sources/StanceGraph` are layers: each file may use the types declared in
/// its own folder and the folders before it, never one after it. Read from the sources, with
/// comments and string literals left out; a type counts as declared where it is declared at
/// the top level of a file (its nested types come with it).
@Suite struct LayeringTests {
    static let layers = ["Support", "Model", "Diagnostics", "Loading", "Verification", "Query", "Extraction", "Export", "Report"]
    static let library = PackageRoot.appending("Sources/StanceGraph")

    /// Upward references the sources have today, being fixed in the sources. The test fails
    /// for any other one, and for any of these that is gone: take it off the list then.
    static let pendingViolations: [String] = []

    /// Each Swift file of the library, as its path relative to `Sources/StanceGraph`.
    static func files() throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: library.path))
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
    }

    /// The files' code, comments and strings left out.
    static func code() throws -> [(file: String, code: String)] {
        try files().map { file in
            (file, SwiftSourceText.code(of: try String(contentsOf: library.appendingPathComponent(file), encoding: .utf8)))
        }
    }

    /// `file: uses TypeName from Folder`, for every file using a type of a later folder.
    static func violations() throws -> [String] {
        let sources = try code()
        var declared: [String: Int] = [:]  // type name -> the first layer that declares it
        for (file, code) in sources {
            let layer = try #require(layers.firstIndex(of: String(file.prefix { $0 != "/" })), "\(file) is in no layer")
            for name in SwiftSourceText.topLevelTypes(in: code) {
                declared[name] = min(declared[name] ?? layer, layer)
            }
        }
        var found: [String] = []
        for (file, code) in sources {
            let layer = layers.firstIndex(of: String(file.prefix { $0 != "/" }))!
            for name in Set(SwiftSourceText.identifiers(in: code)) {
                // Export draws and writes what it is handed; it never asks Query (a highlight is ids).
                let sibling = layers[layer] == "Export" && declared[name].map { layers[$0] == "Query" } == true
                if let owner = declared[name], owner > layer || sibling {
                    found.append("\(file): uses \(name) from \(layers[owner])")
                }
            }
        }
        return found.sorted()
    }

    @Test func everyFolderIsALayer() throws {
        let folders = Set(try Self.files().map { String($0.prefix { $0 != "/" }) })
        #expect(folders == Set(Self.layers), "Sources/StanceGraph has files outside the layers, or a layer is gone")
    }

    @Test func theDeclarationsAreFound() throws {
        // The reading of the sources must see what is there, or the layering test proves nothing.
        let types = Dictionary(grouping: try Self.code(), by: { String($0.file.prefix { $0 != "/" }) })
            .mapValues { $0.reduce(into: Set<String>()) { $0.formUnion(SwiftSourceText.topLevelTypes(in: $1.code)) } }
        #expect(types["Model"]?.isSuperset(of: ["Graph", "Node", "Edge", "PartialDate", "NodeKind"]) == true)
        #expect(types["Query"]?.isSuperset(of: ["Subgraph", "GraphFilter", "QueryIndex"]) == true)
        #expect(types["Export"]?.isSuperset(of: ["DOTExporter", "GraphMLExporter"]) == true)
        #expect(types["Support"]?.contains("JSONValue") == true)
    }

    @Test func noFolderUsesATypeOfALaterFolder() throws {
        let found = try Self.violations()
        let new = found.filter { !Self.pendingViolations.contains($0) }
        let fixed = Self.pendingViolations.filter { !found.contains($0) }
        #expect(new.isEmpty, "upward references (each folder may use only itself and the folders before it, \(Self.layers.joined(separator: " → "))):\n\(new.joined(separator: "\n"))")
        #expect(fixed.isEmpty, "fixed, so take these off LayeringTests.pendingViolations:\n\(fixed.joined(separator: "\n"))")
    }
}
