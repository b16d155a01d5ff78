import Foundation
import Testing
import StanceGraphTestSupport

/// Every query command's JSON answer is valid against `docs/query-output.schema.json`.
enum SchemaValidator {
    static let available = ProcessRunner.succeeds("python3", ["-c", "import jsonschema"])
}

@Suite(.enabled(if: SchemaValidator.available || ProcessInfo.processInfo.environment["CI"] != nil,
                "needs python3 with jsonschema (CI installs it)"))
struct QueryOutputSchemaTests {
    static let script = PackageRoot.url.appendingPathComponent("scripts/check-query-json.py").path

    static func validate(_ command: String, _ json: String) throws -> CommandResult {
        let scratch = try Scratch(prefix: "stancegraph-schema")
        let file = scratch.url.appendingPathComponent("answer.json")
        try Data(json.utf8).write(to: file)
        return try ProcessRunner.run(URL(fileURLWithPath: ProcessRunner.find("python3")!), [script, command, file.path])
    }

    @Test(arguments: [
        ["path", "kuleba", "putin", "--all-shortest"], ["path", "trump", "zelensky", "--k", "3", "--rank", "hops"],
        ["path", "blinken", "putin", "--max-hops", "3"],
        ["stances", "putin"], ["stances", "peskov"], ["stances", "isw", "--as-of", "2024-06"],
        ["who", "ceasefire-current-lines"], ["who", "recognition-of-gains", "--type", "demands"],
        ["neighbors", "putin", "--depth", "2"], ["contradictions"], ["timeline"], ["timeline", "--actor", "putin"],
        ["find", "ceasefire"], ["sources"], ["stats"],
    ])
    func everyAnswerFollowsTheSchema(arguments: [String]) throws {
        let answer = try CommandRunner.run(arguments + ["--format", "json"])
        #expect(answer.exitCode == 0, "\(answer.stderr)")
        let result = try Self.validate(arguments[0], answer.stdout)
        #expect(result.exitCode == 0, "\(arguments): \(result.stdout)\(result.stderr)")
    }

    /// The check can fail: an answer with a made-up attribution and a missing member is refused.
    @Test func aBrokenAnswerIsRefused() throws {
        let answer = try CommandRunner.run(["stances", "putin", "--format", "json"]).stdout
        let broken = answer.replacingOccurrences(of: "\"on-the-record\"", with: "\"overheard\"")
            .replacingOccurrences(of: "\"actor\":", with: "\"speaker\":")
        let result = try Self.validate("stances", broken)
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("overheard") || result.stdout.contains("actor"), "\(result.stdout)")
    }
}
