import ArgumentParser
import StanceGraph

struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "Who supports, opposes, proposes, rejects, demands or doubts a position or condition.",
        discussion: """
            TARGET is a position, a condition or an actor: an id, label or alias (as for path). \
            Stances are grouped by type, each group in date order. A stance about a reported \
            stance on TARGET (Kuleba doubts [Russian sources —supports→ the ceasefire]) is \
            listed with the claim it is about. An actor that speaks for another says so. The \
            conditions-on links follow: the conditions TARGET depends on, and the positions \
            that depend on it. Nothing found exits 1.

            EXAMPLES
              stancegraph who ceasefire-current-lines
              stancegraph who "ceasefire on the current front lines" --type doubts,denies
              stancegraph who recognition-of-gains --format json

            \(ExitStatus.helpSection(ExitStatus.queryCodes))
            """
    )

    @Argument(help: ArgumentHelp("The position, condition or actor: an id, label or alias.", valueName: "target"), completion: .nodeIDs)
    var target: String

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup(title: "Filters") var filterOptions: FilterOptions
    @OptionGroup var graphOptions: GraphOptions

    func run() throws {
        let session = try QuerySession(graphOptions: graphOptions, filterOptions: filterOptions)
        let target = try session.node(self.target, kinds: [.position, .condition, .actor], for: "who")
        let answer = PositionStances(target: target, in: session.index)
        let text = QueryText(graph: session.graph)
        guard !answer.isEmpty else {
            throw CommandFailure.noResult("no stances on \(text.nameAndID(target)) in the graph\(filterOptions.isEmpty ? "" : " after the filters")")
        }
        switch format {
        case .json: print(answer.json.serialized())
        case .text: print(session.textAnswer(render(answer, text)))
        }
    }

    private func render(_ answer: PositionStances, _ text: QueryText) -> String {
        let graph = text.graph
        let count = answer.groups.reduce(0) { $0 + $1.entries.count }
        var lines = ["\(text.nameIDAndKind(answer.target)): \(QueryText.count(count, "stance"))"]
        for group in answer.groups {
            lines.append("")
            lines.append(group.type.rawValue)
            for entry in group.entries {
                var who = text.name(entry.actor)
                if !entry.speaksFor.isEmpty { who += " (speaks for \(entry.speaksFor.map(text.name).joined(separator: ", ")))" }
                if let claim = entry.claim { who += ", about \(text.claim(claim))" }
                let date = QueryText.dateColumn(graph.edges[entry.edge].earliestDate)
                lines.append("  " + date + QueryText.line(who, text.evidence(entry.edge, withDate: false)))
            }
        }
        if !answer.conditions.isEmpty {
            lines.append("")
            lines.append("Holds only if")
            lines += answer.conditions.map { "  " + text.nameAndID(answer.index.traversalTarget(ofEdge: $0)) }
        }
        if !answer.conditionalPositions.isEmpty {
            lines.append("")
            lines.append("Positions that hold only if it is met")
            lines += answer.conditionalPositions.map { "  " + text.nameAndID(answer.index.tailNode(ofEdge: $0)) }
        }
        return lines.joined(separator: "\n")
    }
}
