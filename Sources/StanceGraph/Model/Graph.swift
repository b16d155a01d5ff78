/// A stance graph: nodes and typed edges, with dense integer indices for fast lookups.
///
/// Nodes and edges keep the order of their input. Every edge's endpoints resolve:
/// a `Graph` can only be made from data whose references have been checked.
public struct Graph: Sendable {
    public var title: String?
    public var description: String?
    public private(set) var nodes: [Node]
    public private(set) var edges: [Edge]
    /// `edgeTails[e]` is the index of the node edge `e` starts from (its tail; "source" always means a source document).
    public private(set) var edgeTails: [Int]
    /// `edgeTargets[e]` is what edge `e` points at.
    public private(set) var edgeTargets: [EdgeTarget]
    /// The ids of the sources that rewrite or relay another (those a `cites` edge starts from):
    /// their records lead an edge's evidence only after the original's (`Edge.leadRecordIndex`).
    public private(set) var rewriteSourceIDs: Set<String> = []
    private var nodeIndexByID: [String: Int]
    private var edgeIndexByID: [String: Int]

    /// Why nodes and edges do not make a graph. The validator reports these with locations;
    /// this error is for code that builds graphs directly.
    public enum BuildError: Error, Equatable, Sendable {
        case duplicateID(String)
        case unresolvedReference(edge: String, id: String)
    }

    public init(title: String? = nil, description: String? = nil, nodes: [Node], edges: [Edge]) throws(BuildError) {
        var nodeIndexByID = [String: Int](minimumCapacity: nodes.count)
        for (index, node) in nodes.enumerated() {
            guard nodeIndexByID.updateValue(index, forKey: node.id) == nil else { throw .duplicateID(node.id) }
        }
        var edgeIndexByID = [String: Int](minimumCapacity: edges.count)
        // Edges are read by index, field by field: copying a whole edge retains every string in it.
        for index in edges.indices {
            let id = edges[index].id
            guard nodeIndexByID[id] == nil, edgeIndexByID.updateValue(index, forKey: id) == nil else {
                throw .duplicateID(id)
            }
        }
        // The ends are resolved, and an unknown one reported, as for the validator's tables.
        try self.init(title: title, description: description, nodes: nodes, edges: edges, tables: ValidatedTables(
            nodeIndexByID: nodeIndexByID, edgeIndexByID: edgeIndexByID,
            edgeTails: Array(repeating: -1, count: edges.count), edgeTargets: Array(repeating: nil, count: edges.count)))
    }

    /// The id tables and edge ends of a graph, as the validator finds them while checking it;
    /// `edgeTails[e]` is -1 and `edgeTargets[e]` nil for an end it did not resolve.
    struct ValidatedTables {
        var nodeIndexByID: [String: Int]
        var edgeIndexByID: [String: Int]
        var edgeTails: [Int]
        var edgeTargets: [EdgeTarget?]
    }

    /// A graph of checked nodes and edges with the tables the validator built for them
    /// (`Validator.checkAndIndex`), so that no id is hashed again; an edge end the validator
    /// did not resolve is looked up, and fails, as `init(title:description:nodes:edges:)` does.
    init(title: String?, description: String?, nodes: [Node], edges: [Edge], tables: ValidatedTables) throws(BuildError) {
        precondition(tables.nodeIndexByID.count == nodes.count && tables.edgeIndexByID.count == edges.count
            && tables.edgeTails.count == edges.count && tables.edgeTargets.count == edges.count)
        var edgeTails = tables.edgeTails, edgeTargets = [EdgeTarget]()
        edgeTargets.reserveCapacity(edges.count)
        for position in edges.indices {
            if edgeTails[position] < 0 {
                guard let from = tables.nodeIndexByID[edges[position].from] else {
                    throw .unresolvedReference(edge: edges[position].id, id: edges[position].from)
                }
                edgeTails[position] = from
            }
            if let target = tables.edgeTargets[position] {
                edgeTargets.append(target)
            } else if let to = tables.nodeIndexByID[edges[position].to] {
                edgeTargets.append(.node(to))
            } else if let to = tables.edgeIndexByID[edges[position].to] {
                edgeTargets.append(.edge(to))
            } else {
                throw .unresolvedReference(edge: edges[position].id, id: edges[position].to)
            }
        }
        self.title = title
        self.description = description
        self.nodes = nodes
        self.edges = edges
        self.edgeTails = edgeTails
        for position in edges.indices where edges[position].type == .cites { rewriteSourceIDs.insert(edges[position].from) }
        self.edgeTargets = edgeTargets
        self.nodeIndexByID = tables.nodeIndexByID
        self.edgeIndexByID = tables.edgeIndexByID
    }

    /// The index of the node with this id.
    public func nodeIndex(of id: String) -> Int? { nodeIndexByID[id] }

    /// The index of the edge with this id.
    public func edgeIndex(of id: String) -> Int? { edgeIndexByID[id] }

    /// The node with this id.
    public func node(_ id: String) -> Node? { nodeIndexByID[id].map { nodes[$0] } }

    /// The edge with this id.
    public func edge(_ id: String) -> Edge? { edgeIndexByID[id].map { edges[$0] } }

    /// The node an edge ends at, following claims about claims to the node of the stance they are about.
    public func targetNodeIndex(ofEdge edgeIndex: Int) -> Int {
        var current = edgeIndex
        var steps = 0
        while case .edge(let next) = edgeTargets[current], steps <= edges.count {
            current = next
            steps += 1
        }
        if case .node(let node) = edgeTargets[current] { return node }
        return edgeTails[current]
    }

    /// The earliest and latest dates the evidence gives, if any.
    public var dateRange: ClosedRange<PartialDate>? {
        var lowest: PartialDate?, highest: PartialDate?
        for edge in edges {
            for record in edge.provenance {
                guard let date = record.date else { continue }
                if lowest.map({ date < $0 }) ?? true { lowest = date }
                if highest.map({ date > $0 }) ?? true { highest = date }
            }
        }
        guard let lowest, let highest else { return nil }
        return lowest...highest
    }
}
