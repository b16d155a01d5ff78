import ArgumentParser
import StanceGraph

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List the dated stances in chronological order, one line per dated piece of evidence.",
        discussion: """
            A stance reported on several dates appears at each. A stance with valid_from or \
            valid_until also appears where it begins and ends, marked [begins] and [ends]. A \
            date given only to the month or year sorts before the days within it, and counts \
            for --from/--to when its period overlaps theirs. Evidence without a date is left \
            out and counted at the end. --actor (repeatable) keeps the stances of those \
            actors, and of those who speak for them; for an actor that speaks for another, \
            also the spokesperson records of the other's stances, marked "(spokesperson \
            record)". --about keeps what is said about one position or condition: the \
            stances on it, and the claims (doubts, denials, reports…) about those stances. \
            Nothing found exits 1.

            EXAMPLES
              stancegraph timeline
              stancegraph timeline --actor putin --actor peskov
              stancegraph timeline --about ceasefire --from 2023
              stancegraph timeline --from 2024-05 --to 2024-06 --source src-summary-2024-05
              stancegraph timeline --reported-by 2024-01 --type supports,opposes

            \(ExitStatus.helpSection(ExitStatus.queryCodes))
            """
    )

    @Option(help: ArgumentHelp("Only the stances of this actor (id, label or alias; repeatable).", valueName: "actor"), completion: .nodeIDs)
    var actor: [String] = []

    @Option(help: ArgumentHelp("Only the stances on this position or condition (id, label or alias), and the claims about them.", valueName: "node"))
    var about: String?

    @Option(help: ArgumentHelp("Only evidence dated on or after this date.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only evidence dated on or before this date.", valueName: "date"))
    var to: String?

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup(title: "Filters") var filterOptions: FilterOptions
    @OptionGroup var graphOptions: GraphOptions

    func validate() throws {
        let dates = try dateRange()
        if let start = dates.from, let end = dates.to, !end.endsOnOrAfter(startOf: start) {
            throw ValidationError("--to \(end) is before --from \(start).")
        }
    }

    private func dateRange() throws -> (from: PartialDate?, to: PartialDate?) {
        (try from.map { try PartialDate.parseOption($0, option: "--from") }, try to.map { try PartialDate.parseOption($0, option: "--to") })
    }

    func run() throws {
        let session = try QuerySession(graphOptions: graphOptions, filterOptions: filterOptions)
        let actors = try session.nodes(actor, kinds: [.actor], for: "timeline --actor")
        var stances: [StanceReference]
        if actors.isEmpty {
            stances = Timeline.allStances(in: session.graph)
        } else {
            stances = actors.flatMap { actor in
                let stances = ActorStances(actor: actor, in: session.index)
                return stances.all + stances.voiced
            }
        }
        if let about {
            stances = Timeline.stances(stances, about: try session.node(about, kinds: [.position, .condition], for: "timeline --about"), in: session.graph)
        }
        let dates = try dateRange()
        let timeline = Timeline(stances: stances, in: session.graph, from: dates.from, to: dates.to)
        guard !timeline.entries.isEmpty else {
            throw CommandFailure.noResult("no dated stances\(filterOptions.isEmpty && from == nil && to == nil && actor.isEmpty && about == nil ? "" : " match")")
        }
        switch format {
        case .json: print(timeline.json.serialized())
        case .text: print(session.textAnswer(TimelineCommand.lines(timeline, QueryText(graph: session.graph)).joined(separator: "\n")))
        }
    }

    /// One line per entry, `DATE  Speaker —type→ Target  (for Actor)  [source, attribution: "quote"]`
    /// (`(spokesperson record)` for a principal's record listed for its spokesperson; `[begins]`
    /// or `[ends]` where the stance's validity begins or ends), and a last line counting
    /// undated evidence.
    static func lines(_ timeline: Timeline, _ text: QueryText) -> [String] {
        let graph = text.graph
        var lines = timeline.entries.map { entry in
            let via = entry.onBehalfOf.map { "(for \(text.name($0)))" } ?? (entry.asSpokespersonFor == nil ? "" : "(spokesperson record)")
            let what = entry.record.map { text.record(graph.edges[entry.edge].provenance[$0]) } ?? "[\(entry.event.rawValue)]"
            return QueryText.dateColumn(entry.date) + QueryText.line(text.hop(entry.edge, from: graph.edgeTails[entry.edge]), via, what)
        }
        if timeline.undatedRecords > 0 {
            lines.append("(\(QueryText.count(timeline.undatedRecords, "undated record")) not shown)")
        }
        return lines
    }
}
