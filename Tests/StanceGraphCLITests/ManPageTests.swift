import Foundation
import Testing
import StanceGraphTestSupport

/// `stancegraph --generate-man-page`: the man page written from the commands' definitions.
@Suite struct ManPageTests {
    static let subcommands = ["validate", "stats", "export", "path", "stances", "who", "neighbors", "contradictions",
                              "timeline", "find", "sources", "extract", "report"]

    static func page() throws -> String {
        let result = try CommandRunner.run(["--generate-man-page"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func thePageHasItsSectionsAndEverySubcommand() throws {
        let page = try Self.page()
        #expect(page.hasPrefix(".TH STANCEGRAPH 1 "))
        for heading in [".SH NAME\nstancegraph \\- ", ".SH SYNOPSIS\n", ".SH DESCRIPTION\n", ".SH OPTIONS\n", ".SH SUBCOMMANDS\n", ".SH ENVIRONMENT\n"] {
            #expect(page.contains(heading), "\(heading)")
        }
        for command in Self.subcommands {
            #expect(page.contains(".SS \"stancegraph \(command)\"\n"), "\(command)")
        }
        #expect(page.contains(".TP\n\\fB\\-g\\fR, \\fB\\-\\-graph\\fR \\fIpath\\fR ...\n"))
        #expect(page.contains(".B NO_COLOR\n"))
        #expect(page.utf8.allSatisfy { $0 < 0x80 }, "characters outside ASCII are written as roff escapes")
        #expect(!page.contains("generate\\-man\\-page"), "the hidden option stays hidden")
    }

    @Test func theHelpDoesNotShowTheHiddenOption() throws {
        #expect(!(try CommandRunner.run(["--help"]).stdout.contains("man-page")))
    }

    /// groff reads the page without a warning, and its examples come out whole.
    @Test(.enabled(if: ProcessRunner.find("groff") != nil || ProcessInfo.processInfo.environment["CI"] != nil, "needs groff"))
    func groffRendersThePage() throws {
        let groff = try #require(ProcessRunner.find("groff"), "CI installs groff-base")
        let scratch = try Scratch()
        try Self.page().write(toFile: scratch.path("stancegraph.1"), atomically: true, encoding: .utf8)
        // -P-cbou: plain text, no bold or underline by overstriking or escapes.
        let rendered = try ProcessRunner.run(URL(fileURLWithPath: groff), ["-man", "-Tutf8", "-ww", "-P-cbou", "-rLL=200n", scratch.path("stancegraph.1")])
        #expect(rendered.exitCode == 0)
        #expect(rendered.stderr.isEmpty, "\(rendered.stderr)")
        let text = rendered.stdout
        #expect(text.contains("stancegraph export --actor putin --depth 1 --edge-labels -o putin.svg"), "\(text.prefix(3000))")
        #expect(text.contains("65  invalid graph data"))
    }
}
