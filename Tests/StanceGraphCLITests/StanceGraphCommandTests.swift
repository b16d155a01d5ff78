import Foundation
import Testing
import StanceGraphTestSupport

/// The root command: `--version` names the tool, its version and the Graphviz it renders with.
@Suite struct StanceGraphCommandTests {
    @Test(arguments: [["--version"], ["export", "--version"]])
    func versionNamesToolAndGraphviz(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        let pattern = #/stancegraph \d+\.\d+\.\d+ \(Graphviz \d+\.\d+(\.\d+)*\)\n/#
        #expect(try pattern.wholeMatch(in: result.stdout) != nil, "\(result.stdout)")
    }

    @Test(.enabled(if: ProcessRunner.find("dot") != nil, "needs dot"))
    func theGraphvizVersionIsTheLibrarysOwn() throws {
        let dot = try #require(ProcessRunner.find("dot"))
        // `dot -V` prints "dot - graphviz version 2.43.0 (0)" on standard error.
        let reference = try ProcessRunner.run(URL(fileURLWithPath: dot), ["-V"])
        let ours = try CommandRunner.run(["--version"]).stdout
        let version = try #require(ours.split(separator: "Graphviz ").last?.prefix { $0 != ")" })
        #expect(reference.stderr.contains("version \(version) "), "\(reference.stderr) vs \(ours)")
    }
}
