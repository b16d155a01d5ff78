import Foundation
import Testing
import StanceGraphTestSupport

/// `stancegraph export --format kuzu`: the folder it writes loads into Kùzu, and Kùzu's shortest
/// paths have the lengths `stancegraph path --through-sources --rank hops` prints, compared by
/// `scripts/check-kuzu.py` running the command once per pair. (The library's `KuzuLoadTests`
/// compare every actor pair of the bundled graph and a graph of 100,000 edges.)
@Suite struct ExportKuzuCommandTests {
    static let kuzuAvailable = ProcessRunner.succeeds("python3", ["-c", "import kuzu"])
    static let onCI = ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: kuzuAvailable || onCI, "needs python3 with kuzu (CI installs it)"))
    func theExportAgreesWithThePathCommand() throws {
        let scratch = try Scratch(prefix: "stancegraph-kuzu-cli")
        for (format, name) in [("kuzu", "kuzu-import"), ("json", "graph.json")] {
            let exported = try CommandRunner.run(["export", "--format", format, "-o", scratch.path(name)])
            try #require(exported.exitCode == 0, "\(exported.stderr)")
        }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: scratch.path("kuzu-import")))
                == ["schema.cypher", "load.cypher", "nodes.csv", "edges.csv", "claim-steps.csv"])
        let result = try ProcessRunner.run(URL(fileURLWithPath: ProcessRunner.find("python3")!),
                                           [PackageRoot.appending("scripts/check-kuzu.py").path, scratch.path("kuzu-import"),
                                            scratch.path("graph.json"), "--stancegraph", CommandRunner.executable.path,
                                            "--pairs", "40", "--seed", "1"])
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("40 pairs"), "\(result.stderr)")
    }

    /// The Python that docs/scaling.md gives for loading the folder runs as shown, and prints the
    /// length `stancegraph path` finds.
    @Test(.enabled(if: kuzuAvailable || onCI, "needs python3 with kuzu (CI installs it)"))
    func theDocumentedPythonRuns() throws {
        let text = try PackageRoot.text("docs/scaling.md")
        let section = try #require(text.components(separatedBy: "\n## ").first { $0.hasPrefix("Kùzu\n") })
        let python = try #require(section.components(separatedBy: "```python\n").dropFirst().first?.components(separatedBy: "\n```").first)
        let scratch = try Scratch(prefix: "stancegraph-kuzu-docs")
        let exported = try CommandRunner.run(["export", "--format", "kuzu", "-o", "kuzu-import", "-g", PackageRoot.appending("graphs/ceasefire-signals.yaml").path],
                                             in: scratch.url)
        try #require(exported.exitCode == 0, "\(exported.stderr)")
        let result = try ProcessRunner.run(URL(fileURLWithPath: ProcessRunner.find("python3")!), ["-c", python], in: scratch.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let path = try CommandRunner.run(["path", "kuleba", "putin", "--through-sources", "--rank", "hops", "--format", "json"])
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(path.stdout.utf8)) as? [String: Any])
        let hops = try #require((answer["paths"] as? [[String: Any]])?.first?["hops"] as? Int)
        #expect(result.stdout.hasPrefix("[\(hops), ['kuleba', "), "\(result.stdout)")
        #expect(result.stdout.contains("'putin']]"), "\(result.stdout)")
    }

    @Test func theFolderFormatNeedsAFolder() throws {
        let result = try CommandRunner.run(["export", "--format", "kuzu"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("pass -o FOLDER"), "\(result.stderr)")
        let scratch = try Scratch()
        try Data("x".utf8).write(to: scratch.url.appendingPathComponent("file"))
        let onFile = try CommandRunner.run(["export", "--format", "kuzu", "-o", scratch.path("file")])
        #expect(onFile.exitCode == 73, "\(onFile.stderr)")
        #expect(scratch.contents("file") == "x")
    }
}
