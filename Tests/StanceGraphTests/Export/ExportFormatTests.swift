import Testing
@testable import StanceGraph

@Suite struct ExportFormatTests {
    @Test(arguments: [
        ("graph.dot", ExportFormat?.some(.dot)), ("graph.gv", .dot), ("out/Graph.SVG", .svg), ("a.png", .png), ("a.pdf", .pdf),
        ("a.graphml", .graphml), ("a.gexf", .gexf), ("Gephi.GEXF", .gexf), ("a.cyjs", .cyjs), ("a.json", .json), ("neo4j.csv", .csv), ("neo4j.csv/", .csv), ("dir.d/graph.gv", .dot), ("graph.kuzu", nil),
        ("graph", nil), ("graph.txt", nil), (".dot", nil), ("archive.tar.gz", nil), ("-", nil),
    ])
    func infersTheFormatFromTheExtension(path: String, format: ExportFormat?) {
        #expect(ExportFormat.inferred(fromPath: path) == format)
    }

    @Test func diagramFormatsAreRenderingsOfDOT() {
        #expect(ExportFormat.allCases.filter(\.isDiagram) == [.dot, .svg, .png, .pdf])
        #expect(ExportFormat.allCases.compactMap(\.diagramFormat) == DiagramFormat.allCases)
        #expect(ExportFormat.allCases.filter(\.isFolder) == [.csv, .kuzu])
    }
}
