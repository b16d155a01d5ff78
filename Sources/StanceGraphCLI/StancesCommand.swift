import ArgumentParser
import StanceGraph

struct StancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stances",
        abstract: "What an actor supports, opposes, proposes, rejects, demands, doubts, denies — dated and cited.",
        discussion: """
            ACTOR is an id, label or alias (as for path). Stances are grouped by type, each \
            group in date order. Stances of actors that speak for ACTOR (speaks-for edges, such \
            as a spokesperson) follow in a group of their own per spokesperson, when they fall \
            within the dates the speaks-for edge is valid. --timeline lists the same stances \
            by date instead, one line per dated piece of evidence, so a change of stance shows \
            as a change. An actor with no stances exits 1.

            EXAMPLES
              stancegraph stances putin
              stancegraph stances Peskov --format json
              stancegraph stances putin --timeline --as-of 2024-12
              stancegraph stances kuleba --source src-reuters-2024-05-24
            """
    )

    @Argument(help: ArgumentHelp("The actor: an id, label or alias.", valueName: "actor"))
    var actor: String

    @Flag(help: "List the stances by date, to show how they changed.")
    var timeline = false

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup(title: "Filters") var filterOptions: FilterOptions
    @OptionGroup var graphOptions: GraphOptions

    func run() throws {
        let session = try QuerySession(graphOptions: graphOptions, filterOptions: filterOptions)
        let actor = try session.node(self.actor, kinds: [.actor], for: "stances")
        let stances = ActorStances(actor: actor, in: session.index)
        let text = QueryText(graph: session.graph)
        guard !stances.isEmpty else {
            writeError("no stances of \(text.nameAndID(actor)) in the graph\(filterOptions.isEmpty ? "" : " after the filters")")
            throw ExitCode.noResult
        }
        if timeline {
            let entries = Timeline(stances: stances.all, in: session.graph)
            guard !entries.entries.isEmpty else {
                writeError("no dated stances of \(text.nameAndID(actor)) (\(QueryText.count(entries.undatedRecords, "undated record")))")
                throw ExitCode.noResult
            }
            switch format {
            case .json: print(JSONValue.object([("actor", .string(session.graph.nodes[actor].id)), ("timeline", entries.json)]).serialized())
            case .text: print((["\(text.nameAndID(actor)) over time:"] + TimelineCommand.lines(entries, text)).joined(separator: "\n"))
            }
            return
        }
        switch format {
        case .json: print(stances.json.serialized())
        case .text: print(render(stances, text))
        }
    }

    private func render(_ stances: ActorStances, _ text: QueryText) -> String {
        let ownCount = stances.own.reduce(0) { $0 + $1.edges.count }
        let viaCount = stances.spokespeople.reduce(0) { total, person in total + person.groups.reduce(0) { $0 + $1.edges.count } }
        var header = "\(text.nameAndID(stances.actor)): \(QueryText.count(ownCount, "stance"))"
        if viaCount > 0 { header += ", \(viaCount) more via \(stances.spokespeople.count == 1 ? "a spokesperson" : "spokespeople")" }
        var lines = [header]
        func groups(_ groups: [StanceGroup], indent: String) {
            for group in groups {
                lines.append(indent + group.type.rawValue)
                for edge in group.edges {
                    let date = QueryText.dateColumn(text.graph.edges[edge].earliestDate)
                    lines.append(indent + "  " + date + QueryText.line(text.target(of: edge), text.evidence(edge, withDate: false)))
                }
            }
        }
        if !stances.own.isEmpty {
            lines.append("")
            groups(stances.own, indent: "")
        }
        for person in stances.spokespeople {
            lines.append("")
            lines.append("Via spokesperson \(text.nameAndID(person.node))")
            groups(person.groups, indent: "  ")
        }
        return lines.joined(separator: "\n")
    }
}
