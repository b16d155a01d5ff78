import ArgumentParser
import Foundation
import StanceGraph

struct ContradictionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contradictions",
        abstract: "List the conflicts the graph holds: denials, contradictions, actors on both sides, sources that disagree, doubts.",
        discussion: """
            Four kinds of conflict, and the doubts, each in its own section (the name \
            --section takes in brackets):
              - explicit contradicts and denies edges, with the stance or node they target
                (contradictions, denials);
              - actors reported both for (supports, proposes, demands) and against (opposes,
                rejects) the same position or condition, themselves or through a spokesperson,
                in date order: when every stance on one side predates every stance on the
                other, it reads as a change of stance (both-sides);
              - of those, the ones where some sources report only the stance for and others
                only the stance against (sources-disagree);
              - every doubts edge: who doubts which stance, claim, position or actor, with
                its evidence (doubts).
            --section (repeatable or comma-separated) keeps only those sections. Nothing in \
            them exits 1.

            EXAMPLES
              stancegraph contradictions
              stancegraph contradictions --section doubts
              stancegraph contradictions --section denials --reported-by 2024-05
              stancegraph contradictions --as-of 2024-06 --format json

            \(ExitStatus.helpSection(ExitStatus.queryCodes))
            """
    )

    @Option(help: ArgumentHelp("Only these sections: denials, contradictions, both-sides, sources-disagree, doubts (comma-separated or repeated).", valueName: "section"))
    var section: [String] = []

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    func validate() throws {
        _ = try sections()
    }

    /// The sections asked for; all when none is named.
    private func sections() throws -> Set<Contradictions.Section> {
        let names = section.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        var chosen = Set<Contradictions.Section>()
        for name in names {
            guard let found = Contradictions.Section(rawValue: name) else {
                throw ValidationError("--section \(name) is not a section; use one of \(Contradictions.Section.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            chosen.insert(found)
        }
        return chosen.isEmpty ? Set(Contradictions.Section.allCases) : chosen
    }

    @OptionGroup(title: "Filters") var filterOptions: FilterOptions
    @OptionGroup var graphOptions: GraphOptions

    func run() throws {
        let session = try QuerySession(graphOptions: graphOptions, filterOptions: filterOptions)
        let found = Contradictions(in: session.index, sections: try sections())
        guard !found.isEmpty else {
            let what = section.isEmpty ? "contradictions" : "conflicts of the sections asked for"
            throw CommandFailure.noResult("no \(what) in the graph\(filterOptions.isEmpty ? "" : " after the filters")")
        }
        switch format {
        case .json: print(found.json.serialized())
        case .text: print(session.textAnswer(render(found, QueryText(graph: session.graph))))
        }
    }

    private func render(_ found: Contradictions, _ text: QueryText) -> String {
        let graph = text.graph
        var lines: [String] = []
        func section(_ title: String, _ count: Int) {
            if !lines.isEmpty { lines.append("") }
            lines.append("\(title) (\(count))")
        }
        func claims(_ edges: [Int]) {
            for edge in edges {
                lines.append("  " + QueryText.line(text.hop(edge, from: graph.edgeTails[edge]), text.evidence(edge)))
            }
        }
        if !found.explicit.isEmpty {
            let title = switch (found.sections.contains(.contradictions), found.sections.contains(.denials)) {
            case (true, false): "Explicit contradictions"
            case (false, true): "Denials"
            default: "Explicit contradictions and denials"
            }
            section(title, found.explicit.count)
            claims(found.explicit)
        }
        if !found.bothSides.isEmpty {
            section("Actors on both sides of a position", found.bothSides.count)
            for conflict in found.bothSides {
                lines.append("  \(text.name(conflict.actor)) on \(text.name(conflict.position)): \(reading(conflict))")
                for entry in conflict.entries {
                    let edge = graph.edges[entry.stance.edge]
                    let via = entry.stance.onBehalfOf == nil ? "" : "by \(text.name(graph.edgeTails[entry.stance.edge])), speaking for them"
                    lines.append("    " + (entry.isFor ? "for      " : "against  ") + QueryText.dateColumn(edge.earliestDate)
                                 + QueryText.line(edge.type.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0), via, text.evidence(entry.stance.edge, withDate: false)))
                }
            }
        }
        let disagreeing = found.sourcesDisagreeing
        if !disagreeing.isEmpty {
            section("Sources reporting opposite stances for the same actor", disagreeing.count)
            for conflict in disagreeing {
                lines.append("  \(text.name(conflict.actor)) on \(text.name(conflict.position)): for — \(conflict.forSources.joined(separator: ", ")); against — \(conflict.againstSources.joined(separator: ", "))")
            }
        }
        if !found.doubts.isEmpty {
            section("Doubts", found.doubts.count)
            claims(found.doubts)
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
