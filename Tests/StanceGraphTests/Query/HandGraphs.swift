import Testing
@testable import StanceGraph

/// Small graphs written out by hand for the stance queries and name resolution.
enum HandGraphs {
    static func date(_ text: String) -> PartialDate { try! PartialDate(parsing: text) }

    /// A stance edge with one piece of evidence per date given (none for an empty list).
    static func stance(_ id: String, _ type: EdgeType, _ from: String, _ to: String, dates: [String] = ["2024-05-24"],
                       source: String = "doc", validFrom: String? = nil, validUntil: String? = nil) -> Edge {
        Edge(id: id, type: type, from: from, to: to,
             provenance: dates.map { Provenance(source: source, date: date($0), attribution: .onTheRecord, quote: id) },
             validFrom: validFrom.map(date), validUntil: validUntil.map(date))
    }

    static func graph(actors: [String], positions: [String] = ["ceasefire"], edges: [Edge]) -> Graph {
        let nodes = [Node(id: "doc", kind: .source, label: "Doc"), Node(id: "doc2", kind: .source, label: "Doc 2")]
            + actors.map { Node(id: $0, kind: .actor, label: $0.capitalized) }
            + positions.map { Node(id: $0, kind: .position, label: $0.capitalized) }
        return try! Graph(nodes: nodes, edges: edges)
    }
}
