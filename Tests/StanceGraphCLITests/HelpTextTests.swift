import Foundation
import Testing
import StanceGraphTestSupport

/// Help is laid out for the terminal's width, and an example command line is never broken.
@Suite struct HelpTextTests {
    static let pages: [[String]] = [["--help"], ["validate", "--help"], ["export", "--help"], ["path", "--help"],
                                    ["stances", "--help"], ["timeline", "--help"], ["report", "--help"], ["help", "extract"]]

    /// The EXAMPLES lines of a help page.
    static func examples(_ help: String) -> [String] {
        let lines = help.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "EXAMPLES") else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
    }

    @Test(arguments: pages, [50, 80, 132])
    func linesFitTheWidthAndExamplesAreWhole(page: [String], columns: Int) throws {
        let wide = try CommandRunner.run(page, environment: ["COLUMNS": "1000"])
        let help = try CommandRunner.run(page, environment: ["COLUMNS": String(columns)])
        #expect(help.exitCode == 0)
        let examples = Self.examples(wide.stdout)
        if page != ["--help"] { #expect(!examples.isEmpty, "\(page) shows examples") }
        #expect(Self.examples(help.stdout) == examples, "the examples are the same lines at every width")
        for line in help.stdout.components(separatedBy: "\n") where !examples.contains(line) {
            #expect(line.count <= columns, "\(page) at \(columns): \(line)")
        }
    }

    @Test func exitCodesWrapUnderTheirMeaning() throws {
        let help = try CommandRunner.run(["--help"], environment: ["COLUMNS": "50"]).stdout
        #expect(help.contains("  65  invalid graph data (the messages say where),\n      or a name not in the graph\n"), "\(help)")
    }
}
