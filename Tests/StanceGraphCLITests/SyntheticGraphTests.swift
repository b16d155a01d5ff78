import Foundation
import Testing
import StanceGraphTestSupport

/// The benchmark's graphs come from `scripts/generate-synthetic`; a graph the validator refuses
/// would make every benchmark row fail, so each size and seed must validate without errors
/// whenever the validator learns a new rule.
@Suite(.enabled(if: ProcessRunner.find("python3") != nil || ProcessInfo.processInfo.environment["CI"] != nil,
                "needs python3"))
struct SyntheticGraphTests {
    static let generator = PackageRoot.url.appendingPathComponent("scripts/generate-synthetic").path

    @Test(arguments: [(edges: 50, seed: 1), (edges: 1000, seed: 1), (edges: 3000, seed: 7), (edges: 3000, seed: 42)])
    func generatedGraphsAreValid(edges: Int, seed: Int) throws {
        let scratch = try Scratch(prefix: "stancegraph-synthetic")
        let file = scratch.url.appendingPathComponent("synthetic.json").path
        let generated = try ProcessRunner.run(URL(fileURLWithPath: ProcessRunner.find("python3")!),
                                              [Self.generator, "--edges", String(edges), "--seed", String(seed), "-o", file])
        try #require(generated.exitCode == 0, "\(generated.stderr)")
        let validated = try CommandRunner.run(["validate", "-g", file])
        #expect(validated.exitCode == 0, "\(validated.stderr.split(separator: "\n").filter { $0.contains("error:") }.prefix(5))")
        #expect(validated.stdout.contains("\(edges) edges"), "\(validated.stdout)")
    }
}
