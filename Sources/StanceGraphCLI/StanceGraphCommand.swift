import ArgumentParser
import StanceGraph

@main
struct StanceGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stancegraph",
        abstract: "Turn what political actors say about war and peace into a knowledge graph you can draw, export and query.",
        discussion: """
            Every subcommand reads the graph from -g/--graph (repeatable; default \
            \(GraphOptions.defaultGraphPath)). Shell completion: \
            stancegraph --generate-completion-script bash|zsh|fish.

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

    /// Parses the command line and runs the command; the one place where an error becomes a
    /// message on standard error and an exit code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CommandError {
            if let report = error.report { writeError(report) }
            exit(withError: error.status == .success ? nil : error.status.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}

/// The version stancegraph reports and writes into its exports.
enum StanceGraphVersion {
    static let current = StanceGraph.version
}
