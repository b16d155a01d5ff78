/// Reads one or more graph files into one graph, checking everything on the way.
///
/// Several files merge by union: their nodes and edges are pooled, references may cross
/// files, and an id defined twice, in the same file or in two, is an error. The title and
/// description come from the first file that has them.
public struct GraphLoader: Sendable {
    public var limits: InputLimits
    /// Whether JSON edges that need no diagnostic are read straight from the bytes
    /// (`JSONReader.readCleanEdge`). Off only to compare with the general path: in tests, and
    /// in the benchmark's before/after row.
    package var readsCleanEdgesDirectly = true

    public init(limits: InputLimits = .default) {
        self.limits = limits
    }

    /// Loads and validates the inputs; all problems of all files are reported together.
    public func load(_ inputs: [GraphInput]) -> LoadResult {
        load(inputs, marking: nil)
    }

    /// The steps of a load, in order, for `load(_:marking:)`.
    package enum Phase: Sendable {
        /// Every file is parsed and decoded into nodes, edges and references.
        case decoded
        /// The cross-file checks (ids, references, kinds) are done.
        case validated
        /// The graph and its indices are built (or the load has failed).
        case built
    }

    /// Loads as `load(_:)` does, calling `mark` as each phase ends: what lets the
    /// benchmark executable time parsing and validation apart.
    package func load(_ inputs: [GraphInput], marking mark: ((Phase) -> Void)?) -> LoadResult {
        defer { mark?(.built) }
        var report = DiagnosticReport()
        var nodes: [Node] = [], edges: [Edge] = [], references: [Reference] = []
        var declarations: [Declaration] = []
        var broken = BrokenContainers()
        var title: String?, description: String?
        var sourceBaseDirectories: [String: String] = [:]
        for input in inputs {
            var decoder = GraphDecoder(file: input.name)
            decode(input, into: &decoder)
            if let base = input.baseDirectory {
                for index in decoder.nodes.indices where decoder.nodes[index].kind == .source {
                    sourceBaseDirectories[decoder.nodes[index].id] = base
                }
            }
            // The first (often the only) file's arrays are taken as they are, not copied
            // element by element: appending retains every string of every node and edge.
            if edges.isEmpty {
                GraphLoader.append(decoder.references, to: &references)
            } else {
                for reference in decoder.references {
                    var shifted = reference
                    shifted.edgeIndex = reference.edgeIndex.map { $0 + edges.count }
                    references.append(shifted)
                }
            }
            GraphLoader.append(decoder.declarations, to: &declarations)
            broken.merge(decoder.broken)
            GraphLoader.append(decoder.nodes, to: &nodes)
            GraphLoader.append(decoder.edges, to: &edges)
            title = title ?? decoder.title
            description = description ?? decoder.description
            report.append(contentsOf: decoder.diagnostics)
        }
        mark?(.decoded)
        let checked = Validator.checkAndIndex(nodes: nodes, edges: edges, declarations: declarations, references: references, broken: broken)
        report.append(contentsOf: checked.diagnostics)
        mark?(.validated)
        guard !report.hasErrors else {
            return LoadResult(graph: nil, report: report, sourceBaseDirectories: sourceBaseDirectories)
        }
        do {
            // With the validator's tables when they cover the graph: no id is hashed again.
            let graph: Graph
            if let tables = checked.tables {
                graph = try Graph(title: title, description: description, nodes: nodes, edges: edges, tables: tables)
            } else {
                graph = try Graph(title: title, description: description, nodes: nodes, edges: edges)
            }
            return LoadResult(graph: graph, report: report, sourceBaseDirectories: sourceBaseDirectories)
        } catch {
            // The validator reports every case Graph.init rejects; reaching here is a bug.
            report.append(.error(.syntax("internal inconsistency: \(error)"), at: nil))
            return LoadResult(graph: nil, report: report, sourceBaseDirectories: sourceBaseDirectories)
        }
    }

    /// Appends, or takes the array whole (sharing its storage) when there is nothing yet.
    private static func append<Element>(_ elements: [Element], to array: inout [Element]) {
        if array.isEmpty { array = elements } else { array.append(contentsOf: elements) }
    }

    private func decode(_ input: GraphInput, into decoder: inout GraphDecoder) {
        guard input.bytes.count <= limits.maxBytes else {
            decoder.report(.limitExceeded(.bytes(limits.maxBytes)), line: 1, column: 1)
            return
        }
        do throws(DocumentReadError) {
            switch input.format {
            case .yaml:
                guard let text = String(validating: input.bytes, as: UTF8.self) else {
                    decoder.report(.syntax("the file is not valid UTF-8 text"), line: 1, column: 1)
                    return
                }
                decoder.decodeDocument(try YAMLReader(text: text, limits: limits).readDocument())
            case .json:
                var reader = JSONReader(bytes: input.bytes, limits: limits)
                try reader.readTopLevelObject { key, reader throws(DocumentReadError) in
                    if key.text == "nodes" || key.text == "edges" {
                        let isNodes = key.text == "nodes"
                        let cleanEdges = readsCleanEdgesDirectly
                        let list = try reader.readSequence { reader throws(DocumentReadError) in
                            if isNodes {
                                decoder.decodeNode(try reader.readValue())
                            } else if !(cleanEdges && reader.readCleanEdge(into: &decoder)) {
                                decoder.decodeEdge(try reader.readValue())
                            }
                        }
                        if list != nil { return }
                    }
                    decoder.decodeTopLevel(key: key, value: try reader.readValue())
                }
                decoder.finishDocument(line: 1, column: 1)
            case .graphml:
                try GraphMLReader(limits: limits).read(input.bytes, into: &decoder)
            case .csv:
                try CSVGraphReader(limits: limits).read(input.bytes, into: &decoder)
            }
        } catch {
            decoder.report(error.problem, line: error.line, column: error.column)
        }
    }
}
