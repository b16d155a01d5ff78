import Foundation
import Testing
import StanceGraphTestSupport

/// `-g FILE.graphml` and `-g DIR` read what `export` wrote; hostile XML is refused with exit 65.
@Suite struct ReadBackCommandTests {
    static func statsJSON(_ arguments: [String]) throws -> String {
        let result = try CommandRunner.run(["stats", "--format", "json"] + arguments)
        #expect(result.exitCode == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test(arguments: [["--format", "graphml"], ["--format", "graphml", "--yed"], ["--format", "csv"]])
    func anExportReadsBackAsTheSameGraph(exportOptions: [String]) throws {
        let scratch = try Scratch()
        let output = scratch.path(exportOptions.contains("csv") ? "csv" : "graph.graphml")
        let exported = try CommandRunner.run(["export"] + exportOptions + ["-o", output])
        try #require(exported.exitCode == 0, "\(exported.stderr)")
        #expect(try Self.statsJSON(["-g", output]) == (try Self.statsJSON([])))
    }

    @Test func standardInputReadsAsTheFormatNamed() throws {
        let graphML = try CommandRunner.run(["export", "--format", "graphml", "-o", "-"]).stdout
        let result = try CommandRunner.run(["stats", "--format", "json", "-g", "-", "--input-format", "graphml"], stdin: graphML)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == (try Self.statsJSON([])))
    }

    @Test func anXXEFileIsRefusedNotRead() throws {
        let scratch = try Scratch()
        let file = scratch.path("xxe.graphml")
        try """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <graphml><graph><node id="a"><data key="label">&xxe;</data></node></graph></graphml>
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["validate", file])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("xxe.graphml:2:1: error: the XML has a document type declaration (<!DOCTYPE …>), which is never read"), "\(result.stderr)")
        #expect(!result.stderr.contains("root:"))
    }

    @Test func aFolderWithoutNodesCSVIsNoInput() throws {
        let scratch = try Scratch()
        let result = try CommandRunner.run(["stats", "-g", scratch.url.path])
        #expect(result.exitCode == 66)
        #expect(result.stderr.contains("is a folder without nodes.csv"), "\(result.stderr)")
    }
}
