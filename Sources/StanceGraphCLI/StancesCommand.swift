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
            within the dates the speaks-for edge is valid.

            When ACTOR speaks for another (a spokesperson), what it said is often recorded \
            as evidence of the other's stance, attributed to a spokesperson. Those records \
            follow under "Voiced as spokesperson for …": the stances of the actor it speaks \
            for that have evidence with attribution spokesperson, dated within the \
            speaks-for edge's validity (undated records count), each with those records only. \
            They are that actor's spokesperson records: the graph does not name the speaker \
            of each.

            --timeline lists the same stances by date instead, one line per dated piece of \
            evidence, so a change of stance shows as a change. An actor with no stances \
            exits 1.

            EXAMPLES
              stancegraph stances putin
              stancegraph stances Peskov --format json
              stancegraph stances peskov --timeline
              stancegraph stances putin --timeline --as-of 2024-12
              stancegraph stances putin --reported-by 2024-01
              stancegraph stances kuleba --source src-summary-2024-05

            \(ExitStatus.helpSection(ExitStatus.queryCodes))
            """
    )

    @Argument(help: ArgumentHelp("The actor: an id, label or alias.", valueName: "actor"), completion: .nodeIDs)
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
            throw CommandFailure.noResult("no stances of \(text.nameAndID(actor)) in the graph\(filterOptions.isEmpty ? "" : " after the filters")")
        }
        if timeline {
            let entries = Timeline(stances: stances.all + stances.voiced, in: session.graph)
            guard !entries.entries.isEmpty else {
                throw CommandFailure.noResult("no dated stances of \(text.nameAndID(actor)) (\(QueryText.count(entries.undatedRecords, "undated record")))")
            }
            switch format {
            case .json: print(JSONValue.object([("actor", .string(session.graph.nodes[actor].id)), ("timeline", entries.json)]).serialized())
            case .text:
                var header = "\(text.nameAndID(actor)) over time"
                let principals = stances.principals.map { text.name($0.node) + "'s" }
                if !principals.isEmpty, entries.entries.contains(where: { $0.asSpokespersonFor != nil }) {
                    header += ", with the spokesperson records of \(QueryText.list(principals)) stances"
                }
                print(session.textAnswer(([header + ":"] + TimelineCommand.lines(entries, text)).joined(separator: "\n")))
            }
            return
        }
        switch format {
        case .json: print(stances.json.serialized())
        case .text: print(session.textAnswer(render(stances, text)))
        }
    }

    private func render(_ stances: ActorStances, _ text: QueryText) -> String {
        let ownCount = stances.own.reduce(0) { $0 + $1.edges.count }
        let viaCount = stances.spokespeople.reduce(0) { total, person in total + person.groups.reduce(0) { $0 + $1.edges.count } }
        let voicedCount = stances.principals.reduce(0) { total, principal in total + principal.groups.reduce(0) { $0 + $1.edges.count } }
        var header = "\(text.nameAndID(stances.actor)): \(QueryText.count(ownCount, "stance"))"
        if viaCount > 0 { header += ", \(viaCount) more via \(stances.spokespeople.count == 1 ? "a spokesperson" : "spokespeople")" }
        if voicedCount > 0 {
            let whom = stances.principals.count == 1 ? text.name(stances.principals[0].node) : QueryText.count(stances.principals.count, "actor")
            header += ", \(voicedCount) voiced as spokesperson for \(whom)"
        }
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
        for principal in stances.principals {
            lines.append("")
            lines.append("Voiced as spokesperson for \(text.nameAndID(principal.node)): "
                + "the spokesperson records of \(text.name(principal.node))'s stances")
            for group in principal.groups {
                lines.append("  " + group.type.rawValue)
                for edge in group.edges {
                    let records = principal.records[edge]!
                    let date = QueryText.dateColumn(text.graph.edges[edge].provenance[records[0]].date)
                    let more = records.count > 1 ? "(+\(QueryText.count(records.count - 1, "more spokesperson record")))" : ""
                    lines.append("    " + date + QueryText.line(text.target(of: edge), text.evidence(edge, withDate: false, records: records), more))
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
