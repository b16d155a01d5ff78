import Foundation
import Testing
import StanceGraphTestSupport
@testable import StanceGraph

@Suite struct ExtractionTests {
    /// A small graph: Putin, his spokesman Peskov, Kuleba, a group of sources, and three positions.
    static func graph() throws -> Graph {
        let yaml = """
            version: 1
            nodes:
              - {id: src-old, kind: source, label: Old}
              - {id: putin, kind: actor, subtype: person, label: Vladimir Putin, aliases: [Putin]}
              - {id: peskov, kind: actor, subtype: person, label: Dmitry Peskov}
              - {id: kuleba, kind: actor, subtype: person, label: Dmytro Kuleba}
              - {id: kremlin, kind: actor, subtype: government, label: The Kremlin}
              - {id: ceasefire-current-lines, kind: position, label: A ceasefire on the current front lines, aliases: [freeze]}
              - {id: peace-talks, kind: position, label: Negotiations to end the war, aliases: [talks, dialogue]}
              - {id: nationwide-mobilisation, kind: position, label: A nationwide mobilisation, aliases: [conscription]}
            edges:
              - id: peskov-speaks-for-putin
                type: speaks-for
                from: peskov
                to: putin
                provenance: [{source: src-old, attribution: reporter-summary, quote: x}]
              - id: putin-ready-for-freeze
                type: supports
                from: putin
                to: ceasefire-current-lines
                provenance: [{source: src-old, attribution: anonymous-sources, quote: Putin is ready for a ceasefire to freeze the war}]
            """
        let result = GraphLoader().load([GraphInput(name: "g.yaml", text: yaml, format: .yaml)])
        return try #require(result.graph, "\(result.report.diagnostics.map(\.formatted))")
    }

    static func extract(_ text: String, date: String? = "2024-05-24") throws -> ExtractionResult {
        let info = ArticleInfo(sourceID: "src-new", date: try date.map { try PartialDate(parsing: $0) })
        return try StanceExtractor(graph: graph()).extract(text, article: info)
    }

    static func stances(_ result: ExtractionResult) -> [Edge] { result.edges.filter { $0.type != .reports } }

    @Test func aSpokesmansWordsAreHisPrincipalsStance() throws {
        let result = try Self.extract("Putin’s spokesman Dmitry Peskov said Russia is open to dialogue to end the war.")
        let edge = try #require(Self.stances(result).first)
        #expect(edge.from == "putin")
        #expect(edge.provenance[0].attribution == .spokesperson)
        #expect(edge.to == "peace-talks")
        #expect(edge.type == .supports)
        #expect(edge.status == .candidate)
    }

    @Test func anonymousSourcesTellOfTheStanceHolder() throws {
        let result = try Self.extract("Four Russian sources told Reuters that Putin is ready for a ceasefire that would freeze the war on the current front lines.")
        let edge = try #require(Self.stances(result).first)
        #expect(edge.from == "putin")
        #expect(edge.provenance[0].attribution == .anonymousSources)
        #expect(edge.to == "ceasefire-current-lines")
        let group = try #require(result.nodes.first { $0.subtype == .anonymousSources })
        #expect(group.id == "src-new-four-russian-sources")
        let report = try #require(result.edges.first { $0.type == .reports })
        #expect(report.from == group.id && report.to == edge.id)
        #expect(report.provenance[0].quote == "Four Russian sources told")
    }

    @Test func pronounsAndTheSpokesmanFollowTheLastSpeaker() throws {
        let text = """
            Dmitry Peskov said Russia does not need conscription. The spokesman said the Kremlin is open to dialogue.
            Dmytro Kuleba accused Putin of sending “phony signals” about a freeze of the war. He said talks are impossible.
            """
        let edges = Self.stances(try Self.extract(text))
        #expect(edges.map(\.from) == ["putin", "putin", "kuleba", "kuleba"])
        #expect(edges.map { $0.provenance[0].attribution } == [.spokesperson, .spokesperson, .onTheRecord, .onTheRecord])
        #expect(edges[0].type == .opposes && edges[0].to == "nationwide-mobilisation")
        // A doubt about a reported stance points at that stance's edge.
        #expect(edges[2].type == .doubts && edges[2].to == "putin-ready-for-freeze")
        #expect(edges[3].type == .rejects)
    }

    @Test func aNameTheGraphLacksBecomesADraftActor() throws {
        let result = try Self.extract("Ukrainian Foreign Minister Andrii Sybiha said talks to end the war are impossible.")
        let actor = try #require(result.nodes.first { $0.kind == .actor })
        #expect(actor.id == "andrii-sybiha" && actor.label == "Andrii Sybiha" && actor.subtype == .person)
        #expect(Self.stances(result).first?.from == "andrii-sybiha")
    }

    @Test(arguments: [
        ("Russia is ready for a ceasefire", EdgeType.supports),
        ("Russia is not ready for a ceasefire", .opposes),
        ("Kyiv rules out any freeze", .rejects),
        ("a ceasefire only on condition that Ukraine disarms", .demands),
        ("Kuleba called them phony signals", .doubts),
        ("the aides denied that he was plotting war", .denies),
        ("Putin proposed a ceasefire", .proposes),
        ("Putin does not want another mobilisation", .opposes),
    ])
    func cueWordsGiveTheType(_ text: String, _ type: EdgeType) {
        #expect(StanceCues.read(text).type == type)
    }

    @Test func noCueIsAWeakSupport() {
        let reading = StanceCues.read("the weather in Moscow")
        #expect(reading.type == .supports && reading.confidence == 0.3 && reading.cues.isEmpty)
    }

    @Test(arguments: [
        ("Speaking in China on May 17, Putin said so.", "2024-05-24", "2024-05-17"),
        ("Peskov said on Friday that talks are possible.", "2024-05-24", "2024-05-24"),
        ("Peskov said on Tuesday that talks are possible.", "2024-05-24", "2024-05-21"),
        ("Blinken said yesterday that talks are not serious.", "2024-05-24", "2024-05-23"),
        ("Blinken, speaking last week, said so.", "2024-05-24", "2024-05"),
        ("In February, three sources said so.", "2024-05-24", "2024-02"),
        ("In December, sources said so.", "2024-05-24", "2023-12"),
        ("In 2022, he signed a decree.", "2024-05-24", "2022"),
        ("He has been signaling since September that he is open.", "2023-12-24", "2023-12-24"),
        ("Putin boasted on Tuesday (December 19, 2023) that all is well.", "2023-12", "2023-12-19"),
        ("Nothing here is dated.", "2024-05", "2024-05"),
    ])
    func datesResolveAgainstTheArticle(_ sentence: String, _ article: String, _ expected: String) throws {
        #expect(ArticleDates.date(of: sentence, articleDate: try PartialDate(parsing: article))?.description == expected)
    }

    @Test func theDatelineGivesTheArticlesDate() {
        #expect(ArticleDates.dateline(in: "MOSCOW, May 24, 2024 (Reuters) - Putin said.")?.description == "2024-05-24")
        #expect(ArticleDates.dateline(in: "Posted 14 March 2025\nPutin said.")?.description == "2025-03-14")
        #expect(ArticleDates.dateline(in: "Putin said nothing.") == nil)
    }

    @Test func theSameArticleGivesTheSamePatch() throws {
        let text = try String(contentsOf: PackageRoot.appending("graphs/sources/001_271362cc3b16fc4f.txt"), encoding: .utf8)
        let path = PackageRoot.appending("graphs/ceasefire-signals.yaml").path
        let graph = try #require(GraphLoader().load([try GraphInput.read(path: path).get()]).graph)
        let info = ArticleInfo(sourceID: "src-draft", date: try PartialDate(parsing: "2024-05-24"))
        let first = PatchWriter.yaml(try StanceExtractor(graph: graph).extract(text, article: info), article: "a.txt", graphFiles: ["g.yaml"])
        let second = PatchWriter.yaml(try StanceExtractor(graph: graph).extract(text, article: info), article: "a.txt", graphFiles: ["g.yaml"])
        #expect(first == second)
        #expect(first.contains("status: candidate"))
    }

    @Test func otherScriptsAndEmptyTextsAreRefused() throws {
        #expect(throws: ExtractionError.notLatinScript) { try Self.extract("Путин заявил, что Россия готова к переговорам.") }
        #expect(throws: ExtractionError.noStatements) { try Self.extract("The weather was fine. The sun shone all day.") }
        #expect(throws: ExtractionError.sourceIDTaken("src-old")) {
            try StanceExtractor(graph: Self.graph()).extract("Putin said talks are possible.", article: ArticleInfo(sourceID: "src-old"))
        }
    }

    @Test func candidatesAreLeftOutUnlessIncluded() throws {
        let result = try Self.extract("Putin’s spokesman Dmitry Peskov said Russia is open to dialogue to end the war.")
        let base = try Self.graph()
        let merged = try Graph(nodes: base.nodes + result.nodes, edges: base.edges + result.edges)
        let reviewed = try GraphFilter().apply(to: merged)
        #expect(reviewed.edges.count == base.edges.count)
        #expect(reviewed.node("src-new") == nil)
        #expect(try GraphFilter(includeCandidates: true).apply(to: merged).edges.count == merged.edges.count)
    }
}
