/// A selection of a graph shared by exports and queries: by date, edge type, source document
/// and confidence, and the ego network of one node to a depth.
public struct GraphFilter: Sendable, Hashable {
    /// Keep the graph as it stood on this date: edges valid then, evidence expressed by then.
    public var asOf: PartialDate?
    /// Keep only edges of these types (empty: all types), and the stances a kept claim is
    /// about: a doubt without what it doubts says nothing.
    public var types: Set<EdgeType>
    /// Keep only evidence from these source ids, and the edges that still have some (empty: all sources).
    public var sources: Set<String>
    /// Keep only edges at least this confident; an edge without a confidence counts as 1.
    public var minConfidence: Double?
    /// Keep only what lies within `egoDepth` hops of this node (either direction; source documents are not stepping stones).
    public var egoCentre: String?
    public var egoDepth: Int
    /// Keep candidate edges (`status: candidate`), which are left out by default.
    public var includeCandidates: Bool

    public init(asOf: PartialDate? = nil, types: Set<EdgeType> = [], sources: Set<String> = [],
                minConfidence: Double? = nil, egoCentre: String? = nil, egoDepth: Int = 1,
                includeCandidates: Bool = false) {
        self.asOf = asOf
        self.types = types
        self.sources = sources
        self.minConfidence = minConfidence
        self.egoCentre = egoCentre
        self.egoDepth = egoDepth
        self.includeCandidates = includeCandidates
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool {
        asOf == nil && types.isEmpty && sources.isEmpty && minConfidence == nil && egoCentre == nil
    }

    /// Why a filter cannot be applied to a graph.
    public enum FilterError: Error, Equatable, Sendable {
        case unknownNode(String, suggestion: String?)
        case unknownSource(String, suggestion: String?)
    }

    /// The edge after the filter's evidence rules, or `nil` when the edge is filtered out.
    /// Evidence is trimmed to the records the filter keeps.
    public func admit(_ edge: Edge) -> Edge? {
        if !types.isEmpty && !types.contains(edge.type) { return nil }
        return admitEvidence(edge)
    }

    /// The edge after every rule but the type rule.
    private func admitEvidence(_ edge: Edge) -> Edge? {
        if let minConfidence, (edge.confidence ?? 1) < minConfidence { return nil }
        var edge = edge
        if let asOf {
            if let from = edge.validFrom, !from.startsOnOrBefore(endOf: asOf) { return nil }
            if let until = edge.validUntil, !until.endsOnOrAfter(startOf: asOf) { return nil }
            if !edge.provenance.isEmpty {
                edge.provenance = edge.provenance.filter { $0.date.map { $0.startsOnOrBefore(endOf: asOf) } ?? true }
                if edge.provenance.isEmpty { return nil }
            }
        }
        if !sources.isEmpty {
            guard !edge.provenance.isEmpty else { return edge.type.isStance ? nil : edge }
            edge.provenance = edge.provenance.filter { sources.contains($0.source) }
            if edge.provenance.isEmpty { return nil }
        }
        return edge
    }

    /// The part of `graph` the filter keeps. Nodes stay when no edge rule is set; otherwise
    /// the nodes the kept edges touch, and the sources their evidence cites, remain.
    public func apply(to graph: Graph) throws(FilterError) -> Graph {
        let graph = includeCandidates ? graph : GraphFilter.withoutCandidates(graph)
        if isEmpty { return graph }
        for source in sources where graph.node(source)?.kind != .source {
            let sourceIDs = graph.nodes.filter { $0.kind == .source }.map(\.id)
            throw .unknownSource(source, suggestion: Suggestions.closest(to: source, in: sourceIDs))
        }
        var keptNode: [Bool]
        if let egoCentre {
            guard let centre = graph.nodeIndex(of: egoCentre) else {
                throw .unknownNode(egoCentre, suggestion: Suggestions.closest(to: egoCentre, in: graph.nodes.map(\.id)))
            }
            keptNode = [Bool](repeating: false, count: graph.nodes.count)
            var search = GraphSearch(index: QueryIndex(graph))
            for member in search.egoNetwork(of: centre, depth: egoDepth).members { keptNode[member.node] = true }
        } else {
            keptNode = [Bool](repeating: true, count: graph.nodes.count)
        }
        // Admit edges; a claim about a claim stays only while the claim it is about stays.
        var admitted = [Edge?](repeating: nil, count: graph.edges.count)
        var admittedButForType = [Edge?](repeating: nil, count: graph.edges.count)
        for (index, edge) in graph.edges.enumerated() where keptNode[graph.edgeTails[index]] {
            if case .node(let target) = graph.edgeTargets[index], !keptNode[target] { continue }
            admittedButForType[index] = admitEvidence(edge)
            if types.isEmpty || types.contains(edge.type) { admitted[index] = admittedButForType[index] }
        }
        // A kept claim brings the stance it is about, whatever that stance's type.
        var claims = graph.edges.indices.filter { admitted[$0] != nil }
        while let index = claims.popLast() {
            guard case .edge(let target) = graph.edgeTargets[index], admitted[target] == nil,
                  let stance = admittedButForType[target] else { continue }
            admitted[target] = stance
            claims.append(target)
        }
        var changed = true
        while changed {
            changed = false
            for index in graph.edges.indices where admitted[index] != nil {
                if case .edge(let target) = graph.edgeTargets[index], admitted[target] == nil {
                    admitted[index] = nil
                    changed = true
                }
            }
        }
        let edgeRulesSet = asOf != nil || !types.isEmpty || !sources.isEmpty || minConfidence != nil
        if edgeRulesSet || egoCentre != nil {
            var touched = [Bool](repeating: false, count: graph.nodes.count)
            if let egoCentre, let centre = graph.nodeIndex(of: egoCentre) { touched[centre] = true }
            for index in graph.edges.indices {
                guard let edge = admitted[index] else { continue }
                touched[graph.edgeTails[index]] = true
                if case .node(let target) = graph.edgeTargets[index] { touched[target] = true }
                for record in edge.provenance { if let source = graph.nodeIndex(of: record.source) { touched[source] = true } }
            }
            if edgeRulesSet {
                keptNode = touched
            } else {
                for index in keptNode.indices where touched[index] { keptNode[index] = true }
            }
        }
        let nodes = graph.nodes.indices.filter { keptNode[$0] }.map { graph.nodes[$0] }
        let edges = admitted.compactMap { $0 }
        do {
            return try Graph(title: graph.title, description: graph.description, nodes: nodes, edges: edges)
        } catch {
            preconditionFailure("a filtered graph keeps every endpoint of the edges it keeps: \(error)")
        }
    }

}
