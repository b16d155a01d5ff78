// Target name-resolver: names as people type them, against the bundled graph (read from
// graphs/ceasefire-signals.yaml; scripts/fuzz runs from the package root). Resolving and
// searching any text must not crash, and a resolution names a node of the graph.

import Foundation

let fuzzGraph: Graph = {
    guard let bytes = FileManager.default.contents(atPath: "graphs/ceasefire-signals.yaml") else { fuzzFailure("run from the package root") }
    let result = GraphLoader().load([GraphInput(name: "bundled", bytes: Array(bytes), format: .yaml)])
    guard let graph = result.graph else { fuzzFailure("the bundled graph does not load") }
    return graph
}()
let fuzzResolver = NameResolver(graph: fuzzGraph)

func fuzzNameResolver(_ bytes: [UInt8]) {
    let text = String(decoding: bytes.prefix(4_096), as: UTF8.self)
    if let found = try? fuzzResolver.resolution(of: text) {
        guard fuzzGraph.nodes.indices.contains(found.index) else { fuzzFailure("resolution out of range: \(found.index)") }
    }
    _ = try? fuzzResolver.resolution(of: text, kinds: [.actor])
    let search = NameSearch(text, in: fuzzGraph)
    for hit in search.nodes where !fuzzGraph.nodes.indices.contains(hit.index) { fuzzFailure("node hit out of range") }
    for hit in search.edges where !fuzzGraph.edges.indices.contains(hit.index) { fuzzFailure("edge hit out of range") }
}
