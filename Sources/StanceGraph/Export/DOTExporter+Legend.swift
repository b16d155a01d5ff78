extension DOTExporter {
    /// How many columns the legend gives a section (node samples, line samples) of `count`
    /// entries: one for a few, two, or three when the graph holds more than ten kinds (a graph
    /// that varied draws wide), so the legend is a short block under the diagram.
    public static func legendColumns(for count: Int) -> Int {
        count <= 3 ? 1 : count <= 10 ? 2 : 3
    }

    static func legendRows(for count: Int) -> Int {
        let columns = legendColumns(for: count)
        return max(1, (count + columns - 1) / columns)
    }

    /// A node sample: a node kind, and for actors a subtype (`nil` for actors without one).
    private typealias NodeEntry = (kind: NodeKind, subtype: ActorSubtype?)

    /// A line sample: its name node and the invisible point it ends at, both quoted.
    private typealias LineEntry = (name: String, end: String)

    /// The legend: samples of exactly the node kinds, actor subtypes and edge types in the
    /// graph, drawn by Graphviz like the diagram itself, so shapes, line styles and
    /// arrowheads are the real ones. Columns of node samples, then columns of line samples
    /// (each type's name, right-aligned, then a line of that type), as many as
    /// `legendColumns` says, so the legend stays a compact block whatever the graph holds.
    /// Only our own fixed strings go into it.
    func writeLegend(_ graph: Graph, hasClaims: Bool, to output: inout some TextOutputStream) {
        let nodeEntries = DOTExporter.legendNodeEntries(graph)
        let presentTypes = Set(graph.edges.map(\.type))
        let types = EdgeType.allCases.filter { presentTypes.contains($0) }
        guard !nodeEntries.isEmpty || !types.isEmpty else { return }

        // Packed, the legend is a part of its own under a heading, its columns chained in
        // order. Among boxes it is a box, in Graphviz's order: chains outside a box made the
        // layout change from run to run (with boxes present, flat edges do), and inside one
        // dot does not keep their order anyway.
        let boxed = !packsParts(graph)
        let indent = boxed ? "    " : "  "
        if boxed {
            output.write("  " + DOTExporter.openBox("cluster legend"))
            let attributes: DOTAttributes = [
                "id": .text("legend"), "class": .text("legend"), "label": .text("Legend"),
                "style": .keyword("rounded"), "color": .color(DOTStyle.Palette.grey), "fontsize": .number(12),
            ]
            output.write("    graph [" + attributes.written + "];\n")
        } else {
            output.write(indent + DOTExporter.heading(part: "legend", label: "Legend"))
        }
        let shapes = nodeEntries.map { DOTExporter.writeLegendNode($0, indent: indent, to: &output) }
        var lines = types.map { DOTExporter.writeLegendLine($0, indent: indent, to: &output) }
        if hasClaims { lines.append(DOTExporter.writeLegendClaim(indent: indent, to: &output)) }
        DOTExporter.writeLegendGrid(shapes: shapes, lines: lines, indent: indent, to: &output)
        if boxed {
            output.write("  " + DOTExporter.closeBox)
        } else {
            var columns = DOTExporter.legendColumns(shapes: shapes, lines: lines)
            columns[0].insert(DOTText.quoted("legend/heading"), at: 0)
            for column in columns { writeColumn(column, indent: indent, to: &output) }
        }
    }

    /// The names in each column of the legend: node samples, then line samples.
    private static func legendColumns(shapes: [String], lines: [LineEntry]) -> [[String]] {
        let shapeRows = legendRows(for: shapes.count), lineRows = legendRows(for: lines.count)
        return stride(from: 0, to: shapes.count, by: shapeRows).map { Array(shapes[$0..<min($0 + shapeRows, shapes.count)]) }
            + stride(from: 0, to: lines.count, by: lineRows).map { lines[$0..<min($0 + lineRows, lines.count)].map(\.name) }
    }

    /// The node kinds in the graph, in vocabulary order; actors by subtype, those without one last.
    private static func legendNodeEntries(_ graph: Graph) -> [NodeEntry] {
        var entries: [NodeEntry] = []
        for kind in NodeKind.allCases {
            let nodes = graph.nodes.filter { $0.kind == kind }
            guard !nodes.isEmpty else { continue }
            if kind == .actor {
                let subtypes = Set(nodes.map(\.subtype))
                for subtype in ActorSubtype.allCases where subtypes.contains(subtype) { entries.append((kind, subtype)) }
                if subtypes.contains(nil) { entries.append((kind, nil)) }
            } else {
                entries.append((kind, nil))
            }
        }
        return entries
    }

    /// Writes a node sample; returns its quoted name.
    private static func writeLegendNode(_ entry: NodeEntry, indent: String, to output: inout some TextOutputStream) -> String {
        let style = DOTStyle.node(kind: entry.kind, subtype: entry.subtype)
        let label = DOTStyle.legendLabel(kind: entry.kind, subtype: entry.subtype)
        let token = [entry.kind.rawValue, entry.subtype?.rawValue].compactMap { $0 }
        let name = DOTText.quoted("legend/node/" + token.joined(separator: "/"))
        let attributes: DOTAttributes = [
            "id": .text("legend-node-" + token.joined(separator: "-")),
            "class": .text((["legend"] + token).joined(separator: " ")),
            "label": .text(label), "tooltip": .text(label),
            "shape": .keyword(style.shape), "style": .keyword(style.style),
            "fillcolor": .color(style.fillColor), "color": .color(style.color),
            "fontsize": .number(10), "margin": .pair(0.08, 0.04),
        ]
        output.write(indent + name + attributes.statementEnd)
        return name
    }

    /// A name, right-aligned against its sample line.
    private static func writeLegendName(_ name: String, id: String, classes: String, lines: [String], tooltip: DOTAttributes.Value,
                                        indent: String, to output: inout some TextOutputStream) {
        let attributes: DOTAttributes = [
            "id": .text(id), "class": .text(classes),
            "shape": .keyword("plaintext"), "label": .rightJustifiedLines(lines), "tooltip": tooltip,
            "fontsize": .number(10), "margin": .pair(0.04, 0), "width": .number(1), "height": .number(0.22),
        ]
        output.write(indent + name + attributes.statementEnd)
    }

    /// Writes a type's name and a line of that type.
    private static func writeLegendLine(_ type: EdgeType, indent: String, to output: inout some TextOutputStream) -> LineEntry {
        let style = DOTStyle.edge(type)
        let name = DOTText.quoted("legend/edge/\(type.rawValue)"), end = DOTText.quoted("legend/edge/\(type.rawValue)/to")
        let tooltip = DOTAttributes.Value.tooltip("\(type.rawValue): \(type.meaning)")
        writeLegendName(name, id: "legend-type-\(type.rawValue)", classes: "legend \(type.rawValue)", lines: [type.rawValue],
                        tooltip: tooltip, indent: indent, to: &output)
        let point: DOTAttributes = ["shape": .keyword("point"), "style": .keyword("invis"), "width": .number(0.01)]
        output.write(indent + end + point.statementEnd)
        let line: DOTAttributes = [
            "id": .text("legend-edge-\(type.rawValue)"),
            "class": .text("legend \(type.rawValue)"), "tooltip": tooltip,
            "color": .color(style.color), "style": .keyword(style.style),
            "penwidth": .number(style.penWidth), "arrowhead": .keyword(style.arrowhead),
            "minlen": .number(2),
        ]
        output.write(indent + "\(name) -> \(end)" + line.statementEnd)
        return (name, end)
    }

    /// A line into a small diamond, as a stance that edges are about is drawn.
    private static func writeLegendClaim(indent: String, to output: inout some TextOutputStream) -> LineEntry {
        let name = DOTText.quoted("legend/claim/name"), end = DOTText.quoted("legend/claim")
        let tooltip = DOTAttributes.Value.text("a stance that an edge is about: drawn through a diamond in its colour, where the claims about it end")
        writeLegendName(name, id: "legend-claim-name", classes: "legend claim", lines: ["a stance that", "an edge is about"],
                        tooltip: tooltip, indent: indent, to: &output)
        let diamond: DOTAttributes = [
            "id": .text("legend-claim"), "class": .text("legend claim"), "tooltip": tooltip,
            "shape": .keyword("diamond"), "label": .text(""),
            "width": .number(DOTExporter.claimSize), "height": .number(DOTExporter.claimSize),
            "fixedsize": .keyword("true"), "style": .keyword("filled"),
            "fillcolor": .color(DOTStyle.Palette.grey), "color": .color(DOTStyle.Palette.grey),
        ]
        output.write(indent + end + diamond.statementEnd)
        let line: DOTAttributes = [
            "id": .text("legend-claim-line"), "class": .text("legend claim"), "tooltip": tooltip,
            "color": .color(DOTStyle.Palette.grey), "penwidth": .number(1.5), "arrowhead": .keyword("none"),
            "minlen": .number(2),
        ]
        output.write(indent + "\(name) -> \(end)" + line.statementEnd)
        return (name, end)
    }

    /// The grid: invisible edges push each column one rank past the one before it, and,
    /// packed, a chain of invisible edges within each column keeps the entries in
    /// vocabulary order under the heading.
    private static func writeLegendGrid(shapes: [String], lines: [LineEntry], indent: String, to output: inout some TextOutputStream) {
        let shapeRows = legendRows(for: shapes.count), lineRows = legendRows(for: lines.count)
        var grid: [(String, String)] = []
        for index in shapes.indices where index + shapeRows < shapes.count { grid.append((shapes[index], shapes[index + shapeRows])) }
        if let last = shapes.last { for entry in lines.prefix(lineRows) { grid.append((last, entry.name)) } }
        for index in lines.indices where index + lineRows < lines.count { grid.append((lines[index].end, lines[index + lineRows].name)) }
        for (from, to) in grid { output.write(indent + "\(from) -> \(to)" + invisible) }
    }
}
