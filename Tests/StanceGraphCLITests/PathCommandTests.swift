import Foundation
import Testing
import StanceGraphTestSupport

@Suite struct PathCommandTests {
    @Test func printsEachHopWithItsDirectionAndEvidence() throws {
        let result = try QueryFixture.run(["path", "kuleba", "putin"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdoutLines
        // The doubt of a reported stance goes through that stance (the claim is a step of its
        // own) and leaves it to the position it is about; the best-evidenced of Putin's three
        // stances on it (dated to the day) comes first.
        #expect(lines.first == "Shortest path from Dmytro Kuleba (kuleba) to Vladimir Putin (putin), 3 hops:")
        #expect(lines.count == 4)
        #expect(lines[1] == #"  Dmytro Kuleba —doubts→ [Four Russian sources (Reuters) —supports→ Ceasefire on the current front lines, 2024-05-24, "Putin is also ready for a ceasefire…"]  [src-summary-2024-05, 2024-05, on the record: "phony signals"]"#,
                "a claim shows its date and a shortened quote")
        #expect(lines[2] == #"  the claim itself: Four Russian sources (Reuters) —supports→ Ceasefire on the current front lines  [src-reuters-2024-05-24, 2024-05-24, anonymous sources: "Putin is also ready for a ceasefire – to ‘freeze’ the war", confidence 0.5]"#)
        #expect(lines[3] == #"  Ceasefire on the current front lines ←supports— Vladimir Putin  [src-nyt-2023-12-24, 2023-12-24, anonymous sources: "They want to hold on to where they are on the battlefield", confidence 0.6]"#)
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let result = try QueryFixture.run(["path", "Dmytro Kuleba", "Putin", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try result.jsonObject()
        #expect(json["from"] as? String == "kuleba")
        #expect(json["to"] as? String == "putin")
        #expect(json["truncated"] as? Bool == false)
        let path = try #require(objects(json["paths"]).first)
        #expect(path["hops"] as? Int == 3)
        #expect(ids(path["nodes"]) == ["kuleba", "sources-putin-ready-ceasefire", "ceasefire-current-lines", "putin"])
        #expect(objects(path["nodes"]).map { $0["kind"] as? String } == ["actor", "claim", "position", "actor"])
        #expect(json["ranking"] as? String == "evidence")
        #expect(path["uncited"] as? Int == 0)
        let edges = objects(path["edges"])
        for edge in edges {
            for key in ["id", "type", "from", "to", "sources", "date", "quote", "direction", "target", "step", "cited"] {
                #expect(edge[key] != nil, "edge member \(key)")
            }
        }
        #expect(edges[0]["to"] as? String == "sources-putin-ready-ceasefire", "an edge about an edge is reported as pointing at the edge")
        #expect(edges[0]["target"] as? String == "edge")
        #expect((edges[0]["claim"] as? [String: Any])?["to"] as? String == "ceasefire-current-lines")
        #expect(edges[0]["direction"] as? String == "forward")
        #expect(edges[0]["step"] as? String == "edge")
        #expect(edges[1]["step"] as? String == "claim", "the step from the claim to what it is about")
        #expect(edges[1]["id"] as? String == "sources-putin-ready-ceasefire")
        #expect(edges[2]["direction"] as? String == "backward")
        #expect(edges[2]["sources"] as? [String] == ["src-nyt-2023-12-24"])
        #expect(edges[2]["date"] as? String == "2023-12-24")
    }

    @Test func allShortestListsEveryShortestPath() throws {
        let result = try QueryFixture.run(["path", "kuleba", "putin", "--all-shortest", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let paths = objects(try result.jsonObject()["paths"])
        #expect(paths.map { $0["hops"] as? Int } == [3, 3, 3])
        #expect(Set(paths.compactMap { ids($0["edges"]).last }) == ["putin-proposed-ceasefire-2022", "putin-ready-ceasefire-2023", "putin-uninterested-isw"])
        let text = try QueryFixture.run(["path", "kuleba", "putin", "--all-shortest"])
        #expect(text.stdoutLines.first == "3 shortest paths from Dmytro Kuleba (kuleba) to Vladimir Putin (putin):")
        #expect(text.stdout.contains("Path 3, 3 hops:"))
    }

    @Test func kShortestAreSimpleAndShortestFirst() throws {
        let result = try QueryFixture.run(["path", "kuleba", "putin", "--k", "5", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let paths = objects(try result.jsonObject()["paths"])
        // No 4-hop path: each would leave the doubted claim for one end and walk on to the other
        // by another edge between the same nodes, a detour of the claim itself.
        #expect(paths.map { $0["hops"] as? Int } == [3, 3, 3, 5, 5])
        for path in paths { #expect(Set(ids(path["nodes"])).count == ids(path["nodes"]).count, "no node twice") }
        #expect(Set(paths.map { ids($0["edges"]) }).count == 5)
        let capped = try QueryFixture.run(["path", "kuleba", "putin", "-k", "5", "--max-hops", "3", "--format", "json"])
        #expect(objects(try capped.jsonObject()["paths"]).count == 3, "--max-hops caps --k")
    }

    @Test func maxHopsListsAllPathsUpToTheLimitAndSaysWhenItCutsThem() throws {
        let all = try QueryFixture.run(["path", "peskov", "ceasefire-current-lines", "--max-hops", "4", "--format", "json"])
        #expect(all.exitCode == 0, "\(all.stderr)")
        let paths = objects(try all.jsonObject()["paths"])
        let hops = paths.compactMap { $0["hops"] as? Int }
        #expect(hops.count > 2 && hops == hops.sorted() && hops.allSatisfy { $0 <= 4 })

        let cut = try QueryFixture.run(["path", "peskov", "ceasefire-current-lines", "--max-hops", "4", "--limit", "2", "--format", "json"])
        let json = try cut.jsonObject()
        #expect(json["truncated"] as? Bool == true)
        #expect(objects(json["paths"]).map { ids($0["edges"]) } == paths.prefix(2).map { ids($0["edges"]) })
        let text = try QueryFixture.run(["path", "peskov", "ceasefire-current-lines", "--max-hops", "4", "--limit", "2"])
        #expect(text.exitCode == 0)
        #expect(text.stdoutLines.last == "More paths than the limit of 2 were found; raise --limit to see more.")
    }

    @Test func directedFollowsEdgeDirection() throws {
        let against = try QueryFixture.run(["path", "kuleba", "putin", "--directed"])
        #expect(against.exitCode == 1)
        #expect(against.stdout.isEmpty)
        #expect(against.stderr == "no path from Dmytro Kuleba (kuleba) to Vladimir Putin (putin) following edge direction\n")
        let along = try QueryFixture.run(["path", "peskov", "ceasefire-current-lines", "--directed", "--format", "json"])
        #expect(along.exitCode == 0)
        for edge in objects(objects(try along.jsonObject()["paths"]).first?["edges"]) { #expect(edge["direction"] as? String == "forward") }
    }

    @Test(arguments: [
        (["--via", "doubts,proposes"], ["putin-proposed-ceasefire-2022"]),
        (["--exclude-type", "supports", "--exclude-type", "opposes"], ["putin-proposed-ceasefire-2022"]),
        (["--via", "doubts", "--via", "supports,opposes", "--exclude-type", "opposes"], ["putin-ready-ceasefire-2023"]),
    ])
    func viaAndExcludeTypeChooseTheEdgesWalked(options: [String], lastEdges: [String]) throws {
        let result = try QueryFixture.run(["path", "kuleba", "putin", "--all-shortest", "--format", "json"] + options)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(objects(try result.jsonObject()["paths"]).compactMap { ids($0["edges"]).last } == lastEdges)
    }

    @Test func sharedFiltersApplyBeforeTheSearch() throws {
        #expect(try QueryFixture.run(["path", "zelensky", "putin"]).exitCode == 0)
        let before = try QueryFixture.run(["path", "zelensky", "putin", "--as-of", "2023"])
        #expect(before.exitCode == 1, "Putin's stances on talks and Zelensky's opposition to a freeze date from 2024")
        #expect(before.stderr.hasPrefix("no path from Volodymyr Zelensky (zelensky) to Vladimir Putin (putin)"))

        let dropped = try QueryFixture.run(["path", "kuleba", "putin", "--min-confidence", "0.7"])
        #expect(dropped.exitCode == 1, "Kuleba's doubt goes with the 0.5-confidence claim it is about")
        #expect(dropped.stderr == "Dmytro Kuleba (kuleba) has no edges left after the filters\n")

        let confident = try QueryFixture.run(["path", "russian-sources-nyt", "putin", "--all-shortest", "--min-confidence", "0.7", "--format", "json"])
        #expect(objects(try confident.jsonObject()["paths"]).compactMap { ids($0["edges"]).last } == ["putin-uninterested-isw"])
    }

    @Test func sourceDocumentsAreSteppingStonesOnlyWhenAsked() throws {
        let plain = try QueryFixture.run(["path", "src-isw-2024-05-25", "src-summary-2024-05"])
        #expect(plain.exitCode == 1)
        #expect(plain.stderr.contains("add --through-sources"))
        let through = try QueryFixture.run(["path", "src-isw-2024-05-25", "src-summary-2024-05", "--through-sources", "--format", "json"])
        #expect(through.exitCode == 0)
        #expect(ids(objects(try through.jsonObject()["paths"]).first?["nodes"]) == ["src-isw-2024-05-25", "src-reuters-2024-05-24", "src-summary-2024-05"])
    }

    @Test func noPathIsExit1WithOneLineOnStandardError() throws {
        let result = try QueryFixture.run(["path", "putin", "switzerland"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "no path from Vladimir Putin (putin) to Swiss government (switzerland)\n")
        #expect(try QueryFixture.run(["path", "putin", "switzerland", "--format", "json"]).stdout.isEmpty)
    }

    @Test func unknownNameIsExit65WithASuggestion() throws {
        let result = try QueryFixture.run(["path", "Kuelba", "putin"])
        #expect(result.exitCode == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: no node is called \"Kuelba\" (names are ids, labels or aliases); did you mean \"kuleba\" (Dmytro Kuleba)?\n")
    }

    @Test func ambiguousNameIsExit65ListingTheCandidates() throws {
        let result = try QueryFixture.run(["path", "Russian sources", "putin"])
        #expect(result.exitCode == 65)
        #expect(result.stderr == """
            error: "Russian sources" could be any of 2 nodes; name one by its id:
              russian-sources-reuters  Four Russian sources (Reuters) (actor)
              russian-sources-nyt      Former Russian officials (New York Times) (actor)

            """)
    }

    @Test(arguments: [
        ["--all-shortest", "--k", "2"], ["--k", "0"], ["--max-hops", "0"], ["--limit", "0"],
        ["--via", "supports,nonsense"], ["--via", "supports", "--exclude-type", "supports"], ["--as-of", "2024-13"],
    ])
    func badOptionsAreUsageErrors(options: [String]) throws {
        let result = try QueryFixture.run(["path", "kuleba", "putin"] + options)
        #expect(result.exitCode == 64, "\(options): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func bundledGraphConnectsASpokespersonToTheActor() throws {
        let result = try CommandRunner.run(["path", "peskov", "putin", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let path = try #require(objects(try result.jsonObject()["paths"]).first)
        #expect(ids(path["nodes"]).first == "peskov")
        #expect(ids(path["nodes"]).last == "putin")
    }
}
