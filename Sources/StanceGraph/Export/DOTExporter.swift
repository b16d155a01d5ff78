/// Writes a graph as Graphviz DOT: styled by kind and type (see `DOTStyle`), with a legend of
/// exactly what the graph holds, tooltips carrying the evidence, links to sources' http(s)
/// pages, and stable `id`/`class` attributes (`id="node-putin"`, `class="actor person
/// side-russia"`, `id="edge-…"`, `class="supports"`) for a report's CSS or script to target.
///
/// Edges that point at edges (a `doubts`, `denies` or `contradicts` about a reported stance)
/// are drawn through a small diamond "claim" node named `claim/<edge id>`, standing for the
/// stance they are about: that stance is drawn in two segments, from its actor to the
/// diamond (`id="edge-<id>"`) and from the diamond to its target (`id="edge-<id>-head"`,
/// with the arrowhead), and the claims about it end at the diamond. Graphviz cannot attach an
/// edge to an edge; drawing the doubt to the stance's target node instead would read as a
/// doubt about the position itself, which is a different statement. A claim about a claim
/// chains naturally: the doubted doubt gets its own diamond.
///
/// The output is deterministic: nodes and edges in graph order, clusters sorted, no dates or
/// random ids. Text is escaped by `DOTText`, drawn labels are wrapped and capped (the full
/// text is in the tooltip, itself capped), so no quoted string comes near Graphviz's limit.
public struct DOTExporter: SingleDocumentExporter {
    public enum RankDirection: String, CaseIterable, Sendable {
        case topToBottom = "TB", leftToRight = "LR", bottomToTop = "BT", rightToLeft = "RL"
    }

    /// How nodes are grouped into boxes (Graphviz clusters; `dot` and `fdp` draw them).
    public enum Clustering: String, CaseIterable, Sendable {
        /// One box per side (`russia`, `ukraine`…) around the actors that have one.
        case side
        /// One box per node kind.
        case kind
        case none
    }

    /// The defaults make a page, not a strip (see docs/export.md): left to right, because
    /// labels are wider than tall and so stack more tightly in columns than side by side in
    /// rows; no boxes, since side boxes keep a side's actors together in every column and so
    /// stretch the drawing, and since only a graph without boxes can be packed (see
    /// `packsParts`); edge labels off, since dot lays each label out like a node and a dense
    /// graph's labels cannot be told apart.
    public struct Options: Hashable, Sendable {
        /// The layout engine written into the diagram; `nil` chooses one for the graph's size
        /// (`LayoutEngine.defaultChoice(for:)`).
        public var engine: LayoutEngine?
        public var rankDirection: RankDirection
        public var clustering: Clustering
        public var legend: Bool
        /// What to draw as the answer to a question, the rest faded around it; `nil` draws
        /// everything alike. See `Highlight`.
        public var highlight: Highlight? = nil
        /// Draw each edge's `label` beside it; without, the label is still the second line of the tooltip.
        public var edgeLabels: Bool

        public init(engine: LayoutEngine? = nil, rankDirection: RankDirection = .leftToRight,
                    clustering: Clustering = .none, legend: Bool = true, edgeLabels: Bool = false) {
            self.engine = engine
            self.rankDirection = rankDirection
            self.clustering = clustering
            self.legend = legend
            self.edgeLabels = edgeLabels
        }
    }

    public static let fontName = "Helvetica,Arial,sans-serif"

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Whether dot lays out each connected part on its own and stacks the parts (`pack`):
    /// the legend, the sources that only cite each other, stray pairs. Only without boxes:
    /// with `pack`, Graphviz 2.43 reads freed memory when it closes a part whose box holds an
    /// edge (valgrind shows it for any cluster with an edge), and this library renders
    /// in-process. With boxes, the legend lies among the drawing's columns.
    public func packsParts(_ graph: Graph) -> Bool { engine(for: graph) == .dot && options.clustering == .none }

    /// The engine `graph` is laid out with: the one chosen, else the default for its size.
    public func engine(for graph: Graph) -> LayoutEngine {
        options.engine ?? LayoutEngine.defaultChoice(for: graph).engine
    }

    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        let claimed = DOTExporter.claimedEdges(of: graph)
        let hasClaims = claimed.contains(true)
        let highlighting = HighlightPlan(graph: graph, highlight: options.highlight)
        writeOpening(hasClaims: hasClaims, to: &output)
        writeGraphAttributes(graph, to: &output)
        // Packed, the parts are stacked from the bottom (LR, RL) or the left (TB, BT) in the
        // order of their first node: the legend, then the sources set apart, then the drawing.
        if options.legend { writeLegend(graph, hasClaims: hasClaims, to: &output) }
        let hasEdge = DOTExporter.nodesWithEdges(graph)
        var written = [Bool](repeating: false, count: graph.nodes.count)
        if packsParts(graph) { writeSourceList(graph, hasEdge: hasEdge, written: &written, highlighting: highlighting, to: &output) }
        let inCluster = writeClusters(graph, hasEdge: hasEdge, highlighting: highlighting, to: &output)
        for index in graph.nodes.indices where !inCluster[index] && !written[index] {
            output.write("  ")
            writeNode(index, of: graph, highlighting: highlighting, to: &output)
        }
        for index in graph.edges.indices where claimed[index] {
            writeClaimNode(index, of: graph, highlighting: highlighting, to: &output)
        }
        let free = DOTExporter.freeEdges(graph, inCluster: inCluster)
        for index in graph.edges.indices {
            writeEdge(index, of: graph, claimed: claimed[index], constrained: !free[index], highlighting: highlighting, to: &output)
        }
        output.write("}\n")
    }

    /// Which edges another edge is about, and so are drawn through a diamond.
    static func claimedEdges(of graph: Graph) -> [Bool] {
        var claimed = [Bool](repeating: false, count: graph.edges.count)
        for target in graph.edgeTargets { if case .edge(let index) = target { claimed[index] = true } }
        return claimed
    }

    static func nodesWithEdges(_ graph: Graph) -> [Bool] {
        var hasEdge = [Bool](repeating: false, count: graph.nodes.count)
        for index in graph.edges.indices {
            hasEdge[graph.edgeTails[index]] = true
            hasEdge[graph.targetNodeIndex(ofEdge: index)] = true
        }
        return hasEdge
    }

    /// The edges left out of the ranking (`constraint=false`). A node some ranked edge places
    /// is anchored; an unranked edge between two anchored nodes outside boxes is left out.
    /// Between any others it keeps them side by side (a minister whose only edge says whose
    /// minister he is), and Graphviz 2.43 can lose an unranked edge inside a box while routing it.
    static func freeEdges(_ graph: Graph, inCluster: [Bool]) -> [Bool] {
        var anchored = [Bool](repeating: false, count: graph.nodes.count)
        for index in graph.edges.indices where !unranked(graph.edges[index].type) {
            anchored[graph.edgeTails[index]] = true
            if case .node(let target) = graph.edgeTargets[index] { anchored[target] = true }
        }
        return graph.edges.indices.map { index in
            guard unranked(graph.edges[index].type), case .node(let target) = graph.edgeTargets[index] else { return false }
            let source = graph.edgeTails[index]
            return anchored[source] && anchored[target] && !inCluster[source] && !inCluster[target]
        }
    }

    // MARK: Graph

    private func writeOpening(hasClaims: Bool, to output: inout some TextOutputStream) {
        output.write("// Generated by stancegraph \(version).\n")
        if hasClaims {
            output.write("// A stance that another edge is about is drawn through a diamond node \"claim/<edge id>\":\n")
            output.write("// actor -> diamond -> target; the doubts, denials and contradictions about it end at the diamond.\n")
        }
        output.write("digraph \"stancegraph\" {\n")
    }

    /// Opens a box (a cluster) inside an unnamed subgraph. Graphviz orders a graph's named
    /// subgraphs by the address of their names in memory, which changes from run to run (with
    /// Swift's per-process hashing seed, with whatever ran before), and so would the layout
    /// of boxes; unnamed subgraphs keep the order written.
    static func openBox(_ name: String) -> String { "subgraph { subgraph \(DOTText.quoted(name)) {\n" }
    static let closeBox = "} }\n"

    /// The space between neighbours in a rank and between ranks, in inches (Graphviz's
    /// defaults are 0.25 and 0.5): nodes are stacked close, so columns stay short.
    public static let nodeSeparation = 0.08
    public static let rankSeparation = 0.5
    /// Node and edge labels wrap at this many characters, narrower than `DOTText`'s default,
    /// since in a left-to-right diagram the widest label sets a column's width…
    public static let labelLineWidth = 24
    /// …and show up to this many lines, so that narrower lines cut hardly any label short.
    public static let labelMaximumLines = 4

    /// A drawn node or edge label's lines.
    public static func wrap(_ text: String) -> [String] {
        DOTText.wrap(text, width: labelLineWidth, maxLines: labelMaximumLines)
    }

    /// The side of a claim's diamond, in inches: a point on the stance's line, not a node to read.
    public static let claimSize = 0.14

    /// Whether edges of this type may leave the ranking alone (`constraint=false`): who belongs
    /// to or speaks for whom says nothing about the flow from speakers to what they speak of,
    /// and ranking by it pushes a state a column to the right of its ministries, and all its
    /// stances with it.
    public static func unranked(_ type: EdgeType) -> Bool {
        type == .memberOf || type == .speaksFor
    }

    private func writeGraphAttributes(_ graph: Graph, to output: inout some TextOutputStream) {
        var attributes: DOTAttributes = [
            "id": .text("stancegraph"),
            "layout": .keyword(engine(for: graph).rawValue),
            "rankdir": .keyword(options.rankDirection.rawValue),
            "charset": .keyword("UTF-8"),
            "fontname": .text(DOTExporter.fontName),
            "outputorder": .keyword("edgesfirst"),
        ]
        if engine(for: graph) == .dot {
            attributes["nodesep"] = .number(DOTExporter.nodeSeparation)
            attributes["ranksep"] = .number(DOTExporter.rankSeparation)
            if packsParts(graph) {
                // Each connected part (the legend, the sources set apart, a stray pair) is
                // laid out on its own and the parts are stacked in one column (one row before
                // the turn to LR) in input order: otherwise they share the drawing's ranks,
                // and a legend's sample line is as long as the widest column is wide.
                attributes["pack"] = .keyword("true")
                attributes["packmode"] = .keyword("array_ci1")
            }
        } else {
            attributes["overlap"] = .keyword("false")
        }
        if let title = graph.title, !title.isEmpty {
            attributes["label"] = .lines(DOTText.wrap(title, width: 60, maxLines: 2))
            attributes["labelloc"] = .keyword("t")
            attributes["fontsize"] = .number(16)
            attributes["tooltip"] = .tooltip([title, graph.description].compactMap { $0 }.joined(separator: "\n"))
        }
        output.write("  graph [" + attributes.written + "];\n")
        let nodeDefaults: DOTAttributes = ["fontname": .text(DOTExporter.fontName), "fontsize": .number(11), "margin": .pair(0.12, 0.06)]
        output.write("  node [" + nodeDefaults.written + "];\n")
        let edgeDefaults: DOTAttributes = ["fontname": .text(DOTExporter.fontName), "fontsize": .number(9), "arrowsize": .number(0.8)]
        output.write("  edge [" + edgeDefaults.written + "];\n")
    }

    // MARK: Boxes

    private struct Cluster {
        var prefix: String
        var name: String
        var label: String
        var members: [Int]
    }

    private func clusterMembers(_ graph: Graph) -> [Cluster] {
        func kindCluster(_ kind: NodeKind) -> Cluster? {
            let members = graph.nodes.indices.filter { graph.nodes[$0].kind == kind }
            return members.isEmpty ? nil : Cluster(prefix: "kind", name: kind.rawValue, label: kind.rawValue + "s", members: members)
        }
        switch options.clustering {
        case .none:
            return []
        case .side:
            var bySide: [String: [Int]] = [:]
            for (index, node) in graph.nodes.enumerated() where node.kind == .actor {
                if let side = node.side, !side.isEmpty { bySide[side, default: []].append(index) }
            }
            return bySide.keys.sorted().map { Cluster(prefix: "side", name: $0, label: $0, members: bySide[$0]!) }
        case .kind:
            return NodeKind.allCases.compactMap(kindCluster)
        }
    }

    /// Writes the boxes with their nodes; returns which nodes are in one.
    private func writeClusters(_ graph: Graph, hasEdge: [Bool], highlighting: HighlightPlan, to output: inout some TextOutputStream) -> [Bool] {
        var inCluster = [Bool](repeating: false, count: graph.nodes.count)
        var usedClusterIDs = Set<String>()
        for cluster in clusterMembers(graph) {
            let token = "\(cluster.prefix)-\(DOTText.classToken(cluster.name))"
            output.write("  " + DOTExporter.openBox("cluster \(cluster.prefix):\(cluster.name)"))
            let attributes: DOTAttributes = [
                "id": .text(DOTExporter.unique("cluster-" + token, among: &usedClusterIDs)),
                "class": .text(token),
                "label": .lines(DOTText.wrap(cluster.label)),
                "style": .keyword("rounded,dashed"), "color": .color(DOTStyle.Palette.grey), "fontsize": .number(12),
            ]
            output.write("    graph [" + attributes.written + "];\n")
            for index in cluster.members {
                inCluster[index] = true
                output.write("    ")
                writeNode(index, of: graph, highlighting: highlighting, to: &output)
            }
            // Sources no edge touches would stack in one column: set them out in two.
            let loose = cluster.members.filter { !hasEdge[$0] && graph.nodes[$0].kind == .source }
            DOTExporter.writeInTwoColumns(loose, of: graph, indent: "    ", to: &output)
            output.write("  " + DOTExporter.closeBox)
        }
        return inCluster
    }

    /// `id`, or with the first free suffix `-2`, `-3`… when it is taken.
    private static func unique(_ id: String, among used: inout Set<String>) -> String {
        guard !used.insert(id).inserted else { return id }
        var suffix = 2
        while !used.insert("\(id)-\(suffix)").inserted { suffix += 1 }
        return "\(id)-\(suffix)"
    }

    /// Invisible edges from each node of the first half to the same place in the second, so
    /// that nodes without edges stand in two columns rather than one.
    static func writeInTwoColumns(_ nodes: [Int], of graph: Graph, indent: String, to output: inout some TextOutputStream) {
        let rows = (nodes.count + 1) / 2
        for (from, to) in zip(nodes, nodes.dropFirst(rows)) {
            output.write(indent + "\(DOTText.quoted(graph.nodes[from].id)) -> \(DOTText.quoted(graph.nodes[to].id))" + DOTExporter.invisible)
        }
    }

    /// The end of a statement for an invisible edge, there only to place nodes.
    static let invisible = (["style": .keyword("invis")] as DOTAttributes).statementEnd

    // MARK: Nodes

    func writeNode(_ index: Int, of graph: Graph, highlighting: HighlightPlan, to output: inout some TextOutputStream) {
        let node = graph.nodes[index]
        let style = DOTStyle.node(kind: node.kind, subtype: node.subtype)
        var classes = [node.kind.rawValue]
        if let subtype = node.subtype { classes.append(subtype.rawValue) }
        if let side = node.side, !side.isEmpty { classes.append("side-" + DOTText.classToken(side)) }
        var attributes: DOTAttributes = [
            "id": .text("node-\(node.id)"),
            "class": .text(classes.joined(separator: " ")),
            "label": .lines(DOTExporter.wrap(node.label)),
            "shape": .keyword(style.shape), "style": .keyword(style.style),
            "fillcolor": .color(style.fillColor), "color": .color(style.color),
            "tooltip": .tooltip(nodeTooltip(node)),
        ]
        if let url = ExportValues.webURL(of: node) {
            attributes["URL"] = .url(url)
            attributes["target"] = .keyword("_blank")
        }
        output.write(DOTText.quoted(node.id) + HighlightPlan.node(attributes, highlighting.node(node.id)).statementEnd)
    }

    private func nodeTooltip(_ node: Node) -> String {
        var lines = [node.label]
        var kind = node.kind.rawValue
        if let subtype = node.subtype { kind += ", \(subtype.rawValue)" }
        if let side = node.side, !side.isEmpty { kind += ", side: \(side)" }
        lines.append("(\(kind))")
        if !node.aliases.isEmpty { lines.append("Also known as: " + node.aliases.joined(separator: "; ")) }
        if let roles = ExportValues.rolesText(of: node) { lines.append("Roles: " + roles) }
        if let title = node.title { lines.append(title) }
        let publication = [node.publisher, node.published?.description].compactMap { $0 }
        if !publication.isEmpty { lines.append(publication.joined(separator: ", ")) }
        if let description = node.description { lines.append(description) }
        if let url = ExportValues.webURL(of: node) { lines.append(url) }
        return lines.joined(separator: "\n")
    }

    private func claimNodeName(_ edgeID: String) -> String { "claim/\(edgeID)" }

    /// The diamond standing for edge `index`, which other edges are about.
    private func writeClaimNode(_ index: Int, of graph: Graph, highlighting: HighlightPlan, to output: inout some TextOutputStream) {
        let edge = graph.edges[index]
        let style = DOTStyle.edge(edge.type)
        let attributes: DOTAttributes = [
            "id": .text("claim-\(edge.id)"),
            "class": .text("claim \(edge.type.rawValue)"),
            "shape": .keyword("diamond"), "label": .text(""),
            "width": .number(DOTExporter.claimSize), "height": .number(DOTExporter.claimSize),
            "fixedsize": .keyword("true"), "style": .keyword("filled"),
            "fillcolor": .color(style.color), "color": .color(style.color),
            "tooltip": .tooltip(edgeTooltip(index, of: graph)),
        ]
        output.write("  " + DOTText.quoted(claimNodeName(edge.id)) + HighlightPlan.node(attributes, highlighting.claim(index)).statementEnd)
    }

    // MARK: Edges

    private func writeEdge(_ index: Int, of graph: Graph, claimed: Bool, constrained: Bool, highlighting: HighlightPlan, to output: inout some TextOutputStream) {
        let edge = graph.edges[index]
        let arrowhead = DOTAttributes.Value.keyword(DOTStyle.edge(edge.type).arrowhead)
        let tail = DOTText.quoted(graph.nodes[graph.edgeTails[index]].id)
        let head: String
        switch graph.edgeTargets[index] {
        case .node(let target): head = DOTText.quoted(graph.nodes[target].id)
        case .edge(let target): head = DOTText.quoted(claimNodeName(graph.edges[target].id))
        }
        let attributes = edgeAttributes(index, of: graph, claimed: claimed, constrained: constrained)
        var first = HighlightPlan.edge(attributes, highlighting.edge(index))
        guard claimed else {
            first["arrowhead"] = arrowhead
            output.write("  \(tail) -> \(head)" + first.statementEnd)
            return
        }
        // Drawn through the diamond: the label stays on the first segment, the arrowhead on the second.
        let claim = DOTText.quoted(claimNodeName(edge.id))
        first["arrowhead"] = .keyword("none")
        output.write("  \(tail) -> \(claim)" + first.statementEnd)
        var second = attributes
        second["label"] = nil
        second["labeltooltip"] = nil
        second["id"] = .text("edge-\(edge.id)-head")
        second = HighlightPlan.edge(second, highlighting.claim(index))
        second["arrowhead"] = arrowhead
        output.write("  \(claim) -> \(head)" + second.statementEnd)
    }

    private func edgeAttributes(_ index: Int, of graph: Graph, claimed: Bool, constrained: Bool) -> DOTAttributes {
        let edge = graph.edges[index]
        let style = DOTStyle.edge(edge.type)
        var classes = [edge.type.rawValue]
        if case .edge = graph.edgeTargets[index] { classes.append("about-edge") }
        if claimed { classes.append("claimed") }
        var attributes: DOTAttributes = [
            "id": .text("edge-\(edge.id)"),
            "class": .text(classes.joined(separator: " ")),
            "color": .color(style.color), "style": .keyword(style.style),
            "penwidth": .number(style.penWidth),
        ]
        if !constrained { attributes["constraint"] = .keyword("false") }
        let tooltip = DOTAttributes.Value.tooltip(edgeTooltip(index, of: graph))
        attributes["tooltip"] = tooltip
        if options.edgeLabels, let label = edge.label, !label.isEmpty {
            attributes["label"] = .lines(DOTExporter.wrap(label))
            attributes["labeltooltip"] = tooltip
        }
        if let url = edge.provenance.lazy.compactMap({ graph.node($0.source).flatMap(ExportValues.webURL(of:)) }).first {
            attributes["URL"] = .url(url)
            attributes["target"] = .keyword("_blank")
        }
        return attributes
    }
    /// `Four Russian sources supports Ceasefire on the current front lines`; a claim about a
    /// claim quotes the claim it is about (two levels deep, then its id).
    private func summary(_ index: Int, of graph: Graph, depth: Int = 0) -> String {
        let edge = graph.edges[index]
        let from = graph.nodes[graph.edgeTails[index]].label
        let to: String
        switch graph.edgeTargets[index] {
        case .node(let target): to = graph.nodes[target].label
        case .edge(let target): to = depth < 2 ? "[\(summary(target, of: graph, depth: depth + 1))]" : "[edge \(graph.edges[target].id)]"
        }
        return "\(from) \(edge.type.rawValue) \(to)"
    }

    private func edgeTooltip(_ index: Int, of graph: Graph) -> String {
        let edge = graph.edges[index]
        var lines = [summary(index, of: graph)]
        if let label = edge.label, !label.isEmpty { lines.append(label) }
        var facts: [String] = []
        if let confidence = edge.confidence { facts.append("confidence \(TextFormatting.number(confidence))") }
        if let from = edge.validFrom { facts.append("valid from \(from)") }
        if let until = edge.validUntil { facts.append("valid until \(until)") }
        if !facts.isEmpty { lines.append(facts.joined(separator: "; ")) }
        for record in edge.provenance {
            var line: String
            if let quote = record.quote {
                line = "“\(quote)”"
            } else if let passage = record.passage {
                line = "paraphrase of “\(passage)”"
            } else {
                line = "paraphrase"
            }
            let source = graph.node(record.source)?.label ?? record.source
            line += " — \(source)"
            if let date = record.date { line += ", \(date)" }
            line += " (\(record.attribution.rawValue))"
            lines.append(line)
        }
        if let notes = edge.notes, !notes.isEmpty { lines.append("Notes: \(notes)") }
        return lines.joined(separator: "\n")
    }

    // MARK: Packed parts

    /// Keeps `names` in one rank, in this order down the column (LR, RL) or along the row (TB,
    /// BT), by a chain of invisible flat edges: Graphviz puts a flat edge's tail before its head.
    func writeColumn(_ names: [String], indent: String, to output: inout some TextOutputStream) {
        guard names.count > 1 else { return }
        output.write(indent + "{\n" + indent + "  rank=\"same\";\n")
        for (from, to) in zip(names, names.dropFirst()) { output.write(indent + "  \(from) -> \(to)" + DOTExporter.invisible) }
        output.write(indent + "}\n")
    }

    /// A heading over a packed part (the legend, the sources set apart), in place of a box's
    /// title: node `<part>/heading` (no loaded id has a `/`), SVG id `<part>`.
    static func heading(part: String, label: String) -> String {
        let attributes: DOTAttributes = [
            "id": .text(part), "class": .text("\(part) heading"), "shape": .keyword("plaintext"),
            "label": .text(label), "fontsize": .number(12), "margin": .number(0),
        ]
        return DOTText.quoted("\(part)/heading") + attributes.statementEnd
    }
}
