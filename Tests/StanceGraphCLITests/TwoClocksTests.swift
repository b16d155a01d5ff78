import Foundation
import Testing
import StanceGraphTestSupport

/// `--as-of` (what was valid then) and `--reported-by` (what the evidence published by then
/// said), on the bundled graph.
@Suite struct TwoClocksTests {
    static func export(_ options: [String]) throws -> (nodes: Set<String>, edges: Set<String>, title: String?) {
        let result = try CommandRunner.run(["export", "--format", "json"] + options)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try result.jsonObject()
        return (Set(ids(json["nodes"])), Set(ids(json["edges"])), json["title"] as? String)
    }

    @Test func theAutumn2022OfferWasReportedByJanuary2024ButNoLongerValid() throws {
        let valid = try Self.export(["--as-of", "2024-01"])
        let reported = try Self.export(["--reported-by", "2024-01"])
        #expect(!valid.edges.contains("putin-secret-offer-2022-autumn"), "its valid_until, 2022-11, has passed")
        #expect(reported.edges.contains("putin-secret-offer-2022-autumn"), "The Japan Times told of it in December 2023")
        #expect(reported.edges.contains("us-officials-tell-of-secret-offer"))
        #expect(try Self.export(["--reported-by", "2023-11"]).edges.isDisjoint(with: ["putin-secret-offer-2022-autumn"]),
                "nothing published by November 2023 tells of it")

        let stances = try CommandRunner.run(["stances", "putin", "--reported-by", "2024-01"])
        #expect(stances.stdoutLines.first == "Filters: reported by 2024-01")
        #expect(stances.stdout.contains("proposes\n  2022        A ceasefire (a halt to hostilities)"))
        #expect(!(try CommandRunner.run(["stances", "putin", "--as-of", "2024-01"])).stdout.contains("proposes"))
    }

    @Test func asOfJanuary2024HasNoNodeOnlyMay2024EvidenceIntroduced() throws {
        let valid = try Self.export(["--as-of", "2024-01"])
        // Each has stances, all of them first evidenced in May 2024 or later, and an undated
        // member-of or speaks-for edge to a node that stays.
        for node in ["kyiv", "state-department", "russian-defence-ministry", "russian-sources-reuters-2024-05",
                     "reuters-source-push-further", "reuters-source-no-deal-with-zelensky", "kuleba", "peskov"] {
            #expect(!valid.nodes.contains(node), "\(node)")
        }
        #expect(!valid.edges.contains("kyiv-part-of-ukraine") && !valid.edges.contains("isw-doubts-back-channel"))
        #expect(valid.nodes.isSuperset(of: ["putin", "ceasefire", "ukraine", "kremlin", "src-japantimes-2023-12"]))
        #expect(valid.title == "Ceasefire signals — valid on 2024-01")
    }

    @Test func everyNodeLeftIsKeptByAStanceOrARecord() throws {
        let result = try CommandRunner.run(["export", "--format", "json", "--as-of", "2024-01", "--reported-by", "2024-01-31"])
        let json = try result.jsonObject()
        let edges = objects(json["edges"])
        var kept = Set<String>()
        for edge in edges where !["member-of", "speaks-for", "conditions-on", "cites"].contains(edge["type"] as? String) {
            kept.formUnion([edge["from"], edge["to"]].compactMap { $0 as? String })
            kept.formUnion(objects(edge["provenance"]).compactMap { $0["source"] as? String })
        }
        #expect(Set(ids(json["nodes"])).subtracting(kept).isEmpty)
        #expect(Set(ids(json["nodes"])).isSubset(of: ["src-japantimes-2023-12"]) == false)
        #expect(!Set(ids(json["nodes"])).contains("src-isw-kyivpost-2024-05"), "published in May 2024")
        #expect(json["title"] as? String == "Ceasefire signals — valid on 2024-01; reported by 2024-01-31")
    }

    @Test func theBackChannelBeginsInSeptember2023() throws {
        let result = try CommandRunner.run(["timeline", "--actor", "putin", "--from", "2023-09", "--to", "2023-09"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines.contains("2023-09     Vladimir Putin —supports→ A ceasefire (a halt to hostilities)  [begins]"))
        let json = try CommandRunner.run(["timeline", "--actor", "putin", "--format", "json"]).jsonObject()
        let events = objects(json["entries"]).filter { ($0["edge"] as? [String: Any])?["id"] as? String == "putin-secret-offer-2022-autumn" }
        #expect(events.map { "\($0["event"] ?? "") \($0["date"] ?? "")" } == ["evidence 2022", "evidence 2022", "begins 2022-09", "ends 2022-11"])
        #expect(events.filter { $0["event"] as? String != "evidence" }.allSatisfy { $0["source"] is NSNull })
    }

    @Test func queryAnswersStateTheirFilters() throws {
        for command in [["who", "ceasefire"], ["neighbors", "putin"], ["timeline"], ["contradictions"], ["stances", "putin"], ["stances", "putin", "--timeline"]] {
            let result = try CommandRunner.run(command + ["--as-of", "2024-01", "--reported-by", "2024-01-31"])
            #expect(result.stdoutLines.first == "Filters: valid on 2024-01; reported by 2024-01-31", "\(command)")
            #expect(!(try CommandRunner.run(command)).stdout.contains("Filters:"), "no filter, no line")
        }
        let typed = try CommandRunner.run(["who", "ceasefire", "--type", "opposes,supports", "--source", "src-japantimes-2023-12", "--min-confidence", "0.5"])
        #expect(typed.stdoutLines.first == "Filters: types supports, opposes; source src-japantimes-2023-12; confidence at least 0.5")
        #expect(!(try CommandRunner.run(["who", "ceasefire", "--as-of", "2024-01", "--format", "json"])).stdout.contains("Filters:"))
    }

    @Test func aBadReportedByDateIsAUsageError() throws {
        let result = try CommandRunner.run(["stances", "putin", "--reported-by", "2024-13"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("--reported-by"))
    }
}
