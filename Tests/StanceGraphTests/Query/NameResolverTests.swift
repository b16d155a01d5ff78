import Testing
@testable import StanceGraph

@Suite struct NameResolverTests {
    static let graph = try! Graph(nodes: [
        Node(id: "putin", kind: .actor, label: "Vladimir Putin", aliases: ["Putin"]),
        Node(id: "zelensky", kind: .actor, label: "Volodymyr Zelensky", aliases: ["Zelenskyy", "Zelensky"]),
        Node(id: "russian-sources-reuters", kind: .actor, label: "Four Russian sources (Reuters)", aliases: ["Russian sources"]),
        Node(id: "russian-sources-nyt", kind: .actor, label: "Former Russian officials", aliases: ["Russian sources"]),
        Node(id: "kremlin", kind: .actor, label: "The Kremlin"),
        Node(id: "kremlin-statement", kind: .source, label: "Kremlin"),
        Node(id: "ceasefire-current-lines", kind: .position, label: "Ceasefire on the current front lines"),
        Node(id: "kuleba", kind: .actor, label: "Dmytro Kuleba"),
    ], edges: [])

    @Test(arguments: [
        ("putin", "putin"), ("PUTIN", "putin"), ("Vladimir Putin", "putin"), ("  vladimir   putin ", "putin"),
        ("Zelenskyy", "zelensky"), ("ceasefire current lines", "ceasefire-current-lines"),
        ("Ceasefire on the current front-lines", "ceasefire-current-lines"),
        ("kremlin", "kremlin"), ("Kremlin", "kremlin"), ("dmytro kuleba", "kuleba"),
    ])
    func resolvesIDsLabelsAndAliases(name: String, id: String) throws {
        let resolver = NameResolver(graph: Self.graph)
        #expect(Self.graph.nodes[try resolver.resolve(name)].id == id)
    }

    @Test func aNameSeveralNodesShareIsAmbiguous() {
        let resolver = NameResolver(graph: Self.graph)
        #expect(throws: NameResolver.Failure.ambiguous("russian sources", candidates: [
            .init(id: "russian-sources-reuters", label: "Four Russian sources (Reuters)", kind: .actor),
            .init(id: "russian-sources-nyt", label: "Former Russian officials", kind: .actor),
        ])) { try resolver.resolve("russian sources") }
    }

    @Test func anUnknownNameSuggestsWhatItContainsOrIsClosestTo() {
        let resolver = NameResolver(graph: Self.graph)
        let kuleba = NameResolver.Candidate(id: "kuleba", label: "Dmytro Kuleba", kind: .actor)
        #expect(throws: NameResolver.Failure.unknown("Kuelba", suggestions: [kuleba])) { try resolver.resolve("Kuelba") }
        #expect(throws: NameResolver.Failure.unknown("kul", suggestions: [kuleba])) { try resolver.resolve("kul") }
        #expect(throws: NameResolver.Failure.unknown("xyzzy", suggestions: [])) { try resolver.resolve("xyzzy") }
    }

    @Test func kindsNarrowTheMatchesAndExplainAMismatch() throws {
        let resolver = NameResolver(graph: Self.graph)
        #expect(Self.graph.nodes[try resolver.resolve("Kremlin", kinds: [.source])].id == "kremlin-statement")
        #expect(throws: NameResolver.Failure.wrongKind("putin", found: [.init(id: "putin", label: "Vladimir Putin", kind: .actor)],
                                                       expected: [.position, .condition])) {
            try resolver.resolve("putin", kinds: [.position, .condition])
        }
    }
}
