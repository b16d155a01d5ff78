import ArgumentParser
import StanceGraph

struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find nodes and edges by name, as names are matched everywhere: ids, labels, aliases, words, typos.",
        discussion: """
            Lists the nodes whose id, label or alias matches TEXT, and the edges whose id, \
            label, type or end labels match it, best match first: a name as written (ignoring \
            case, spacing and punctuation); then every typed word among the item's words, in \
            any order, accents and case folded, small words such as "the" or "on" left out; \
            then the same with typos; then TEXT inside a name. Nodes show their kind and degree \
            (edges in and out), edges their type and ends. Nothing found exits 1.

            EXAMPLES
              stancegraph find ceasefire
              stancegraph find "current lines" --kind position
              stancegraph find zelenskyi --format json
              stancegraph find "putin ceasefire" --limit 5

            \(ExitStatus.helpSection(ExitStatus.queryCodes))
            """
    )

    @Argument(help: ArgumentHelp("What to look for: an id, a label or alias, or some of their words.", valueName: "text"),
              completion: .nodeIDs)
    var text: String

    @Option(help: "Only nodes of this kind (and no edges).")
    var kind: NodeKind?

    @Option(help: ArgumentHelp("List at most this many nodes and this many edges.", valueName: "n"))
    var limit: Int = 20

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var graphOptions: GraphOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive.") }
    }

    func run() throws {
        let graph = try graphOptions.loadGraph()
        let found = NameSearch(text, in: graph, kinds: kind.map { [$0] }, includeEdges: kind == nil)
        guard !found.isEmpty else {
            throw CommandFailure.noResult("nothing in the graph is called \"\(TerminalText.visible(text))\" or has those words in its names")
        }
        let degrees = Self.degrees(in: graph)
        let nodes = found.nodes.prefix(limit), edges = found.edges.prefix(limit)
        switch format {
        case .json:
            print(JSONValue.object([
                ("query", .string(text)),
                ("nodes", .array(nodes.map { hit in
                    let node = graph.nodes[hit.index]
                    return .object([("id", .string(node.id)), ("kind", .string(node.kind.rawValue)), ("label", .string(node.label)),
                                    ("degree", .int(degrees[hit.index])), ("match", Self.json(hit.match))])
                })),
                ("edges", .array(edges.map { hit in
                    let edge = graph.edges[hit.index]
                    return .object([("id", .string(edge.id)), ("type", .string(edge.type.rawValue)), ("label", JSONValue(edge.label)),
                                    ("from", .string(edge.from)), ("to", .string(edge.to)), ("match", Self.json(hit.match))])
                })),
                ("total_nodes", .int(found.nodes.count)),
                ("total_edges", .int(found.edges.count)),
            ]).serialized())
        case .text:
            var lines: [String] = []
            if !nodes.isEmpty {
                lines.append(Self.heading("Nodes", shown: nodes.count, of: found.nodes.count))
                lines += TextTable.lines(nodes.map { hit in
                    let node = graph.nodes[hit.index]
                    return [node.id, node.kind.rawValue, "degree \(degrees[hit.index])", node.label]
                })
            }
            if !edges.isEmpty {
                if !lines.isEmpty { lines.append("") }
                lines.append(Self.heading("Edges", shown: edges.count, of: found.edges.count))
                lines += TextTable.lines(edges.map { hit in
                    let edge = graph.edges[hit.index]
                    return [edge.id, edge.type.rawValue, "\(edge.from) → \(edge.to)", edge.label ?? ""]
                })
            }
            print(lines.joined(separator: "\n"))
        }
    }

    /// `Nodes (3)`, or `Nodes (20 of 31; --limit for more)`.
    private static func heading(_ title: String, shown: Int, of total: Int) -> String {
        shown == total ? "\(title) (\(total))" : "\(title) (\(shown) of \(total); --limit for more)"
    }

    /// `{"quality","field","text"}`
    private static func json(_ match: NameMatch) -> JSONValue {
        .object([("quality", .string(String(describing: match.quality))), ("field", .string(match.field.rawValue)),
                 ("text", .string(match.text))])
    }

    /// How many edges start or end at each node.
    static func degrees(in graph: Graph) -> [Int] {
        var degrees = [Int](repeating: 0, count: graph.nodes.count)
        for edge in graph.edges.indices {
            degrees[graph.edgeTails[edge]] += 1
            if case .node(let node) = graph.edgeTargets[edge] { degrees[node] += 1 }
        }
        return degrees
    }
}

extension NodeKind: ExpressibleByArgument {}
