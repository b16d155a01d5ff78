// Target graphml-writer: the GraphML (XML) writer. The input's text, split at NUL bytes,
// becomes a small graph's title, labels, aliases, quote, notes and edge label; the GraphML
// written (plain and yEd flavours) must be well-formed XML (FoundationXML's parser, libxml2).

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

func fuzzGraphMLWriter(_ bytes: [UInt8]) {
    var parts = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    while parts.count < 6 { parts.append("x") }
    let nodes = [
        Node(id: "src", kind: .source, label: parts[0].isEmpty ? "s" : parts[0], notes: parts[5]),
        Node(id: "a", kind: .actor, label: parts[1].isEmpty ? "a" : parts[1], aliases: [parts[2]], side: parts[3]),
        Node(id: "p", kind: .position, label: "p", description: parts[4]),
    ]
    let edges = [
        Edge(id: "e", type: .supports, from: "a", to: "p",
             provenance: [Provenance(source: "src", attribution: .onTheRecord, quote: parts[2], notes: parts[3])],
             label: parts[4], notes: parts[0]),
    ]
    guard let graph = try? Graph(title: parts[3], description: parts[1], nodes: nodes, edges: edges) else { return }
    for yEd in [false, true] {
        let xml = GraphMLExporter(options: .init(yEd: yEd)).string(for: graph)
        let parser = XMLParser(data: Data(xml.utf8))
        if !parser.parse() {
            fuzzFailure("GraphML (yEd: \(yEd)) is not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")\n\(xml)")
        }
    }
}
