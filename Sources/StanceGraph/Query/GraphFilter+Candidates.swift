extension GraphFilter {
    /// `graph` without its candidate edges (`status: candidate`), the claims that point at
    /// them, and the nodes only they touched or cited: what a reviewed graph holds. A graph with
    /// no candidates comes back as it is.
    public static func withoutCandidates(_ graph: Graph) -> Graph {
        guard graph.edges.contains(where: \.isCandidate) else { return graph }
        var dropped = graph.edges.map(\.isCandidate)
        var changed = true
        while changed {
            changed = false
            for index in graph.edges.indices where !dropped[index] {
                if case .edge(let target) = graph.edgeTargets[index], dropped[target] {
                    dropped[index] = true
                    changed = true
                }
            }
        }
        // A node stays unless candidates touched it and nothing kept does.
        var touchedByCandidate = [Bool](repeating: false, count: graph.nodes.count)
        var touchedByKept = [Bool](repeating: false, count: graph.nodes.count)
        for index in graph.edges.indices {
            var ends = [graph.edgeTails[index]]
            if case .node(let target) = graph.edgeTargets[index] { ends.append(target) }
            ends += graph.edges[index].provenance.compactMap { graph.nodeIndex(of: $0.source) }
            for end in ends {
                if dropped[index] { touchedByCandidate[end] = true } else { touchedByKept[end] = true }
            }
        }
        for node in graph.nodes.indices {
            for role in graph.nodes[node].roles {
                if let of = role.of, let index = graph.nodeIndex(of: of) { touchedByKept[index] = true }
            }
        }
        let nodes = graph.nodes.indices.filter { !touchedByCandidate[$0] || touchedByKept[$0] }.map { graph.nodes[$0] }
        let edges = graph.edges.indices.filter { !dropped[$0] }.map { graph.edges[$0] }
        do {
            return try Graph(title: graph.title, description: graph.description, nodes: nodes, edges: edges)
        } catch {
            preconditionFailure("dropping candidates keeps every endpoint of the edges it keeps: \(error)")
        }
    }
}
