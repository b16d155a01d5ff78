import Foundation
import Testing

/// Golden files: expected outputs committed in a test target's folder and compared with what
/// the code writes today.
///
/// To re-record after an intended change of output, run the tests with the environment
/// variable `STANCEGRAPH_RECORD=1` (e.g. `STANCEGRAPH_RECORD=1 swift test --filter Export`):
/// each golden test then writes its output into the source folder and fails, saying so; run
/// again without the variable, and review the change with `git diff`.
public struct Golden: Sendable {
    /// The environment variable that switches golden tests to recording.
    public static let recordVariable = "STANCEGRAPH_RECORD"

    public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// Where recording writes: the golden files' folder in the source tree.
    public var sourceFolder: URL
    /// Where comparing reads: the same files, as copied into the test bundle.
    public var readFolder: URL

    public init(sourceFolder: URL, readFolder: URL) {
        self.sourceFolder = sourceFolder
        self.readFolder = readFolder
    }

    /// Records an issue when `actual` differs from the golden file `name` (or writes it, when recording).
    public func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if Self.isRecording {
            let url = sourceFolder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record("Recorded \(name); run again without \(Self.recordVariable) to check it.", sourceLocation: sourceLocation)
            return
        }
        let url = readFolder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("No golden file \(name); record it with \(Self.recordVariable)=1.", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(expectedLines, actualLines).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
            ?? min(expectedLines.count, actualLines.count)
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("stancegraph-actual-\(name.replacingOccurrences(of: "/", with: "-"))")
        try? Data(actual.utf8).write(to: scratch)
        Issue.record("""
            \(name) differs from its golden file at line \(line + 1):
              expected: \(line < expectedLines.count ? String(expectedLines[line]) : "<end of file>")
              actual:   \(line < actualLines.count ? String(actualLines[line]) : "<end of file>")
            The whole output is in \(scratch.path); if the change is intended, re-record with \(Self.recordVariable)=1.
            """, sourceLocation: sourceLocation)
    }
}
