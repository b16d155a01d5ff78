import Foundation
import Testing
import StanceGraphTestSupport

@Suite struct ReportCommandTests {
    static let hostileGraph = PackageRoot.appending("Tests/StanceGraphCLITests/Fixtures/report-hostile.yaml").path

    @Test func theBundledGraphsPageIsSelfContainedSmallAndStable() throws {
        let scratch = try Scratch()
        let first = try CommandRunner.run(["report", "-o", scratch.path("a.html")])
        #expect(first.exitCode == 0, "\(first.stderr)")
        let second = try CommandRunner.run(["report", "-o", scratch.path("b.html")])
        #expect(second.exitCode == 0, "\(second.stderr)")
        let html = try #require(scratch.contents("a.html"))
        #expect(html == scratch.contents("b.html"), "the same graph gives different pages")
        #expect(html.utf8.count < 1_500_000, "the page is \(html.utf8.count) bytes")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-"))
        #expect(html.contains("<svg id=\"diagram-svg\""))
        #expect(html.contains("Filters:</strong> none, the whole graph (80 nodes, 169 edges, 224 provenance records)."))
        // The source texts beside the graph give every quote its passage.
        #expect(html.components(separatedBy: "\"context\":[").count - 1 == 224 - html.components(separatedBy: "\"context\":null").count + 1)
        #expect(html.components(separatedBy: "\"context\":[").count - 1 > 150)
        // Nothing is fetched: no address is loaded from anywhere.
        for reference in ["src=\"http", "href=\"//", "@import", "<link rel=\"stylesheet\""] {
            #expect(!html.contains(reference), "\(reference)")
        }
    }

    @Test func filtersAreStatedAndEgoNetworksKept() throws {
        let result = try CommandRunner.run(["report", "--actor", "putin", "--depth", "1", "--as-of", "2024-06"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<strong>Filters:</strong> as the graph stood on 2024-06; within 1 hop of Vladimir Putin (putin)"))
        #expect(!result.stdout.contains("node&#45;kuleba\""))
    }

    @Test func withoutSourceTextsThereAreNoPassages() throws {
        let scratch = try Scratch()
        let result = try CommandRunner.run(["report", "--sources", scratch.url.path])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\"context\":["))
        let missing = try CommandRunner.run(["report", "--sources", scratch.path("nowhere")])
        #expect(missing.exitCode == 66)
    }

    @Test func theBriefForAnActor() throws {
        let result = try CommandRunner.run(["report", "--actor", "putin", "--format", "md"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let brief = result.stdout
        #expect(brief.hasPrefix("# Brief: Vladimir Putin\n"))
        #expect(brief.contains("\n## A ceasefire that freezes the war on the current front lines\n"))
        #expect(brief.contains("\n## Contradictions and doubts\n"))
        #expect(brief.contains("\n### Doubted, denied or contradicted\n"))
        #expect(brief.contains("- **Dmytro Kuleba doubts** \\[Vladimir Putin —supports→ A ceasefire that freezes the war on the current front lines\\]"))
        #expect(brief.contains("\n## Sources\n\n1. **"))
        // Every citation number has its source, and every source is cited.
        let cited = Set(brief.matches(of: /\[(\d+)\]/).map { Int($0.1)! })
        let listed = brief.components(separatedBy: "\n## Sources\n\n")[1].split(separator: "\n").count
        #expect(cited == Set(1...listed))
    }

    @Test func theBriefForAPositionAndForTheGraph() throws {
        let position = try CommandRunner.run(["report", "--position", "ceasefire current lines", "--format", "md"])
        #expect(position.exitCode == 0, "\(position.stderr)")
        #expect(position.stdout.hasPrefix("# Brief: A ceasefire that freezes the war on the current front lines\n"))
        #expect(position.stdout.contains("\n## Vladimir Putin\n"))
        #expect(position.stdout.contains("\n### On both sides of a position\n") == false)
        let scratch = try Scratch()
        let graph = try CommandRunner.run(["report", "-o", scratch.path("brief.markdown")])
        #expect(graph.exitCode == 0, "\(graph.stderr)")
        let text = try #require(scratch.contents("brief.markdown"))
        #expect(text.hasPrefix("# Brief: Ceasefire signals\n"))
        #expect(text.contains("\n### On both sides of a position\n"))
    }

    @Test func theHostileBriefIsEscaped() throws {
        let result = try CommandRunner.run(["report", "-g", Self.hostileGraph, "--format", "md"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        // Every angle bracket from the graph is escaped; the only raw ones enclose an address.
        let unescaped = result.stdout.replacingOccurrences(of: "\\<", with: "").replacingOccurrences(of: "<https://", with: "")
        #expect(!unescaped.contains("<"), "\(result.stdout)")
        #expect(result.stdout.contains("\\<img src=x onerror=window.\\_\\_pwned=12\\>"))
        #expect(!result.stdout.contains("\u{202E}"))
        #expect(result.stdout.contains("Never U+202Ereven"))
    }

    /// Through pandoc (when the machine has it), the hostile brief gives no tag from the graph's text.
    @Test(.enabled(if: ProcessRunner.find("pandoc") != nil, "needs pandoc"))
    func theHostileBriefThroughPandocHasNoTags() throws {
        let brief = try CommandRunner.run(["report", "-g", Self.hostileGraph, "--format", "md"])
        for reader in ["markdown", "gfm", "commonmark"] {
            let html = try ProcessRunner.run("pandoc", ["-f", reader, "-t", "html"], stdin: brief.stdout)
            #expect(html.exitCode == 0, "\(html.stderr)")
            for tag in ["<script", "<img", "<b ", "<iframe", "<svg", "<!--"] {
                #expect(!html.stdout.contains(tag), "\(reader): \(tag)")
            }
            #expect(html.stdout.contains("&lt;/script&gt;"), "\(reader)")
        }
    }

    @Test func usageErrors() throws {
        #expect(try CommandRunner.run(["report", "--depth", "2"]).exitCode == 64)
        #expect(try CommandRunner.run(["report", "--position", "ceasefire-current-lines"]).exitCode == 64)
        #expect(try CommandRunner.run(["report", "--actor", "putin", "--depth", "1", "--format", "md"]).exitCode == 64)
        #expect(try CommandRunner.run(["report", "--format", "pdf"]).exitCode == 64)
        #expect(try CommandRunner.run(["report", "--actor", "nobody-at-all", "--format", "md"]).exitCode == 65)
        #expect(try CommandRunner.run(["report", "--actor", "ceasefire-current-lines", "--format", "md"]).exitCode == 65)
    }

    /// Every command docs/report.md shows runs, writing what it names (into a scratch folder).
    @Test func theDocumentedCommandsRun() throws {
        let text = try PackageRoot.text("docs/report.md")
        let commands = text.split(separator: "\n").filter { $0.hasPrefix("$ stancegraph ") }.map { String($0.dropFirst(2)) }
        #expect(commands.count >= 6)
        let scratch = try Scratch()
        for command in commands {
            var arguments = command.split(separator: " ").map(String.init).dropFirst().map { $0 }
            if let index = arguments.firstIndex(of: "-o") { arguments[index + 1] = scratch.path(arguments[index + 1]) }
            for (index, argument) in arguments.enumerated() where argument == "-g" {
                #expect(FileManager.default.fileExists(atPath: PackageRoot.appending(arguments[index + 1]).path), "\(command)")
            }
            let result = try CommandRunner.run(arguments)
            #expect(result.exitCode == 0, "\(command): \(result.stderr)")
            if let index = arguments.firstIndex(of: "-o") {
                #expect(FileManager.default.fileExists(atPath: arguments[index + 1]), "\(command) wrote nothing")
            } else {
                #expect(!result.stdout.isEmpty, "\(command) printed nothing")
            }
        }
    }
}
