import Foundation
import Testing
import StanceGraphTestSupport

/// One route from an error to an exit code: the same mistake gets the same code and words in
/// every command, and the codes the help pages list are the README's.
@Suite struct ExitStatusTests {
    /// An unknown name, wherever a command takes one.
    static let unknownNameCommands: [[String]] = [
        ["export", "--actor", "putn"],
        ["path", "putn", "kuleba"],
        ["path", "kuleba", "putn"],
        ["stances", "putn"],
        ["neighbors", "putn"],
        ["timeline", "--actor", "putn"],
    ]

    @Test(arguments: unknownNameCommands)
    func anUnknownNameIsTheSameErrorEverywhere(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.exitCode == 65, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: no node is called \"putn\" (names are ids, labels or aliases); did you mean \"putin\""),
                "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [["export", "--source", "nowhere"], ["path", "kuleba", "putin", "--source", "nowhere"], ["stances", "putin", "--source", "nowhere"]])
    func anUnknownSourceIsTheSameErrorEverywhere(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.exitCode == 65, "\(arguments): \(result.stderr)")
        #expect(result.stderr == "error: no source \"nowhere\" in the graph\n")
    }

    /// Every code the root help lists is in the README's table with the same number, and the
    /// README lists no other.
    @Test func theHelpAndTheReadmeListTheSameCodes() throws {
        let help = try CommandRunner.run(["--help"]).stdout
        let helpCodes = Set(help.split(separator: "\n").compactMap { line -> Int? in
            let trimmed = line.drop { $0 == " " }
            guard line.hasPrefix("  "), let number = Int(trimmed.prefix { $0.isNumber }), trimmed.dropFirst(String(number).count).hasPrefix("  ") || trimmed.dropFirst(String(number).count).hasPrefix("   ") else { return nil }
            return number
        })
        let readme = try String(contentsOf: PackageRoot.url.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### Exit codes").dropFirst().first)
        let readmeCodes = Set(section.split(separator: "\n").prefix { !$0.hasPrefix("#") }.compactMap { line -> Int? in
            guard line.hasPrefix("| ") else { return nil }
            return Int(line.dropFirst(2).prefix { $0.isNumber })
        })
        #expect(helpCodes == [0, 1, 64, 65, 66, 70, 73])
        #expect(readmeCodes == helpCodes)
    }
}
