import Foundation
import Testing
import StanceGraphTestSupport

/// The shell completion scripts complete file names after -g, -o and validate's files, and
/// folders after --sources; each is valid in its shell.
@Suite struct CompletionScriptTests {
    struct Shell: CustomTestStringConvertible, Sendable {
        var name: String
        /// What the script says to complete graph files after -g/--graph.
        var graphFiles: String
        /// What it says for -o, a file of any name.
        var anyFile: String
        /// What it says for --sources, a folder.
        var folder: String
        var testDescription: String { name }
    }

    static let shells: [Shell] = [
        Shell(name: "bash", graphFiles: "'-g'|'--graph')\n        __stancegraph_add_completions -o plusdirs -fX '!*.@(yaml|yml|json|graphml|xml|csv)'",
              anyFile: "'-o'|'--output')\n        __stancegraph_add_completions -f", folder: "'--sources')\n        __stancegraph_add_completions -d"),
        Shell(name: "zsh", graphFiles: "{-g,--graph}'[A graph file (.yaml, .yml, .json, .graphml or .xml, .csv; - for standard input) or a folder of the CSV export. Repeat to merge several.]:path:_files -g '\\''*.yaml *.yml *.json *.graphml *.xml *.csv'\\'''",
              anyFile: "{-o,--output}'[Where to write\\: a file, a folder for CSV or kuzu, or - for standard output (the default).]:path:_files'",
              folder: "'--sources[Read the text of every source from this folder, by the file name of its file\\:.]:dir:_files -/'"),
        Shell(name: "fish", graphFiles: "-s 'g' -l 'graph' -d 'A graph file (.yaml, .yml, .json, .graphml or .xml, .csv; - for standard input) or a folder of the CSV export. Repeat to merge several.' -rfa '(set -l exts \\'yaml\\' \\'yml\\' \\'json\\' \\'graphml\\' \\'xml\\' \\'csv\\'",
              anyFile: "-s 'o' -l 'output' -d 'Where to write: a file, a folder for CSV or kuzu, or - for standard output (the default).' -rF\n",
              folder: "-l 'sources' -d 'Read the text of every source from this folder, by the file name of its file:.' -rfa '(__stancegraph_complete_directories)'"),
    ]

    @Test(arguments: shells)
    func filesCompleteAfterTheirOptions(shell: Shell) throws {
        let result = try CommandRunner.run(["--generate-completion-script", shell.name])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains(shell.graphFiles), "\(shell.name): -g completes graph files")
        #expect(result.stdout.contains(shell.anyFile), "\(shell.name): -o completes files")
        #expect(result.stdout.contains(shell.folder), "\(shell.name): --sources completes folders")
    }

    /// bash is always there; zsh and fish are checked where they are installed.
    @Test(arguments: shells.map(\.name).filter { ProcessRunner.find($0) != nil })
    func theScriptIsValidInItsShell(shell: String) throws {
        let program = try #require(ProcessRunner.find(shell))
        let scratch = try Scratch()
        let script = try CommandRunner.run(["--generate-completion-script", shell]).stdout
        try script.write(toFile: scratch.path("completion"), atomically: true, encoding: .utf8)
        let check = try ProcessRunner.run(URL(fileURLWithPath: program), ["-n", scratch.path("completion")])
        #expect(check.exitCode == 0, "\(shell) -n: \(check.stderr)")
    }
}
