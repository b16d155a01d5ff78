import Testing
@testable import StanceGraph

@Suite struct PartialDateTests {
    @Test(arguments: [
        ("2024", "2024"), ("2024-05", "2024-05"), ("2024-05-24", "2024-05-24"), ("2024-02-29", "2024-02-29"),
    ])
    func parsesAndPrintsAtItsPrecision(text: String, expected: String) throws {
        #expect(try PartialDate(parsing: text).description == expected)
    }

    @Test(arguments: [
        ("2024-02-30", PartialDate.ParseError.dayOutOfRange(day: 30, month: 2, year: 2024, daysInMonth: 29)),
        ("2023-02-29", .dayOutOfRange(day: 29, month: 2, year: 2023, daysInMonth: 28)),
        ("2024-13", .monthOutOfRange(13)),
        ("24-05-01", .malformed), ("2024/05/01", .malformed), ("2024-5-1", .malformed), ("", .malformed), ("2024-05-01-01", .malformed),
    ])
    func rejectsImpossibleDates(text: String, error: PartialDate.ParseError) {
        #expect(throws: error) { try PartialDate(parsing: text) }
    }

    @Test func ordersByEarliestDayThenPrecision() throws {
        let dates = try ["2024-05-24", "2023", "2024-05", "2024", "2022-09"].map { try PartialDate(parsing: $0) }
        #expect(dates.sorted().map(\.description) == ["2022-09", "2023", "2024", "2024-05", "2024-05-24"])
    }

    @Test func periodsOverlapByTheirBounds() throws {
        let may = try PartialDate(parsing: "2024-05"), day = try PartialDate(parsing: "2024-05-31")
        #expect(may.startsOnOrBefore(endOf: day))
        #expect(may.endsOnOrAfter(startOf: day))
        #expect(!(try PartialDate(parsing: "2024-06")).startsOnOrBefore(endOf: day))
    }
}
