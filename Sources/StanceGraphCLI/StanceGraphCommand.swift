import ArgumentParser
import StanceGraph
import StanceGraphRender

@main
struct StanceGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stancegraph",
        abstract: "Turn what political actors say about war and peace into a knowledge graph you can draw, export and query.",
        discussion: """
            Every subcommand reads the graph from -g/--graph (repeatable; default \
            \(GraphOptions.defaultGraphPath)); -g, --color and the other options every \
            subcommand takes may also come before its name. Shell completion: \
            stancegraph --generate-completion-script bash|zsh|fish.

            Messages are coloured on a terminal; --color never (or NO_COLOR set to a non-empty value, \
            or TERM=dumb) turns colour off, --color always keeps it on in a pipe. Help is laid \
            out for the terminal's width (COLUMNS when set); example command lines are never \
            broken.

            \(ExitStatus.helpSection())
            """,
        version: StanceGraphVersion.current,
        subcommands: [
            ValidateCommand.self, StatsCommand.self, ExportCommand.self,
            PathCommand.self, StancesCommand.self, WhoCommand.self, NeighborsCommand.self,
            ContradictionsCommand.self, TimelineCommand.self, FindCommand.self, SourcesCommand.self,
            ExtractCommand.self,
            ReportCommand.self,
        ]
    )

    @Flag(name: .customLong("generate-man-page"), help: .hidden)
    var generateManPage = false

    /// Prints the man page (`--generate-man-page`); without a subcommand there is nothing else to do.
    func run() throws {
        guard generateManPage else { throw InvocationError.noCommand(subcommands: Self.subcommandNames) }
        print(ManPage.render(), terminator: "")
    }

    /// The subcommands' names, in the order the help lists them.
    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// Parses the command line and runs the command; the one place where an error becomes a
    /// message on standard error and an exit code.
    static func main() {
        do {
            let arguments = try CommandLineArguments.arranged(Array(CommandLine.arguments.dropFirst()), subcommands: subcommandNames)
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let error as CommandError {
            if let report = error.report { writeError(report) }
            exit(withError: error.status == .success ? nil : error.status.exitCode)
        } catch {
            // The parser's own answers (help, version, completion scripts) come as errors
            // that exit 0; help is laid out here, and the version gets Graphviz's.
            if exitCode(for: error) == .success {
                let answer = fullMessage(for: error, columns: HelpText.unwrappedWidth)
                if answer == StanceGraphVersion.current {
                    print(StanceGraphVersion.line)
                    exit()
                }
                if answer.hasPrefix("OVERVIEW: ") || answer.hasPrefix("USAGE: ") {
                    print(HelpText.page(for: error, width: HelpText.terminalWidth))
                    exit()
                }
            }
            exit(withError: error)
        }
    }
}

/// The version stancegraph reports and writes into its exports.
enum StanceGraphVersion {
    static let current = StanceGraph.version

    /// What `--version` prints: `stancegraph 0.1.0 (Graphviz 2.43.0)`. The Graphviz version is
    /// asked of the library only here, so that other commands do not start Graphviz for it.
    static var line: String { "stancegraph \(current) (Graphviz \(GraphvizRenderer.version))" }
}
