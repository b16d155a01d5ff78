/// Writes a graph as a folder that Kùzu (the embeddable Cypher database) loads as it is:
/// `schema.cypher` (the `CREATE NODE TABLE` and `CREATE REL TABLE` statements), `load.cypher`
/// (the `COPY` statements, with paths relative to the folder), and the three CSV files they copy:
/// `nodes.csv`, `edges.csv` and `claim-steps.csv`.
///
/// Kùzu needs a schema before it copies anything, reads CSV columns by position (so each file's
/// columns are in the order its table declares them, which both come from one column table
/// here), and reads a quoted field that spans lines only when a copy is not parallel: the
/// statements say `PARALLEL=false` for the files that may hold one.
///
/// The graph is walked as `stancegraph path` walks it (`QueryIndex` with claim steps), so a
/// shortest path in Kùzu has as many hops as the path command's: every node is a row of the one
/// node table `Node`, and so is every edge that a claim is about (a *claim node*, kind `claim`,
/// whose id is the edge's id); every edge is a row of the one relationship table `Edge` (its
/// type a property, not a table: one table is what lets an unlabelled recursive pattern walk
/// every type, as the path command does), and an edge about an edge ends at that edge's claim
/// node; `ClaimStep` joins each claim node to the claimed edge's own ends, from its tail and to
/// its target (`leg` is `tail` or `target`), as the path command's claim steps do.
///
/// Lists of ids and labels (`labels`, `sources`) are Kùzu `STRING[]` literals (`[Actor,Person]`):
/// Kùzu's list syntax has no escape (a quote stays part of the element, a comma splits it), which
/// ids read from a file never need (they are letters, digits and `._:-`). Lists of free text
/// (`aliases`, `roles`) stay JSON arrays in a string, as in every flat export. Kùzu reads an
/// empty field, quoted or not, as a missing value. Quoting is `CSVExporter`'s RFC 4180.
public struct KuzuExporter: GraphExporter {
    public static let schemaFile = ExportDocument(fileName: "schema.cypher")
    public static let loadFile = ExportDocument(fileName: "load.cypher")
    public static let nodesFile = ExportDocument(fileName: "nodes.csv")
    public static let edgesFile = ExportDocument(fileName: "edges.csv")
    public static let claimStepsFile = ExportDocument(fileName: "claim-steps.csv")

    /// The node table's name: the graph's nodes and the claim nodes.
    public static let nodeTable = "Node"
    /// The relationship table of the graph's edges.
    public static let edgeTable = "Edge"
    /// The relationship table joining claim nodes to the ends of the edges they stand for.
    public static let claimStepTable = "ClaimStep"

    /// A row of the node table: a node of the graph, or the claim node of an edge.
    enum NodeRow {
        case node(Node)
        case claim(Edge)
    }

    /// A row of the claim-step table.
    struct ClaimStepRow {
        var from: String
        var to: String
        var claim: String
        var leg: String
    }

    static let nodeColumns: [KuzuColumn<NodeRow>] = [
        KuzuColumn("id", "STRING PRIMARY KEY") { row in
            switch row {
            case .node(let node): node.id
            case .claim(let edge): edge.id
            }
        },
        KuzuColumn("labels", "STRING[]") { row in
            switch row {
            case .node(let node): KuzuExporter.list(CSVExporter.labels(of: node))
            case .claim: KuzuExporter.list(["Claim"])
            }
        },
        KuzuColumn("kind") { row in
            switch row {
            case .node(let node): node.kind.rawValue
            case .claim: KuzuExporter.claimKind
            }
        },
        KuzuColumn("label") { row in
            switch row {
            case .node(let node): node.label
            case .claim(let edge): edge.label
            }
        },
        KuzuColumn("subtype") { $0.node?.subtype?.rawValue },
        KuzuColumn("side") { $0.node?.side },
        KuzuColumn("aliases") { $0.node.flatMap { ExportValues.jsonList($0.aliases) } },
        KuzuColumn("description") { $0.node?.description },
        KuzuColumn("roles") { $0.node.flatMap(ExportValues.rolesJSON(of:)) },
        KuzuColumn("title") { $0.node?.title },
        KuzuColumn("publisher") { $0.node?.publisher },
        KuzuColumn("published") { $0.node?.published?.description },
        KuzuColumn("url") { $0.node.flatMap(ExportValues.webURL(of:)) },
        KuzuColumn("file") { $0.node?.file },
        KuzuColumn("notes") { $0.node?.notes },
    ]

    static let edgeColumns: [KuzuColumn<FlatEdge>] = [
        KuzuColumn(.from) { $0.tail },
        KuzuColumn(.to) { $0.targetEdge ?? $0.head },
        KuzuColumn("id") { $0.edge.id },
        KuzuColumn("type") { $0.edge.type.rawValue },
        KuzuColumn("stance", "BOOLEAN") { $0.edge.type.isStance ? "true" : "false" },
        KuzuColumn("label") { $0.edge.label },
        KuzuColumn("target_edge") { $0.targetEdge },
        KuzuColumn("sources", "STRING[]") { KuzuExporter.list($0.edge.sourceIDs) },
        KuzuColumn("date") { $0.edge.earliestDate?.description },
        KuzuColumn("attribution") { $0.lead?.attribution.rawValue },
        KuzuColumn("quote") { $0.lead?.quote },
        KuzuColumn("paraphrase", "BOOLEAN") { $0.lead.map { $0.paraphrase ? "true" : "false" } },
        KuzuColumn("confidence", "DOUBLE") { $0.edge.confidence.map(TextFormatting.number) },
        KuzuColumn("valid_from") { $0.edge.validFrom?.description },
        KuzuColumn("valid_until") { $0.edge.validUntil?.description },
        KuzuColumn("provenance_count", "INT64") { String($0.edge.provenance.count) },
        KuzuColumn("provenance") { $0.edge.provenance.isEmpty ? nil : ExportValues.provenanceJSON(of: $0.edge) },
        KuzuColumn("notes") { $0.edge.notes },
    ]

    static let claimStepColumns: [KuzuColumn<ClaimStepRow>] = [
        KuzuColumn(.from) { $0.from },
        KuzuColumn(.to) { $0.to },
        KuzuColumn("claim") { $0.claim },
        KuzuColumn("leg") { $0.leg },
    ]

    /// The `kind` of a claim node.
    public static let claimKind = "claim"

    public init() {}

    /// The schema, the load statements, then the three CSV files.
    public var documents: [ExportDocument] {
        [KuzuExporter.schemaFile, KuzuExporter.loadFile, KuzuExporter.nodesFile, KuzuExporter.edgesFile, KuzuExporter.claimStepsFile]
    }

    public func write(_ document: ExportDocument, of graph: Graph, to output: inout some TextOutputStream) {
        switch document {
        case KuzuExporter.schemaFile: output.write(KuzuExporter.schema)
        case KuzuExporter.loadFile: output.write(KuzuExporter.loadStatements)
        case KuzuExporter.nodesFile: writeNodes(of: graph, to: &output)
        case KuzuExporter.edgesFile: writeEdges(of: graph, to: &output)
        case KuzuExporter.claimStepsFile: writeClaimSteps(of: graph, to: &output)
        default: preconditionFailure("the Kùzu export has no document \(document)")
        }
    }

    /// The DDL: one node table and two relationship tables, their columns in the CSV files' order.
    public static var schema: String {
        """
        // stancegraph's graph as Kùzu tables; run before load.cypher.
        CREATE NODE TABLE \(nodeTable)(\(declarations(nodeColumns)));
        CREATE REL TABLE \(edgeTable)(FROM \(nodeTable) TO \(nodeTable), \(declarations(edgeColumns)));
        CREATE REL TABLE \(claimStepTable)(FROM \(nodeTable) TO \(nodeTable), \(declarations(claimStepColumns)));

        """
    }

    /// The `COPY` statements, with file names relative to the folder (run them from inside it).
    /// A quoted field may span lines in the nodes and edges files, which Kùzu reads only when
    /// the copy is not parallel.
    public static var loadStatements: String {
        """
        // Run from this folder, after schema.cypher.
        COPY \(nodeTable) FROM '\(nodesFile.fileName!)' (HEADER=true, PARALLEL=false);
        COPY \(edgeTable) FROM '\(edgesFile.fileName!)' (HEADER=true, PARALLEL=false);
        COPY \(claimStepTable) FROM '\(claimStepsFile.fileName!)' (HEADER=true);

        """
    }

    /// `nodes.csv`: the graph's nodes in graph order, then a claim node for each claimed edge.
    public func writeNodes(of graph: Graph, to output: inout some TextOutputStream) {
        output.write(CSVExporter.row(KuzuExporter.nodeColumns.map(\.name)))
        for node in graph.nodes {
            output.write(CSVExporter.row(KuzuExporter.nodeColumns.map { $0.value(.node(node)) }))
        }
        for claimed in KuzuExporter.claimedEdges(of: graph) {
            output.write(CSVExporter.row(KuzuExporter.nodeColumns.map { $0.value(.claim(graph.edges[claimed])) }))
        }
    }

    /// `edges.csv`: every edge in graph order; one about an edge ends at that edge's claim node.
    public func writeEdges(of graph: Graph, to output: inout some TextOutputStream) {
        output.write(CSVExporter.row(KuzuExporter.edgeColumns.map(\.name)))
        for index in graph.edges.indices {
            let edge = FlatEdge(index, of: graph)
            output.write(CSVExporter.row(KuzuExporter.edgeColumns.map { $0.value(edge) }))
        }
    }

    /// Two steps per claimed edge: from its tail into its claim node, and from the claim node to
    /// its target (a node, or the claim node of the edge it is itself about).
    public func writeClaimSteps(of graph: Graph, to output: inout some TextOutputStream) {
        output.write(CSVExporter.row(KuzuExporter.claimStepColumns.map(\.name)))
        for claimed in KuzuExporter.claimedEdges(of: graph) {
            let id = graph.edges[claimed].id
            let target = switch graph.edgeTargets[claimed] {
            case .node(let node): graph.nodes[node].id
            case .edge(let next): graph.edges[next].id
            }
            for step in [ClaimStepRow(from: graph.nodes[graph.edgeTails[claimed]].id, to: id, claim: id, leg: "tail"),
                         ClaimStepRow(from: id, to: target, claim: id, leg: "target")] {
                output.write(CSVExporter.row(KuzuExporter.claimStepColumns.map { $0.value(step) }))
            }
        }
    }

    /// The edges some edge points at, in graph order: each has a claim node.
    public static func claimedEdges(of graph: Graph) -> [Int] {
        var isClaimed = [Bool](repeating: false, count: graph.edges.count)
        for target in graph.edgeTargets {
            if case .edge(let claimed) = target { isClaimed[claimed] = true }
        }
        return isClaimed.indices.filter { isClaimed[$0] }
    }

    /// A Kùzu list literal (`[a,b]`); its elements are ids or labels, which need no quoting.
    static func list(_ elements: [String]) -> String {
        "[" + elements.joined(separator: ",") + "]"
    }

    static func declarations<Element>(_ columns: [KuzuColumn<Element>]) -> String {
        columns.compactMap { column in column.type.map { "\(column.name) \($0)" } }.joined(separator: ", ")
    }
}

extension KuzuExporter.NodeRow {
    var node: Node? {
        if case .node(let node) = self { return node }
        return nil
    }
}

/// A column of a Kùzu CSV file: its name, the type its table declares (`nil` for a
/// relationship's two ends, which `FROM … TO …` declares), and how to read its value.
struct KuzuColumn<Element>: Sendable {
    enum End: String { case from, to }

    let name: String
    let type: String?
    /// The field, or `nil` for a missing value.
    let value: @Sendable (Element) -> String?

    init(_ name: String, _ type: String = "STRING", value: @escaping @Sendable (Element) -> String?) {
        self.name = name
        self.type = type
        self.value = value
    }

    init(_ end: End, value: @escaping @Sendable (Element) -> String?) {
        name = end.rawValue
        type = nil
        self.value = value
    }
}
