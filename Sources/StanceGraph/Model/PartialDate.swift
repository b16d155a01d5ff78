/// An ISO 8601 calendar date that may be partial: `2024`, `2024-05` or `2024-05-24`.
///
/// Statements are often dated only to a month or a year ("in the fall of 2022"), so
/// a date keeps the precision its source gives. Dates order chronologically by their
/// earliest day; a less precise date sorts before a more precise one on the same day.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Why a text is not a valid partial date.
    public enum ParseError: Error, Hashable, Sendable {
        /// The text is not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        case malformed
        /// The month is outside 1...12.
        case monthOutOfRange(Int)
        /// The day does not exist in that month (such as `2024-02-30`).
        case dayOutOfRange(day: Int, month: Int, year: Int, daysInMonth: Int)
    }

    /// Creates a date from its components, checking that the day exists.
    public init(year: Int, month: Int? = nil, day: Int? = nil) throws(ParseError) {
        if let month, !(1...12).contains(month) { throw .monthOutOfRange(month) }
        if let day {
            guard let month else { throw .malformed }
            let length = PartialDate.daysIn(month: month, year: year)
            guard (1...length).contains(day) else {
                throw .dayOutOfRange(day: day, month: month, year: year, daysInMonth: length)
            }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// Scans the UTF-8 bytes once: a valid date is ASCII digits and hyphens only, so this
    /// accepts and rejects exactly what splitting on "-" and checking each part would.
    public init(parsing text: some StringProtocol) throws(ParseError) {
        var values = (0, 0, 0)
        var part = 0, digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard part < 2, digits == PartialDate.width(ofPart: part) else { throw .malformed }
                part += 1
                digits = 0
            } else if byte >= 0x30 && byte <= 0x39 {
                guard digits < PartialDate.width(ofPart: part) else { throw .malformed }
                let digit = Int(byte &- 0x30)
                switch part {
                case 0: values.0 = values.0 &* 10 &+ digit
                case 1: values.1 = values.1 &* 10 &+ digit
                default: values.2 = values.2 &* 10 &+ digit
                }
                digits += 1
            } else {
                throw .malformed
            }
        }
        guard digits == PartialDate.width(ofPart: part) else { throw .malformed }
        try self.init(
            year: values.0,
            month: part >= 1 ? values.1 : nil,
            day: part >= 2 ? values.2 : nil
        )
    }

    /// How many digits each part of `YYYY-MM-DD` has.
    private static func width(ofPart part: Int) -> Int { part == 0 ? 4 : 2 }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The first day this date covers, as `(year, month, day)`.
    public var earliestDay: (year: Int, month: Int, day: Int) { (year, month ?? 1, day ?? 1) }

    /// The last day this date covers: `2024-05` covers up to 31 May 2024.
    public var latestDay: (year: Int, month: Int, day: Int) {
        let lastMonth = month ?? 12
        return (year, lastMonth, day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    /// Whether the period this date names starts on or before `other` ends.
    public func startsOnOrBefore(endOf other: PartialDate) -> Bool {
        let a = earliestDay, b = other.latestDay
        return (a.year, a.month, a.day) <= (b.year, b.month, b.day)
    }

    /// Whether the period this date names ends on or after `other` starts.
    public func endsOnOrAfter(startOf other: PartialDate) -> Bool {
        let a = latestDay, b = other.earliestDay
        return (a.year, a.month, a.day) >= (b.year, b.month, b.day)
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let a = lhs.earliestDay, b = rhs.earliestDay
        if (a.year, a.month, a.day) != (b.year, b.month, b.day) {
            return (a.year, a.month, a.day) < (b.year, b.month, b.day)
        }
        return lhs.precision < rhs.precision
    }

    private var precision: Int { day != nil ? 2 : month != nil ? 1 : 0 }

    /// The ISO 8601 text, at the precision the date was given.
    public var description: String {
        var text = UTF8Buffer(capacity: 10)
        write(to: &text)
        return text.string
    }

    /// Appends the ISO 8601 text (`description`) to `output`: each part zero-padded, the year
    /// to four characters, the month and day to two.
    public func write(to output: inout UTF8Buffer) {
        output.append(year, zeroPaddedTo: 4)
        if let month {
            output.append("-")
            output.append(month, zeroPaddedTo: 2)
        }
        if let day {
            output.append("-")
            output.append(day, zeroPaddedTo: 2)
        }
    }
}

extension PartialDate {
    /// 0 for a day, 1 for a month, 2 for a year: how much the date leaves open.
    public var imprecision: Int { day != nil ? 0 : month != nil ? 1 : 2 }
}
