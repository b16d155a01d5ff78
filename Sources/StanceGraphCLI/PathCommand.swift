import ArgumentParser
import StanceGraph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find how two nodes are connected: the shortest path, all shortest, the k shortest, or all up to N hops.",
        discussion: """
            FROM and TO are node ids, labels or aliases, matched ignoring case, spacing and \
            punctuation ("Kuleba", "dmytro kuleba", "ceasefire current lines"). An exact id \
            wins over a label. A name no node has is an error with suggestions (exit 65); a \
            name several nodes share is an error that lists them with their ids (exit 65).

            Paths follow edges either way unless --directed. A claim about a stance (a doubts, \
            denies, contradicts or reports edge pointing at another edge) leads into that \
            stance, which is one step of the answer, printed in brackets with its date and \
            quote; the path leaves it only to the stance's own speaker or target (or to another \
            claim about it), never by a different edge between the same nodes.

            Of paths of equal length, the best-evidenced come first (--rank evidence, the \
            default): every hop cited before any uncited one, then on the record before a \
            spokesperson, anonymous sources, an analyst's assessment and a reporter's summary, \
            then dated and more precisely dated evidence. --rank hops keeps the order of the \
            walk. A hop with no evidence is marked [uncited]. --full prints every record of \
            every hop with its whole quote. \
            Source documents are evidence, not stepping stones: paths only pass through them \
            with --through-sources. Each hop prints with its evidence: sources, date, who is \
            speaking and the quote. No path prints a message on standard error, writes \
            nothing and exits 1.

            --format dot, svg, png or pdf draws the paths, their nodes and edges bold in \
            full colour with the SVG class "highlighted". --context N draws them within their \
            surroundings: the nodes within N hops of them and the edges among these, faded \
            (class "faded"). The default is 0, the paths alone (with the stances their \
            claims are about): one hop from a well-connected actor takes in much of a graph. -o FILE \
            writes any format to a file, atomically (a failure leaves an existing file as it \
            was); without --format, the format comes from FILE's extension.

            MODES
              (default)        one shortest path (fewest hops)
              --all-shortest   every shortest path, up to --limit
              --k N            the N shortest simple paths (no node twice), shortest first
              --max-hops N     every simple path of at most N hops, shortest first, up to --limit;
                               with --k or --all-shortest it only caps the length

            EXAMPLES
              stancegraph path kuleba putin
              stancegraph path "Dmytro Kuleba" putin --all-shortest --format json
              stancegraph path kuleba putin --k 3 --exclude-type cites
              stancegraph path peskov ceasefire-current-lines --max-hops 4 --limit 20
              stancegraph path peskov putin --directed --via speaks-for,supports
              stancegraph path kuleba putin --as-of 2024-05 --min-confidence 0.6
              stancegraph path kuleba putin --format svg -o path.svg
              stancegraph path kuleba putin --all-shortest --context 1 -o paths.dot

            \(ExitStatus.helpSection(ExitStatus.queryCodes))
            """
    )

    @Argument(help: ArgumentHelp("Where the path starts: an id, label or alias.", valueName: "from"), completion: .nodeIDs)
    var from: String

    @Argument(help: ArgumentHelp("Where the path ends: an id, label or alias.", valueName: "to"), completion: .nodeIDs)
    var to: String

    @Flag(help: "Print every shortest path, not just one.")
    var allShortest = false

    @Option(name: [.customShort("k"), .customLong("k")], help: ArgumentHelp("Print the N shortest simple paths (Yen's algorithm).", valueName: "n"))
    var k: Int?

    @Option(help: ArgumentHelp("Print every simple path of at most N hops; with --k or --all-shortest, leave out longer paths.", valueName: "n"))
    var maxHops: Int?

    @Option(help: ArgumentHelp("Print at most this many paths with --all-shortest or --max-hops.", valueName: "n"))
    var limit = 100

    @Flag(help: "Follow edges only in their direction, from FROM towards TO.")
    var directed = false

    @Option(name: .customLong("via"), help: ArgumentHelp("Walk only edges of these types (comma-separated or repeated).", valueName: "type"))
    var via: [String] = []

    @Option(name: .customLong("exclude-type"), help: ArgumentHelp("Never walk edges of these types (comma-separated or repeated).", valueName: "type"))
    var excludedTypes: [String] = []

    @Flag(help: "Let paths pass through source documents (cites and contradicts edges of sources).")
    var throughSources = false

    @Option(help: ArgumentHelp("Diagrams only: draw the nodes within this many hops of the paths too (default 0: the paths alone).", valueName: "n"))
    var context: Int?

    @Option(help: ArgumentHelp("Which paths of equal length come first: evidence (best-evidenced first) or hops (the order of the walk).", valueName: "ranking"))
    var rank: PathRanking = .evidence

    @Flag(help: "Print every record of every hop with its whole quote.")
    var full = false

    @OptionGroup var outputOptions: QueryOutputOptions

    @OptionGroup(title: "Filters") var filterOptions: FilterOptions
    @OptionGroup var graphOptions: GraphOptions

    func validate() throws {
        if allShortest && k != nil { throw ValidationError("--all-shortest and --k ask for different paths; give one of them.") }
        if let k, k < 1 { throw ValidationError("--k must be at least 1, not \(k).") }
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1, not \(maxHops).") }
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1, not \(limit).") }
        if let context {
            guard outputOptions.resolvedFormat.diagram != nil else {
                throw ValidationError("--context shapes diagrams (dot, svg, png, pdf), not \(outputOptions.resolvedFormat.rawValue).")
            }
            guard context >= 0 else { throw ValidationError("--context must be 0 or more, not \(context).") }
        }
        _ = try rules()
    }

    /// `--directed`, `--via`, `--exclude-type` and `--through-sources` as traversal rules.
    func rules() throws -> TraversalRules {
        let included = try EdgeType.parseList(via, option: "--via")
        let excluded = try EdgeType.parseList(excludedTypes, option: "--exclude-type")
        var types: Set<EdgeType>? = included.isEmpty ? nil : included
        if !excluded.isEmpty { types = (types ?? Set(EdgeType.allCases)).subtracting(excluded) }
        if types?.isEmpty == true { throw ValidationError("--via and --exclude-type leave no edge type to walk.") }
        return TraversalRules(direction: directed ? .outgoing : .both, edgeTypes: types, throughSources: throughSources)
    }

    var mode: PathMode {
        if allShortest { return .allShortest(limit: limit) }
        if let k { return .kShortest(k) }
        if let maxHops { return .allSimple(maxHops: maxHops, limit: limit) }
        return .shortest
    }

    func run() throws {
        let session = try QuerySession(graphOptions: graphOptions, filterOptions: filterOptions)
        let start = try session.node(from, for: "path")
        let goal = try session.node(to, for: "path")
        let index = QueryIndex(session.graph, claimSteps: true)
        var search = GraphSearch(index: index, rules: try rules())
        let result = search.paths(from: start, to: goal, mode: mode, maxHops: k != nil || allShortest ? maxHops : nil, ranking: rank)
        var text = QueryText(graph: session.graph)
        text.full = full
        guard !result.paths.isEmpty else {
            var conditions: [String] = []
            if directed { conditions.append("following edge direction") }
            if let maxHops { conditions.append("within \(QueryText.count(maxHops, "hop"))") }
            if !via.isEmpty || !excludedTypes.isEmpty { conditions.append("on the edge types allowed") }
            var qualifier = conditions.isEmpty ? "" : " " + conditions.joined(separator: ", ")
            if !throughSources {
                var throughRules = try rules()
                throughRules.throughSources = true
                var wider = GraphSearch(index: index, rules: throughRules)
                if wider.shortestPath(from: start, to: goal) != nil { qualifier += " (there is one through source documents: add --through-sources)" }
            }
            throw CommandFailure.noResult("no path from \(text.nameAndID(start)) to \(text.nameAndID(goal))\(qualifier)")
        }
        let format = outputOptions.resolvedFormat
        if let diagram = format.diagram {
            try outputOptions.draw(result.subgraph(neighbourhood: context ?? 0), as: diagram, title: title(result, text))
        } else {
            try outputOptions.write(format == .json ? result.json.serialized() : render(result, text))
        }
    }

    /// `Shortest path from Dmytro Kuleba to Vladimir Putin`, `3 paths from …`: a diagram's title.
    private func title(_ result: PathResult, _ text: QueryText) -> String {
        let ends = "from \(text.name(result.from)) to \(text.name(result.to))"
        if result.paths.count == 1 && !result.truncated {
            return "\(k == nil && maxHops == nil ? "Shortest path" : "Path") \(ends), \(QueryText.count(result.paths[0].hops, "hop"))"
        }
        return "\(result.paths.count)\(result.truncated ? " (of more)" : "") \(allShortest ? "shortest paths" : "paths") \(ends)"
    }

    private func render(_ result: PathResult, _ text: QueryText) -> String {
        var lines: [String] = []
        let ends = "from \(text.nameAndID(result.from)) to \(text.nameAndID(result.to))"
        func hops(_ path: GraphPath) -> [String] {
            path.edges.indices.flatMap { position in
                text.hopLines(result.index, step: path.edges[position], from: path.nodes[position])
            }
        }
        if result.paths.count == 1 && !result.truncated {
            let path = result.paths[0]
            let kind = k == nil && maxHops == nil ? "Shortest path" : "Path"
            lines.append("\(kind) \(ends), \(QueryText.count(path.hops, "hop")):")
            lines += hops(path)
        } else {
            let kind = allShortest ? "shortest paths" : "paths"
            lines.append("\(result.paths.count) \(kind) \(ends):")
            for (number, path) in result.paths.enumerated() {
                lines.append("")
                lines.append("Path \(number + 1), \(QueryText.count(path.hops, "hop")):")
                lines += hops(path)
            }
        }
        if result.truncated {
            lines.append("")
            lines.append("More paths than the limit of \(limit) were found; raise --limit to see more.")
        }
        return lines.joined(separator: "\n")
    }
}
