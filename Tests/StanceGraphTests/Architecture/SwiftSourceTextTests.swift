import Testing

/// The reading of Swift the architecture tests rely on.
@Suite struct SwiftSourceTextTests {
    @Test(arguments: [
        ("let a = Graph() // uses Subgraph", "Graph"),
        ("let a = Graph() /* Subgraph /* nested */ Subgraph */ + 1", "Graph"),
        (#"let a = "Subgraph \(Graph.x) Subgraph""#, "Graph"),
        (##"let a = #"Subgraph \(Subgraph) "quoted" Subgraph"# + Graph.b"##, "Graph"),
        (##"let a = #"raw \#(Graph.x) Subgraph"#"##, "Graph"),
        (#"let a = "nested \(f("Subgraph \(Graph.y)")) Subgraph""#, "Graph"),
        ("let a = \"\"\"\n    Subgraph \"quoted\" Subgraph\n    \"\"\"\nlet b: Graph", "Graph"),
        (#"let a = "escaped \" Subgraph \\"; let b: Graph"#, "Graph"),
        (#"#if DEBUG let a: Graph #endif"#, "Graph"),
    ])
    func commentsAndStringsAreLeftOut(text: String, kept: String) {
        let code = SwiftSourceText.code(of: text)
        #expect(!code.contains("Subgraph"), "\(code)")
        #expect(code.contains(kept), "\(code)")
    }

    @Test func topLevelDeclarationsAreTheTypesAFileDeclares() {
        let code = SwiftSourceText.code(of: """
            public struct Graph: Sendable { struct Nested {} ; class func make() {} }
            enum Kind { case a }
            final class Box {}
            public protocol Exporter {}
            typealias Alias = Int
            actor Worker {}
            extension Graph { struct AlsoNested {} }
            // struct Commented {}
            let text = "enum Quoted {}"
            """)
        #expect(SwiftSourceText.topLevelTypes(in: code) == ["Graph", "Kind", "Box", "Exporter", "Alias", "Worker"])
    }
}
