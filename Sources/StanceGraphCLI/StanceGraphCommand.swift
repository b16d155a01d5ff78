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

            EXIT CODES
              0   success
              1   a query ran but found nothing
              64  usage error (bad option or argument)
              65  invalid graph data (the messages say where), or a name not in the graph
              66  input missing or unreadable
              70  Graphviz could not lay out the diagram, or an internal error
              73  output cannot be written
            """,
        version: StanceGraphVersion.current,
        subcommands: [
            ValidateCommand.self, StatsCommand.self, ExportCommand.self,
            PathCommand.self, StancesCommand.self, WhoCommand.self, NeighborsCommand.self,
            ContradictionsCommand.self, TimelineCommand.self,
        ]
    )
}

/// The version stancegraph reports and writes into its exports.
enum StanceGraphVersion {
    static let current = StanceGraph.version
}
