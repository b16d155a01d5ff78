import ArgumentParser
import StanceGraph

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the nodes within N hops of a node (its ego network), by distance.",
        discussion: """
            NODE is an id, label or alias (as for path). Each node found is listed under its \
            distance with the edge that reaches it from one hop closer. Source documents are \
            listed when reached but not walked through unless --through-sources. The JSON \
            output adds every edge among the nodes found. A node with no neighbours exits 1 \
            and writes nothing.

            --format dot, svg, png or pdf draws the network: the centre, the nodes found and \
            the edges that reach each from one hop closer bold in full colour (SVG class \
            "highlighted"), the other edges among them faded (class "faded"). -o FILE \
            writes any format to a file, atomically; without --format, the format comes from \
            FILE's extension.

            EXAMPLES
              stancegraph neighbors putin
              stancegraph neighbors putin --depth 2 --direction out
              stancegraph neighbors ceasefire-current-lines --via supports,opposes --format json
              stancegraph neighbors peskov --depth 2 --format svg -o peskov.svg

            \(ExitStatus.helpSection(ExitStatus.queryCodes))
            """
    )

    @Argument(help: ArgumentHelp("The centre: an id, label or alias.", valueName: "node"), completion: .nodeIDs)
    var node: String

    @Option(help: ArgumentHelp("How many hops out to go.", valueName: "n"))
    var depth = 1

    @Option(help: "Which way to follow edges: out (along them), in (against them) or both.")
    var direction: DirectionArgument = .both

    @Option(name: .customLong("via"), help: ArgumentHelp("Walk only edges of these types (comma-separated or repeated).", valueName: "type"))
    var via: [String] = []

    @Flag(help: "Walk on through source documents.")
    var throughSources = false

    @OptionGroup var outputOptions: QueryOutputOptions

    @OptionGroup(title: "Filters") var filterOptions: FilterOptions
    @OptionGroup var graphOptions: GraphOptions

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1, not \(depth).") }
        _ = try EdgeType.parseList(via, option: "--via")
    }

    func run() throws {
        let session = try QuerySession(graphOptions: graphOptions, filterOptions: filterOptions)
        let centre = try session.node(node, for: "neighbors")
        let types = try EdgeType.parseList(via, option: "--via")
        var search = GraphSearch(index: session.index, rules: TraversalRules(
            direction: direction.direction, edgeTypes: types.isEmpty ? nil : types, throughSources: throughSources))
        let network = search.egoNetwork(of: centre, depth: depth)
        let text = QueryText(graph: session.graph)
        guard network.members.count > 1 else {
            throw CommandFailure.noResult("\(text.nameAndID(centre)) has no neighbours\(direction == .both ? "" : " that way")")
        }
        let format = outputOptions.resolvedFormat
        if let diagram = format.diagram {
            let title = "\(text.name(centre)): \(QueryText.count(network.members.count - 1, "node")) within \(QueryText.count(depth, "hop"))"
            try outputOptions.draw(network.subgraph(), as: diagram, title: title)
        } else {
            try outputOptions.write(format == .json ? network.json.serialized() : session.textAnswer(render(network, text)))
        }
    }

    private func render(_ network: EgoNetwork, _ text: QueryText) -> String {
        var lines = ["\(text.nameAndID(network.centre)): \(QueryText.count(network.members.count - 1, "node")) within \(QueryText.count(network.depth, "hop"))"]
        var distance = 0
        for member in network.members.dropFirst() {
            if member.distance != distance {
                distance = member.distance
                lines.append("")
                lines.append(QueryText.count(distance, "hop"))
            }
            let link = member.links[0]
            let nearer = network.index.otherEnd(ofEdge: link, from: member.node)
            let more = member.links.count > 1 ? "(+\(QueryText.count(member.links.count - 1, "more edge")))" : ""
            lines.append("  " + text.nameIDAndKind(member.node) + ": " + QueryText.line(text.hop(link, from: nearer), more))
        }
        return lines.joined(separator: "\n")
    }
}
