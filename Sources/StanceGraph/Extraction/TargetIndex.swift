import Foundation

/// Ranks the positions and conditions of a graph, and its stance edges, by how well their words
/// match a statement: TF-IDF cosine similarity over stemmed content words.
///
/// A node's document is its label and aliases (counted twice: they name it) and the quotes
/// of the records on the stance edges that point at it; an edge's document is its label and
/// its quotes. Weights are `(1 + ln tf) · idf` with `idf = 1 + ln((N + 1) / (df + 1))` over the
/// node documents, vectors are normalised, and the score is their dot product, from 0 (no word
/// in common) to 1.
struct TargetIndex {
    struct Entry {
        var id: String
        var vector: [String: Double]
    }

    private(set) var nodes: [Entry] = []
    private(set) var edges: [Entry] = []
    private var idf: [String: Double] = [:]
    private var defaultIDF = 1.0

    init(graph: Graph) {
        var documents: [(String, [String])] = []
        var quotesByTarget: [String: [String]] = [:]
        for edge in graph.edges where edge.type.expressesStance && !edge.isCandidate {
            quotesByTarget[edge.to, default: []] += edge.provenance.compactMap { $0.quote ?? $0.passage }
        }
        for node in graph.nodes where node.kind == .position || node.kind == .condition {
            let names = ([node.label] + node.aliases).flatMap(ContentWords.words)
            let words = names + names + (quotesByTarget[node.id] ?? []).flatMap(ContentWords.words)
            documents.append((node.id, words))
        }
        var df: [String: Int] = [:]
        for (_, words) in documents { for word in Set(words) { df[word, default: 0] += 1 } }
        let n = Double(documents.count)
        idf = df.mapValues { 1 + log((n + 1) / (Double($0) + 1)) }
        defaultIDF = 1 + log(n + 1)
        nodes = documents.map { Entry(id: $0.0, vector: vector($0.1)) }
        for edge in graph.edges where edge.type.expressesStance && !edge.isCandidate {
            let words = ([edge.label].compactMap { $0 } + edge.provenance.compactMap { $0.quote ?? $0.passage }).flatMap(ContentWords.words)
            edges.append(Entry(id: edge.id, vector: vector(words)))
        }
    }

    func vector(_ words: [String]) -> [String: Double] {
        var counts: [String: Int] = [:]
        for word in words { counts[word, default: 0] += 1 }
        var vector = counts.mapValues { _ in 0.0 }
        for (word, count) in counts { vector[word] = (1 + log(Double(count))) * (idf[word] ?? defaultIDF) }
        let norm = sqrt(vector.values.reduce(0) { $0 + $1 * $1 })
        return norm > 0 ? vector.mapValues { $0 / norm } : vector
    }

    static func similarity(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
    }

    /// The nodes best matching `text`, best first (ties by id), with their scores.
    func rankNodes(_ text: String, limit: Int = 3) -> [(id: String, score: Double)] {
        rank(nodes, vector(ContentWords.words(text)), limit: limit)
    }

    /// The stance edges best matching `text` among `allowed`, best first.
    func rankEdges(_ text: String, allowed: Set<String>, limit: Int = 3) -> [(id: String, score: Double)] {
        rank(edges.filter { allowed.contains($0.id) }, vector(ContentWords.words(text)), limit: limit)
    }

    /// Adds an edge (a candidate found earlier in the same article) that later claims may be about.
    mutating func addEdge(id: String, text: String) {
        edges.append(Entry(id: id, vector: vector(ContentWords.words(text))))
    }

    private func rank(_ entries: [Entry], _ query: [String: Double], limit: Int) -> [(id: String, score: Double)] {
        let scored = entries.map { (id: $0.id, score: TargetIndex.similarity(query, $0.vector)) }.filter { $0.score > 0 }
        return Array(scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }.prefix(limit))
    }
}
