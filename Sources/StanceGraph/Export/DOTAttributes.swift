/// A DOT attribute list: names in the order they are written, each with a typed value that
/// is escaped and quoted once, when the list is written. Code that adjusts a drawing (the
/// highlight) reads and changes values, never DOT text.
struct DOTAttributes: ExpressibleByDictionaryLiteral {
    enum Value: Equatable {
        /// User or fixed text, escaped by `DOTText`.
        case text(String)
        /// Lines joined by DOT's centred line break.
        case lines([String])
        /// Lines each ending in DOT's right-justified line break.
        case rightJustifiedLines([String])
        /// Text capped as a tooltip (`DOTText.quotedTooltip`).
        case tooltip(String)
        /// An http(s) link, percent-encoded (`DOTText.quotedURL`).
        case url(String)
        case number(Double)
        /// Two numbers, `x,y` (a margin).
        case pair(Double, Double)
        /// `#RRGGBB` or a colour name.
        case color(String)
        /// A Graphviz keyword (`diamond`, `invis`, `true`), written as it is.
        case keyword(String)
    }

    private(set) var entries: [(name: String, value: Value)]

    init(dictionaryLiteral elements: (String, Value)...) {
        entries = elements.map { (name: $0.0, value: $0.1) }
    }

    /// The value of `name`; setting replaces it in place, or appends it when absent, and
    /// `nil` removes it.
    subscript(name: String) -> Value? {
        get { entries.first { $0.name == name }?.value }
        set {
            let index = entries.firstIndex { $0.name == name }
            switch (index, newValue) {
            case let (index?, value?): entries[index].value = value
            case let (nil, value?): entries.append((name, value))
            case let (index?, nil): entries.remove(at: index)
            case (nil, nil): break
            }
        }
    }

    /// `a="x", b="y"`.
    var written: String {
        var text = ""
        for (position, entry) in entries.enumerated() {
            if position > 0 { text += ", " }
            text += entry.name
            text += "="
            DOTAttributes.append(entry.value, to: &text)
        }
        return text
    }

    /// ` [a="x", b="y"];` and a line break: the end of a statement.
    var statementEnd: String { " [" + written + "];\n" }

    private static func append(_ value: Value, to text: inout String) {
        switch value {
        case .text(let string): text += DOTText.quoted(string)
        case .lines(let lines): text += DOTText.quoted(lines: lines)
        case .rightJustifiedLines(let lines):
            text += "\""
            for line in lines {
                DOTText.appendEscaped(line, to: &text)
                text += "\\r"
            }
            text += "\""
        case .tooltip(let string): text += DOTText.quotedTooltip(string)
        case .url(let url): text += DOTText.quotedURL(url)
        case .number(let number): text += "\"" + DOTAttributes.number(number) + "\""
        case let .pair(x, y): text += "\"" + DOTAttributes.number(x) + "," + DOTAttributes.number(y) + "\""
        case .color(let color): text += DOTText.quoted(color)
        case .keyword(let keyword): text += "\"" + keyword + "\""
        }
    }

    /// A number as DOT reads it: whole numbers without a decimal point (`2`, `0.5`).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : TextFormatting.number(value)
    }
}
