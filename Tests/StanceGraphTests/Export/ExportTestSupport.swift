import Foundation
import Testing
@testable import StanceGraph

/// The graphs the export tests write.
enum ExportFixture {
    /// `Fixtures/export/hostile.yaml` as the loader reads it.
    static func loaded() throws -> Graph {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/export/hostile.yaml")
        let input = GraphInput(name: "hostile.yaml", bytes: [UInt8](try Data(contentsOf: url)), format: .yaml)
        let result = GraphLoader().load([input])
        return try #require(result.graph, "the export fixture does not load: \(result.report.sorted.map(\.formatted))")
    }

    /// URLs no export may ever link to, put on nodes in code (the loader refuses them).
    static let unsafeURLs = [
        "hostile.actor:1": "javascript:alert(document.cookie)",
        "anon": "data:text/html,<script>alert(1)</script>",
        "peace-group": "JaVaScRiPt:alert(1)",
        "russia": "file:///etc/passwd",
    ]

    /// The fixture with `unsafeURLs` added: what the golden files are written from.
    static func hostile() throws -> Graph {
        let graph = try loaded()
        let nodes = graph.nodes.map { node in
            var node = node
            if let url = unsafeURLs[node.id] { node.url = url }
            return node
        }
        return try Graph(title: graph.title, description: graph.description, nodes: nodes, edges: graph.edges)
    }
}

/// Golden files in `Tests/StanceGraphTests/Snapshots/`, read from the test bundle.
///
/// To re-record after an intended change of output, run the tests with
/// `STANCEGRAPH_RECORD=1 swift test --filter Export`: each golden test then writes its output
/// into the source folder and fails, saying so; run again without the variable, and review
/// the change with `git diff Tests/StanceGraphTests/Snapshots`.
enum Golden {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["STANCEGRAPH_RECORD"] == "1" }

    static let sourceFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func assertMatches(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        if isRecording {
            let url = sourceFolder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record("Recorded \(name); run again without STANCEGRAPH_RECORD to check it.", sourceLocation: sourceLocation)
            return
        }
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Snapshots/\(name)")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("No golden file \(name); record it with STANCEGRAPH_RECORD=1.", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(expectedLines, actualLines).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
            ?? min(expectedLines.count, actualLines.count)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("stancegraph-actual-\(name.replacingOccurrences(of: "/", with: "-"))")
        try? Data(actual.utf8).write(to: scratch)
        Issue.record("""
            \(name) differs from its golden file at line \(line + 1):
              expected: \(line < expectedLines.count ? String(expectedLines[line]) : "<end of file>")
              actual:   \(line < actualLines.count ? String(actualLines[line]) : "<end of file>")
            The whole output is in \(scratch.path); if the change is intended, re-record with STANCEGRAPH_RECORD=1.
            """, sourceLocation: sourceLocation)
    }
}

/// Programs some tests use when the machine has them (CI always does).
enum ExternalTool {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package's root folder.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The GraphML schema, kept beside the project (see the schemas' README).
    static let graphMLSchema = packageRoot.appendingPathComponent("../shared/schemas/graphml.xsd").standardizedFileURL

    /// The full path of a program on `PATH`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program found on `PATH`; output goes through files so a large one cannot block.
    static func run(_ name: String, _ arguments: [String], stdin: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(find(name), "\(name) is not on PATH"))
        process.arguments = arguments
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("stancegraph-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func succeeds(_ name: String, _ arguments: [String]) -> Bool {
        guard find(name) != nil else { return false }
        return (try? run(name, arguments).status) == 0
    }

    static let hasXmllint = find("xmllint") != nil && FileManager.default.fileExists(atPath: graphMLSchema.path)
    static let hasGraphviz = find("dot") != nil && find("gc") != nil
    static let hasNetworkX = succeeds("python3", ["-c", "import networkx"])
    static let hasIgraph = succeeds("python3", ["-c", "import igraph"])
    static let hasPython = find("python3") != nil

    /// A scratch folder, removed by the caller.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stancegraph-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A `TextOutputStream` that counts the pieces it is given, to show an exporter streams.
struct CountingStream: TextOutputStream {
    var text = ""
    var writes = 0
    var largestWrite = 0

    mutating func write(_ string: String) {
        text += string
        writes += 1
        largestWrite = max(largestWrite, string.utf8.count)
    }
}
