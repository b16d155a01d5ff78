import Foundation
import Testing
import StanceGraphTestSupport

@Suite struct TimelineCommandTests {
    static func dates(_ result: CommandResult) throws -> [String] {
        objects(try result.jsonObject()["entries"]).compactMap { $0["date"] as? String }
    }

    @Test func listsEveryDatedRecordInOrder() throws {
        let result = try QueryFixture.run(["timeline", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let dates = try Self.dates(result)
        #expect(dates.count == 17, "every stance edge of the fixture has one dated record")
        #expect(dates.first == "2022" && dates.last == "2025-03")
        #expect(try result.jsonObject()["undated_records"] as? Int == 0)
        let text = try QueryFixture.run(["timeline"])
        #expect(text.stdoutLines.count == 17)
        #expect(text.stdoutLines[0].hasPrefix("2022        Vladimir Putin —proposes→ Ceasefire on the current front lines  [src-nyt-2023-12-24, anonymous sources:"))
    }

    @Test(arguments: [
        (["--from", "2024-05", "--to", "2024-05-24"], ["2024-05", "2024-05", "2024-05", "2024-05-17", "2024-05-24", "2024-05-24", "2024-05-24", "2024-05-24"]),
        (["--from", "2025"], ["2025-03", "2025-03"]),
        (["--to", "2023"], ["2022", "2022", "2023-12-24", "2023-12-24"]),
        // ISW's contradicts and the denial it reports go with the claim they are about, which only Reuters reports.
        (["--source", "src-isw-2024-05-25"], ["2024-05-25"]),
        (["--actor", "peskov", "--actor", "Zelensky"], ["2022", "2024-05", "2024-05-24", "2024-05-24"]),
    ])
    func filtersByDateSourceAndActor(options: [String], expected: [String]) throws {
        let result = try QueryFixture.run(["timeline", "--format", "json"] + options)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try Self.dates(result) == expected)
    }

    @Test func anActorsTimelineIncludesTheirSpokespeople() throws {
        let result = try QueryFixture.run(["timeline", "--actor", "putin", "--from", "2024-05-24", "--to", "2024-05-24"])
        #expect(result.stdoutLines == [
            #"2024-05-24  Dmitry Peskov —supports→ Peace talks with Putin  (for Vladimir Putin)  [src-reuters-2024-05-24, spokesperson: "Russia is open to dialogue"]"#,
            #"2024-05-24  Dmitry Peskov —demands→ Russia keeps the territory it holds  (for Vladimir Putin)  [src-reuters-2024-05-24, reporter summary: "there can be no case of returning the four regions"]"#,
        ])
    }

    @Test(arguments: [
        (["--from", "2026"], 1), (["--from", "2025", "--to", "2024"], 64), (["--to", "May"], 64),
        (["--actor", "ceasefire-current-lines"], 65), (["--actor", "nobody"], 65), (["--source", "src-nowhere"], 65),
    ] as [([String], Int32)])
    func badOrEmptyQueriesExitWithTheirCodes(options: [String], code: Int32) throws {
        let result = try QueryFixture.run(["timeline"] + options)
        #expect(result.exitCode == code, "\(options): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func bundledGraphTimelineIsInOrder() throws {
        let result = try CommandRunner.run(["timeline", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let dates = try Self.dates(result)
        #expect(!dates.isEmpty)
        #expect(dates.map { $0.count == 4 ? $0 + "-00-00" : $0.count == 7 ? $0 + "-00" : $0 } == dates.map { $0.count == 4 ? $0 + "-00-00" : $0.count == 7 ? $0 + "-00" : $0 }.sorted())
    }
}
