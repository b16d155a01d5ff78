import ArgumentParser
import StanceGraph

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the source documents: title, date, publisher, file, address, and how often they are cited.",
        discussion: """
            One source node after another, by date published (undated last), then id: its \
            title (or label), publisher, local text file, URL, and how many provenance records \
            (and edges) cite it. A graph without sources exits 1.

            EXAMPLES
              stancegraph sources
              stancegraph sources --format json

            \(ExitStatus.helpSection(ExitStatus.queryCodes))
            """
    )

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var graphOptions: GraphOptions

    func run() throws {
        let graph = try graphOptions.loadGraph()
        let sources = SourceList(graph)
        guard !sources.entries.isEmpty else { throw CommandFailure.noResult("the graph has no source nodes") }
        switch format {
        case .json:
            print(JSONValue.array(sources.entries.map { entry in
                let node = graph.nodes[entry.node]
                return .object([
                    ("id", .string(node.id)), ("label", .string(node.label)), ("title", JSONValue(node.title)),
                    ("published", JSONValue(node.published?.description)), ("publisher", JSONValue(node.publisher)),
                    ("file", JSONValue(node.file)), ("url", JSONValue(node.url)),
                    ("records", .int(entry.records)), ("edges", .int(entry.edges)),
                ])
            }).serialized())
        case .text:
            var lines = ["\(QueryText.count(sources.entries.count, "source"))"]
            for entry in sources.entries {
                let node = graph.nodes[entry.node]
                lines.append("")
                lines.append(TerminalText.visible("\(node.published?.description ?? "undated")  \(node.id)  "
                    + "cited by \(QueryText.count(entry.records, "record")) on \(QueryText.count(entry.edges, "edge"))"))
                let fields: [(String, String?)] = [
                    ("title", node.title ?? node.label), ("publisher", node.publisher), ("file", node.file), ("url", node.url),
                ]
                lines += TextTable.lines(fields.compactMap { name, value in value.map { [name + ":", $0] } })
            }
            print(lines.joined(separator: "\n"))
        }
    }
}
