/// Small pieces of English and number text that messages, listings and exports share.
public enum TextFormatting {
    /// `a`, `a and b`, `a, b and c`.
    public static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// `text` cut to exactly `length` characters, the last one `…`, wherever that falls.
    public static func truncate(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// `text` cut to about `length` characters, at a word boundary when one is near, without
    /// trailing punctuation, with an ellipsis: for one-line listings.
    public static func shortenAtWord(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        let cut = text.prefix(length - 1)
        var kept = cut
        if let space = cut.lastIndex(of: " "), cut.distance(from: space, to: cut.endIndex) < 16 { kept = cut[..<space] }
        while let last = kept.last, last.isPunctuation || last.isWhitespace { kept.removeLast() }
        return kept + "…"
    }

    /// Shortest exact text for a number (`0.5`, `1.0`), as Swift prints doubles; `NaN` when not finite.
    public static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "NaN"
    }

    /// `1,563`: thousands grouped with commas, whatever the locale, as all output is English.
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return number < 0 ? "-" + text : text
    }

    /// `1 node`, `2,000 nodes`: a grouped count and a noun made plural with `s` when it is not one.
    public static func counted(_ number: Int, _ noun: String) -> String {
        "\(grouped(number)) \(noun)\(number == 1 ? "" : "s")"
    }

    /// `January` for 1; `month 13` outside 1...12.
    public static func monthName(_ month: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"]
        return (1...12).contains(month) ? names[month - 1] : "month \(month)"
    }
}
