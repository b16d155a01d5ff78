import ArgumentParser
import StanceGraph

struct ContradictionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contradictions",
        abstract: "List the conflicts the graph holds: denials, contradictions, actors on both sides, sources that disagree.",
        discussion: """
            Three kinds of conflict, each in its own section:
              - explicit contradicts and denies edges, with the stance or node they target;
              - actors reported both for (supports, proposes, demands) and against (opposes,
                rejects) the same position or condition, themselves or through a spokesperson,
                in date order: when every stance on one side predates every stance on the
                other, it reads as a change of stance;
              - of those, the ones where some sources report only the stance for and others
                only the stance against.
            No conflict exits 1.

            EXAMPLES
              stancegraph contradictions
              stancegraph contradictions --as-of 2024-06 --format json

            \(ExitStatus.helpSection(ExitStatus.queryCodes))
            """
    )

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup(title: "Filters") var filterOptions: FilterOptions
    @OptionGroup var graphOptions: GraphOptions

    func run() throws {
        let session = try QuerySession(graphOptions: graphOptions, filterOptions: filterOptions)
        let found = Contradictions(in: session.index)
        guard !found.isEmpty else {
            throw CommandFailure.noResult("no contradictions in the graph\(filterOptions.isEmpty ? "" : " after the filters")")
        }
        switch format {
        case .json: print(found.json.serialized())
        case .text: print(render(found, QueryText(graph: session.graph)))
        }
    }

    private func render(_ found: Contradictions, _ text: QueryText) -> String {
        let graph = text.graph
        var lines: [String] = []
        func section(_ title: String, _ count: Int) {
            if !lines.isEmpty { lines.append("") }
            lines.append("\(title) (\(count))")
        }
        if !found.explicit.isEmpty {
            section("Explicit contradictions and denials", found.explicit.count)
            for edge in found.explicit {
                lines.append("  " + QueryText.line(text.hop(edge, from: graph.edgeTails[edge]), text.evidence(edge)))
            }
        }
        if !found.conflicts.isEmpty {
            section("Actors on both sides of a position", found.conflicts.count)
            for conflict in found.conflicts {
                lines.append("  \(text.name(conflict.actor)) on \(text.name(conflict.position)): \(reading(conflict))")
                for entry in conflict.entries {
                    let edge = graph.edges[entry.stance.edge]
                    let via = entry.stance.onBehalfOf == nil ? "" : "by \(text.name(graph.edgeTails[entry.stance.edge])), speaking for them"
                    lines.append("    " + (entry.isFor ? "for      " : "against  ") + QueryText.dateColumn(edge.earliestDate)
                                 + QueryText.line(edge.type.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0), via, text.evidence(entry.stance.edge, withDate: false)))
                }
            }
        }
        let disagreeing = found.conflicts.filter(\.sourcesDisagree)
        if !disagreeing.isEmpty {
            section("Sources reporting opposite stances for the same actor", disagreeing.count)
            for conflict in disagreeing {
                lines.append("  \(text.name(conflict.actor)) on \(text.name(conflict.position)): for — \(conflict.forSources.joined(separator: ", ")); against — \(conflict.againstSources.joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func reading(_ conflict: Contradictions.Conflict) -> String {
        switch conflict.reading {
        case .turnedAgainst: return "reads as a change, for then against"
        case .turnedFor: return "reads as a change, against then for"
        case .concurrent: return "for and against over the same period"
        case .undated: return "one side is undated"
        }
    }
}
