import Foundation

/// Dates in an article: the dateline, and the date a sentence gives its statement, with
/// relative days ("on Friday", "yesterday", "last week") resolved against the article's date.
public enum ArticleDates {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]
    static let shortMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The month (1–12) a word names, full or abbreviated ("Sept").
    static func month(_ word: String) -> Int? {
        let lower = word.lowercased().trimmingCharacters(in: ["."])
        if let index = months.firstIndex(of: lower) { return index + 1 }
        if lower == "sept" { return 9 }
        if lower.count == 3, let index = shortMonths.firstIndex(of: lower) { return index + 1 }
        return nil
    }

    /// The words of a text with their characters: letters and digits, and ISO dates whole.
    static func words(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map { String($0).trimmingCharacters(in: ["-"]) }.filter { !$0.isEmpty }
    }

    /// The date at the head of an article (in its first 300 characters): "May 24, 2024",
    /// "24 May 2024", "2024-05-24", or a month and year.
    public static func dateline(in text: String) -> PartialDate? {
        let head = words(String(text.prefix(300)))
        for (index, word) in head.enumerated() {
            if let date = try? PartialDate(parsing: word), date.day != nil { return date }
            if let full = fullDate(head, at: index) { return full }
        }
        return nil
    }

    /// A complete date at `index`: "May 24, 2024" or "24 May 2024".
    private static func fullDate(_ words: [String], at index: Int) -> PartialDate? {
        func year(_ i: Int) -> Int? { i < words.count && words[i].count == 4 ? Int(words[i]) : nil }
        func day(_ i: Int) -> Int? { i < words.count && words[i].count <= 2 ? Int(words[i]) : nil }
        if let month = month(words[index]), let day = day(index + 1), let year = year(index + 2) {
            return try? PartialDate(year: year, month: month, day: day)
        }
        if let day = day(index), index + 2 < words.count, let month = month(words[index + 1]), let year = year(index + 2) {
            return try? PartialDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// The date a sentence gives what it reports, at the precision it gives it; the article's
    /// date when it gives none. A date after "since" or "until" bounds a span and is skipped.
    public static func date(of sentence: String, articleDate: PartialDate?) -> PartialDate? {
        let words = words(sentence)
        let lower = words.map { $0.lowercased() }
        for index in words.indices where index == 0 || !["since", "until", "by"].contains(lower[index - 1]) {
            if let full = fullDate(words, at: index) { return full }
        }
        for index in words.indices {
            let before = index > 0 ? lower[index - 1] : ""
            if ["since", "until", "by", "from"].contains(before) { continue }
            let word = lower[index]
            // "on May 17", "May 17": a day without a year.
            if let month = month(words[index]), words[index].first!.isUppercase, word != "may" || index > 0 {
                if index + 1 < words.count, words[index + 1].count <= 2, let day = Int(words[index + 1]) {
                    return try? PartialDate(year: inferredYear(month: month, articleDate: articleDate), month: month, day: day)
                }
                if index + 1 < words.count, words[index + 1].count == 4, let year = Int(words[index + 1]) {
                    return try? PartialDate(year: year, month: month)
                }
                if before == "in" || before == "last" || before == "this" {
                    guard articleDate != nil else { return nil }
                    return try? PartialDate(year: inferredYear(month: month, articleDate: articleDate), month: month)
                }
            }
            if let weekday = weekdays.firstIndex(of: word), ["on", "last", "this"].contains(before) {
                guard let articleDate, articleDate.day != nil else { return articleDate }
                return ArticleDates.date(onOrBefore: articleDate, weekday: weekday)
            }
            if word == "yesterday", let articleDate, articleDate.day != nil { return ArticleDates.adding(days: -1, to: articleDate) }
            if word == "today", let articleDate { return articleDate }
            if (word == "week" || word == "month") && (before == "last" || before == "this"), let articleDate {
                if word == "month" && before == "last" {
                    let month = articleDate.month ?? 1
                    return try? PartialDate(year: month == 1 ? articleDate.year - 1 : articleDate.year, month: month == 1 ? 12 : month - 1)
                }
                return articleDate.month.flatMap { try? PartialDate(year: articleDate.year, month: $0) } ?? articleDate
            }
            if word == "year", before == "last", let articleDate { return try? PartialDate(year: articleDate.year - 1) }
            if word.count == 4, let year = Int(word), (1900...2100).contains(year), ["in", "of"].contains(before) {
                if let articleDate, year > articleDate.year { continue }
                return try? PartialDate(year: year)
            }
        }
        return articleDate
    }

    /// The year of a month named without one: the article's, or the year before when the month
    /// comes after the article's month.
    static func inferredYear(month: Int, articleDate: PartialDate?) -> Int {
        guard let articleDate else { return 0 }
        if let articleMonth = articleDate.month, month > articleMonth { return articleDate.year - 1 }
        return articleDate.year
    }

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(fromDays z: Int) -> (Int, Int, Int) {
        let z = z + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }

    static func adding(days: Int, to date: PartialDate) -> PartialDate {
        let (y, m, d) = civil(fromDays: daysFromCivil(date.year, date.month ?? 1, date.day ?? 1) + days)
        return (try? PartialDate(year: y, month: m, day: d)) ?? date
    }

    /// The latest day on or before `date` that falls on `weekday` (0 Monday … 6 Sunday).
    static func date(onOrBefore date: PartialDate, weekday: Int) -> PartialDate {
        let days = daysFromCivil(date.year, date.month ?? 1, date.day ?? 1)
        let current = ((days % 7) + 7 + 3) % 7   // 1970-01-01 was a Thursday (3)
        return adding(days: -((current - weekday + 7) % 7), to: date)
    }
}
