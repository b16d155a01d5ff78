/// Finds the node a user means by an id, a label or an alias, ignoring case, spacing and
/// punctuation ("Kuleba", "dmytro kuleba", "ceasefire current lines").
///
/// An exact id wins; then an id written differently; then labels and aliases. Several nodes
/// on the best rung make the name ambiguous. An unknown name comes back with the nodes it
/// may have meant: those whose names contain it, else the closest by edit distance.
public struct NameResolver: Sendable {
    /// A node a name may refer to.
    public struct Candidate: Hashable, Sendable {
        public var id: String
        public var label: String
        public var kind: NodeKind
    }

    /// Why a name does not pick out one node.
    public enum Failure: Error, Hashable, Sendable {
        case unknown(String, suggestions: [Candidate])
        case ambiguous(String, candidates: [Candidate])
        /// The name matches only nodes of other kinds than the query takes.
        case wrongKind(String, found: [Candidate], expected: [NodeKind])
    }

    public let graph: Graph
    private var byID: [String: [Int]] = [:]
    private var byName: [String: [Int]] = [:]

    public init(graph: Graph) {
        self.graph = graph
        for (index, node) in graph.nodes.enumerated() {
            byID[NameResolver.key(node.id), default: []].append(index)
            for name in Set(([node.label] + node.aliases).map(NameResolver.key)) {
                byName[name, default: []].append(index)
            }
        }
    }

    /// The index of the node `name` refers to, among nodes of `kinds` (all kinds when `nil`).
    public func resolve(_ name: String, kinds: Set<NodeKind>? = nil) throws(Failure) -> Int {
        let wanted = { (node: Int) in kinds?.contains(self.graph.nodes[node].kind) ?? true }
        let key = NameResolver.key(name)
        let rungs: [[Int]] = [graph.nodeIndex(of: name).map { [$0] } ?? [], byID[key] ?? [], byName[key] ?? []]
        for rung in rungs {
            let matches = rung.filter(wanted)
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 { throw .ambiguous(name, candidates: matches.sorted().map(candidate)) }
        }
        let others = Array(Set(rungs.joined())).sorted()
        if let kinds, !others.isEmpty {
            throw .wrongKind(name, found: others.map(candidate), expected: NodeKind.allCases.filter(kinds.contains))
        }
        throw .unknown(name, suggestions: suggestions(for: key, where: wanted))
    }

    /// Up to five nodes whose id, label or alias contains `key`; failing that, the closest name.
    private func suggestions(for key: String, where wanted: (Int) -> Bool) -> [Candidate] {
        guard !key.isEmpty else { return [] }
        var containing = Set<Int>()
        for (name, nodes) in Array(byID) + Array(byName) where name.contains(key) {
            containing.formUnion(nodes.filter(wanted))
        }
        if !containing.isEmpty { return containing.sorted().prefix(5).map(candidate) }
        let names = Array(byID.keys) + Array(byName.keys)
        guard let closest = Suggestions.closest(to: key, in: names.sorted()) else { return [] }
        return Set((byID[closest] ?? []) + (byName[closest] ?? [])).filter(wanted).sorted().prefix(5).map(candidate)
    }

    private func candidate(_ node: Int) -> Candidate {
        Candidate(id: graph.nodes[node].id, label: graph.nodes[node].label, kind: graph.nodes[node].kind)
    }

    /// Lowercase words separated by single spaces: what names compare by.
    static func key(_ name: String) -> String {
        name.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .joined(separator: " ")
    }
}
