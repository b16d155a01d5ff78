/// A selection of a graph shared by exports and queries: by date (two clocks: when a stance
/// held, and when it was reported), edge type, source document and confidence, and the ego
/// network of one node to a depth.
///
/// Structural edges (`member-of`, `speaks-for`, `conditions-on`, `cites`) never bring in a node
/// the other rules removed: once any edge rule is set, one stays only when both its ends are
/// kept by a kept stance or claim, by a kept record that cites them, or as the ego centre,
/// unless `types` names its type. Nodes left with nothing are dropped.
public struct GraphFilter: Sendable, Hashable {
    /// The valid-time clock: keep the edges that held on this date. An edge holds from its
    /// `valid_from`, else from its earliest evidence date (a record's date, else its source's
    /// `published`), until its `valid_until` (no end when it has none); an edge with neither
    /// holds always. It is kept when that span overlaps the date's span: its start begins on or
    /// before the date ends, and its end ends on or after the date begins. All its evidence stays.
    public var asOf: PartialDate?
    /// The report-time clock: keep what the evidence published by this date said, whatever its
    /// validity. A record counts from the later of its own date and its source's `published`
    /// date (either alone when the other is missing), and is kept when that date begins on or
    /// before this date ends; an undated record of an undated source is not kept. An edge left
    /// without records drops; a structural edge without provenance is left to the structural rule.
    public var reportedBy: PartialDate?
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

    public init(asOf: PartialDate? = nil, reportedBy: PartialDate? = nil, types: Set<EdgeType> = [], sources: Set<String> = [],
                minConfidence: Double? = nil, egoCentre: String? = nil, egoDepth: Int = 1,
                includeCandidates: Bool = false) {
        self.asOf = asOf
        self.reportedBy = reportedBy
        self.types = types
        self.sources = sources
        self.minConfidence = minConfidence
        self.egoCentre = egoCentre
        self.egoDepth = egoDepth
        self.includeCandidates = includeCandidates
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { !hasEdgeRules && egoCentre == nil }

    /// Whether a rule that keeps or drops single edges is set (all but the ego network).
    private var hasEdgeRules: Bool {
        asOf != nil || reportedBy != nil || !types.isEmpty || !sources.isEmpty || minConfidence != nil
    }

    /// The filters in words, for an answer to state them: `valid on 2024-01; reported by
    /// 2024-01-31; types supports, opposes`; `nil` when the filter keeps everything.
    public var summary: String? {
        var parts: [String] = []
        if let asOf { parts.append("valid on \(asOf)") }
        if let reportedBy { parts.append("reported by \(reportedBy)") }
        if !types.isEmpty {
            parts.append("types " + EdgeType.allCases.filter(types.contains).map(\.rawValue).joined(separator: ", "))
        }
        if !sources.isEmpty { parts.append((sources.count == 1 ? "source " : "sources ") + sources.sorted().joined(separator: ", ")) }
        if let minConfidence { parts.append("confidence at least \(minConfidence)") }
        if let egoCentre { parts.append("within \(egoDepth) \(egoDepth == 1 ? "hop" : "hops") of \(egoCentre)") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// Why a filter cannot be applied to a graph.
    public enum FilterError: Error, Equatable, Sendable {
        case unknownNode(String, suggestion: String?)
        case unknownSource(String, suggestion: String?)
    }

    /// The edge after the filter's evidence rules, or `nil` when the edge is filtered out.
    /// Evidence is trimmed to the records the filter keeps.
    /// `published` gives each source's publication date (the report-time clock and the
    /// start of an edge without `valid_from` use it for records without a date).
    public func admit(_ edge: Edge, published: (String) -> PartialDate? = { _ in nil }) -> Edge? {
        if !types.isEmpty && !types.contains(edge.type) { return nil }
        return admitEvidence(edge, published: published)
    }

    /// The edge after every rule but the type rule.
    private func admitEvidence(_ edge: Edge, published: (String) -> PartialDate?) -> Edge? {
        if let minConfidence, (edge.confidence ?? 1) < minConfidence { return nil }
        var edge = edge
        if let asOf {
            let start = edge.validFrom ?? edge.provenance.compactMap { $0.date ?? published($0.source) }.min()
            if let start, !start.startsOnOrBefore(endOf: asOf) { return nil }
            if let until = edge.validUntil, !until.endsOnOrAfter(startOf: asOf) { return nil }
        }
        if let reportedBy {
            guard !edge.provenance.isEmpty else { return edge.type.expressesStance ? nil : edge }
            edge.provenance = edge.provenance.filter { record in
                guard let reported = GraphFilter.reportDate(of: record, published: published(record.source)) else { return false }
                return reported.startsOnOrBefore(endOf: reportedBy)
            }
            if edge.provenance.isEmpty { return nil }
        }
        if !sources.isEmpty {
            guard !edge.provenance.isEmpty else { return edge.type.isStance ? nil : edge }
            edge.provenance = edge.provenance.filter { sources.contains($0.source) }
            if edge.provenance.isEmpty { return nil }
        }
        return edge
    }

    /// When a record was reported: the later of its own date and its source's publication
    /// date (by their first days), or whichever of them is known.
    static func reportDate(of record: Provenance, published: PartialDate?) -> PartialDate? {
        guard let date = record.date else { return published }
        guard let published else { return date }
        return max(date, published)
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
        let published: (String) -> PartialDate? = { graph.node($0)?.published }
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
            admittedButForType[index] = admitEvidence(edge, published: published)
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
        GraphFilter.dropClaimsAboutDroppedEdges(&admitted, in: graph)
        if hasEdgeRules {
            dropStructuralEdgesWithoutAnchors(&admitted, in: graph)
            GraphFilter.dropClaimsAboutDroppedEdges(&admitted, in: graph)
        }
        let edgeRulesSet = hasEdgeRules
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

    /// The part of `graph` the filter keeps, its title followed by the filters applied
    /// (`Ceasefire signals — valid on 2024-01`), so that a drawing of it says what it leaves out.
    public func applyTitled(to graph: Graph) throws(FilterError) -> Graph {
        var filtered = try apply(to: graph)
        if let summary { filtered.title = (graph.title.map { $0 + " — " } ?? "") + summary }
        return filtered
    }

    /// Drops every claim whose claim (or stance) it is about is dropped, along chains.
    private static func dropClaimsAboutDroppedEdges(_ admitted: inout [Edge?], in graph: Graph) {
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
    }

    /// Drops the structural edges (`member-of`, `speaks-for`, `conditions-on`, `cites`) that
    /// would bring in a node the other rules removed. A node is anchored when it is an end of a
    /// kept stance or claim, a source a kept record cites, or the ego centre; it is undated when
    /// no stance or claim in the whole graph touches it and it is not a source (a spokesperson
    /// known only by its speaks-for edge). A structural edge stays when both its ends are
    /// anchored or undated and at least one is anchored; or when `types` names its type, or a
    /// kept claim is about it.
    private func dropStructuralEdgesWithoutAnchors(_ admitted: inout [Edge?], in graph: Graph) {
        var anchored = [Bool](repeating: false, count: graph.nodes.count)
        var undated = graph.nodes.map { $0.kind != .source }
        var claimed = Set<Int>()
        if let egoCentre, let centre = graph.nodeIndex(of: egoCentre) { anchored[centre] = true }
        for index in graph.edges.indices where graph.edges[index].type.expressesStance {
            undated[graph.edgeTails[index]] = false
            if case .node(let target) = graph.edgeTargets[index] { undated[target] = false }
            guard let edge = admitted[index] else { continue }
            anchored[graph.edgeTails[index]] = true
            switch graph.edgeTargets[index] {
            case .node(let target): anchored[target] = true
            case .edge(let target): claimed.insert(target)
            }
            for record in edge.provenance { if let source = graph.nodeIndex(of: record.source) { anchored[source] = true } }
        }
        for index in graph.edges.indices {
            guard let edge = admitted[index], !edge.type.expressesStance, !types.contains(edge.type), !claimed.contains(index) else { continue }
            var ends = [graph.edgeTails[index]]
            if case .node(let target) = graph.edgeTargets[index] { ends.append(target) }
            let stays = ends.allSatisfy { anchored[$0] || undated[$0] } && ends.contains { anchored[$0] }
            if !stays { admitted[index] = nil }
        }
    }
}
