import Foundation
import Testing
import StanceGraphTestSupport

/// The query fixture (`Fixtures/queries.yaml`) and helpers to read what the commands print.
enum QueryFixture {
    static let path: String = {
        guard let url = Bundle.module.url(forResource: "queries", withExtension: "yaml", subdirectory: "Fixtures") else {
            fatalError("Fixtures/queries.yaml is missing from the test bundle")
        }
        return url.path
    }()

    /// `Fixtures/spokespeople.yaml`: spokespeople whose words are evidence of their principal's stances.
    static let spokespeoplePath: String = {
        guard let url = Bundle.module.url(forResource: "spokespeople", withExtension: "yaml", subdirectory: "Fixtures") else {
            fatalError("Fixtures/spokespeople.yaml is missing from the test bundle")
        }
        return url.path
    }()

    /// Runs `stancegraph` on the fixture graph, or on `graph`.
    static func run(_ arguments: [String], graph: String = path) throws -> CommandResult {
        try CommandRunner.run(arguments + ["-g", graph])
    }
}

extension CommandResult {
    /// Standard output parsed as a JSON object.
    func jsonObject() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any], "stdout is not a JSON object: \(stdout)")
    }

    /// Standard output's lines, without the newline that ends the last.
    var stdoutLines: [String] {
        var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// `object[key]` as an array of objects.
func objects(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

/// The `id` members of an array of objects.
func ids(_ value: Any?) -> [String] { objects(value).compactMap { $0["id"] as? String } }
