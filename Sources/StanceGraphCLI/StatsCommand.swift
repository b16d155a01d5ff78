import ArgumentParser
import StanceGraph

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count nodes by kind, edges by type, sources and the span of dates.",
        discussion: """
            EXAMPLES
              stancegraph stats
              stancegraph stats --format json -g graphs/ceasefire-signals.yaml

            \(ExitStatus.helpSection([.success, .usage, .dataError, .noInput]))
            """
    )

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    func run() throws {
        let statistics = GraphStatistics(try graphOptions.loadGraph())
        switch format {
        case .json:
            print(statistics.json.serialized())
        case .text:
            var lines = ["\(statistics.nodeCount) nodes, \(statistics.edgeCount) edges, \(statistics.provenanceRecords) provenance records"]
            func section(_ title: String, _ rows: [(String, Int)]) {
                guard !rows.isEmpty else { return }
                lines.append("")
                lines.append(title)
                let width = rows.map(\.0.count).max() ?? 0
                for (name, count) in rows {
                    lines.append("  " + name + String(repeating: " ", count: width - name.count) + "  " + String(count))
                }
            }
            section("Nodes by kind", statistics.nodesByKind.map { ($0.kind.rawValue, $0.count) })
            section("Actors by subtype", statistics.actorsBySubtype.map { ($0.subtype, $0.count) })
            section("Edges by type", statistics.edgesByType.map { ($0.type.rawValue, $0.count) })
            section("Evidence by attribution", statistics.recordsByAttribution.map { ($0.attribution.rawValue, $0.count) })
            section("Citations by source", statistics.citationsBySource.map { (TerminalText.visible("\($0.id) (\($0.label))"), $0.count) })
            if let range = statistics.dateRange {
                lines.append("")
                lines.append("Dates: \(range.lowerBound) to \(range.upperBound)")
            }
            print(lines.joined(separator: "\n"))
        }
    }
}
