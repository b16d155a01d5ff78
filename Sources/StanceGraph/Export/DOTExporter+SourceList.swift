extension DOTExporter {
    /// Packed, the sources that no edge links to the drawing (they cite one another or
    /// nothing) are set apart under a heading: first column the heading, the sources no cites
    /// edge points at and half of those with no edge at all; the rest follow. Left to right,
    /// loose sources would otherwise each make a part, and a row, of their own.
    func writeSourceList(_ graph: Graph, hasEdge: [Bool], written: inout [Bool], highlighting: HighlightPlan, to output: inout some TextOutputStream) {
        let members = DOTExporter.sourcesApart(graph)
        guard !members.isEmpty else { return }
        var pointedAt = [Bool](repeating: false, count: graph.nodes.count)
        for index in graph.edges.indices { if case .node(let to) = graph.edgeTargets[index] { pointedAt[to] = true } }
        let loose = members.filter { !hasEdge[$0] }
        let rows = (loose.count + 1) / 2
        let firstColumn = members.filter { hasEdge[$0] ? !pointedAt[$0] : loose.prefix(rows).contains($0) }

        output.write("  " + DOTExporter.heading(part: "sources", label: "Sources"))
        for index in members {
            written[index] = true
            output.write("  ")
            writeNode(index, of: graph, highlighting: highlighting, to: &output)
        }
        DOTExporter.writeInTwoColumns(loose, of: graph, indent: "  ", to: &output)
        writeColumn([DOTText.quoted("sources/heading")] + firstColumn.map { DOTText.quoted(graph.nodes[$0].id) }, indent: "  ", to: &output)
    }

    /// The sources no edge links to anything but other such sources, in graph order.
    private static func sourcesApart(_ graph: Graph) -> [Int] {
        var apart = graph.nodes.map { $0.kind == .source }
        var changed = true
        while changed {
            changed = false
            for index in graph.edges.indices {
                let from = graph.edgeTails[index]
                guard case .node(let to) = graph.edgeTargets[index] else {
                    if apart[from] { apart[from] = false; changed = true }
                    continue
                }
                if apart[from] != apart[to] { apart[from] = false; apart[to] = false; changed = true }
            }
        }
        return graph.nodes.indices.filter { apart[$0] }
    }
}
