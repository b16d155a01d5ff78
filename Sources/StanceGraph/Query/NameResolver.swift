/// Finds the node a user means by an id, a label or an alias, ignoring case, spacing and
/// punctuation ("Kuleba", "dmytro kuleba", "ceasefire current lines"), then as people type
/// names: the words of a label, alias or id in any order, some left out ("current lines"),
/// accents and case folded ("zelenskyy"), and then with typos ("zelenskyi").
///
/// An exact id wins; then an id written differently; then labels and aliases; then words;
/// then words with typos. Several nodes on the best rung, or equally good on a rung of words,
/// make the name ambiguous. A match by words or typos says so in its `Resolution`, for the
/// user to be told. An unknown name comes back with the nodes it may have meant: those whose
/// names contain it, else the closest by edit distance.
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

    /// The node a name picked out, and how.
    public struct Resolution: Hashable, Sendable {
        public enum Method: String, Hashable, Sendable {
            /// The id, as written or written differently ("Ceasefire Current Lines").
            case id
            case label
            case alias
            /// The words of a label, alias or id in any order, accents and case folded.
            case words
            /// As `words`, with typos.
            case typo
        }

        public var index: Int
        public var matchedBy: Method
        /// The label, alias or id that matched.
        public var matchedText: String

        /// Whether the user should be told which node their name was taken as: it matched
        /// by words or typos, not by an id, label or alias as such.
        public var isInexact: Bool { matchedBy == .words || matchedBy == .typo }
    }

    /// The index of the node `name` refers to, among nodes of `kinds` (all kinds when `nil`).
    public func resolve(_ name: String, kinds: Set<NodeKind>? = nil) throws(Failure) -> Int {
        try resolution(of: name, kinds: kinds).index
    }

    /// The node `name` refers to, among nodes of `kinds` (all kinds when `nil`), and how it matched.
    public func resolution(of name: String, kinds: Set<NodeKind>? = nil) throws(Failure) -> Resolution {
        let wanted = { (node: Int) in kinds?.contains(self.graph.nodes[node].kind) ?? true }
        let key = NameResolver.key(name)
        let rungs: [[Int]] = [graph.nodeIndex(of: name).map { [$0] } ?? [], byID[key] ?? [], byName[key] ?? []]
        for (rung, matches) in rungs.map({ $0.filter(wanted) }).enumerated() {
            if matches.count == 1 { return exactResolution(matches[0], key: key, onIDRung: rung < 2) }
            if matches.count > 1 { throw .ambiguous(name, candidates: matches.sorted().map(candidate)) }
        }
        let others = Array(Set(rungs.joined())).sorted()
        if let kinds, !others.isEmpty {
            throw .wrongKind(name, found: others.map(candidate), expected: NodeKind.allCases.filter(kinds.contains))
        }
        if let found = try bestByWords(name, where: wanted) { return found }
        throw .unknown(name, suggestions: suggestions(for: key, where: wanted))
    }

    private func exactResolution(_ index: Int, key: String, onIDRung: Bool) -> Resolution {
        let node = graph.nodes[index]
        if onIDRung { return Resolution(index: index, matchedBy: .id, matchedText: node.id) }
        if NameResolver.key(node.label) == key { return Resolution(index: index, matchedBy: .label, matchedText: node.label) }
        let alias = node.aliases.first { NameResolver.key($0) == key } ?? node.label
        return Resolution(index: index, matchedBy: .alias, matchedText: alias)
    }

    /// The node whose words best hold the typed words (with typos only if none holds them as
    /// typed); `nil` when none does, and an error when several do equally well.
    private func bestByWords(_ name: String, where wanted: (Int) -> Bool) throws(Failure) -> Resolution? {
        let query = NameQuery(name)
        var typos = TypoTable(query)
        var best: [(index: Int, match: NameMatch)] = []
        // Words as typed first, looking only at nodes whose names hold the typed text; typos
        // (which must look at every word of every node) only when that finds nothing.
        for allowTypos in [false, true] where best.isEmpty {
            for index in graph.nodes.indices where wanted(index) {
                let names = NameResolver.names(of: graph.nodes[index])
                guard allowTypos || query.mayHoldWords(names),
                      let match = query.match(names, typos: &typos, allowTypos: allowTypos) else { continue }
                if let first = best.first {
                    if (match.quality, match.cost) > (first.match.quality, first.match.cost) { continue }
                    if (match.quality, match.cost) < (first.match.quality, first.match.cost) { best = [] }
                }
                best.append((index, match))
            }
        }
        guard let first = best.first else { return nil }
        if best.count > 1 { throw .ambiguous(name, candidates: best.map { candidate($0.index) }) }
        return Resolution(index: first.index, matchedBy: first.match.quality == .words ? .words : .typo,
                          matchedText: first.match.text)
    }

    /// A node's names to match typed text against: its label, aliases and id.
    static func names(of node: Node) -> [(text: String, field: NameMatch.Field)] {
        [(node.label, .label)] + node.aliases.map { ($0, .alias) } + [(node.id, .id)]
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
