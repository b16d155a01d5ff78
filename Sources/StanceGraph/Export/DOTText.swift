/// Text made safe for DOT: quoting, escaping, and the wrapping and capping of labels.
///
/// Every string attribute Graphviz shows (labels, tooltips, URLs, ids) is an "escString":
/// Graphviz expands `\N`, `\n`, `\l`… in it and decodes HTML entities (`&amp;`, `&#60;`) in
/// labels. So user text is escaped for both layers: `"` and `\` for the DOT lexer and the
/// escString expansion, `&`, `<` and `>` as entities for the entity decoder (the SVG renderer
/// keeps `&amp;` as it is, so a tooltip shows `&`). Line breaks become `\n`; other control
/// characters, and code points XML forbids (which would make the SVG unreadable), are dropped.
/// User text is never put in an HTML-like label (`<…>`) and no record shape is used.
public enum DOTText {
    /// Graphviz 2.42/2.43 refuses a quoted string longer than 16,384 bytes; everything written stays well below.
    public static let maximumQuotedBytes = 16_384
    /// A drawn label wraps at this many characters per line…
    public static let labelLineWidth = 30
    /// …and shows at most this many lines, the last one ending in `…` when text was cut.
    public static let labelMaximumLines = 3
    /// Tooltips keep the full text up to this many characters…
    public static let tooltipMaximumCharacters = 2_000
    /// …and this many bytes once escaped.
    public static let tooltipMaximumBytes = 12_000
    /// A character (grapheme cluster) with more Unicode scalars than this is cut down: emoji
    /// sequences have fewer; a "Zalgo" pile of combining marks could otherwise make a short
    /// label megabytes long.
    public static let maximumScalarsPerCharacter = 16

    /// `text` as a DOT quoted string that Graphviz shows as `text`.
    public static func quoted(_ text: some StringProtocol) -> String {
        var output = "\""
        appendEscaped(text, to: &output)
        output += "\""
        return output
    }

    /// Lines joined by DOT's centred line break, as one quoted string.
    public static func quoted(lines: [String]) -> String {
        var output = "\""
        for (index, line) in lines.enumerated() {
            if index > 0 { output += "\\n" }
            appendEscaped(line, to: &output)
        }
        output += "\""
        return output
    }

    /// A quoted tooltip: the text capped at `tooltipMaximumCharacters` characters and
    /// `tooltipMaximumBytes` escaped bytes, ending in `…` when cut; line breaks kept.
    public static func quotedTooltip(_ text: String) -> String {
        fitsTooltipWhole(text) ? quoted(text) : quotedTooltipByCharacter(text)
    }

    /// `quotedTooltip` character by character, cutting where a cap is reached.
    static func quotedTooltipByCharacter(_ text: String) -> String {
        var output = "\""
        var count = 0
        for character in text {
            if count == tooltipMaximumCharacters { output += "…"; break }
            var piece = ""
            appendEscaped(capped(character), to: &piece)
            if output.utf8.count + piece.utf8.count > tooltipMaximumBytes { output += "…"; break }
            output += piece
            count += 1
        }
        output += "\""
        return output
    }

    /// Whether `text` needs no cut as a tooltip, decided without splitting it into characters:
    /// at most `tooltipMaximumCharacters` bytes (so as many characters at most, and at most
    /// five escaped bytes each, within `tooltipMaximumBytes`), and no character longer than
    /// `maximumScalarsPerCharacter` scalars, which takes that many non-ASCII scalars in a row
    /// (everything that extends a character is outside ASCII).
    static func fitsTooltipWhole(_ text: String) -> Bool {
        guard text.utf8.count <= tooltipMaximumCharacters else { return false }
        var nonASCIIRun = 0
        for scalar in text.unicodeScalars {
            nonASCIIRun = scalar.isASCII ? 0 : nonASCIIRun + 1
            if nonASCIIRun >= maximumScalarsPerCharacter { return false }
        }
        return true
    }

    /// A quoted link: only http(s) URLs are ever passed here; characters a URL may not
    /// contain raw (spaces, quotes, `<`, `>`, `\`, non-ASCII) are percent-encoded, and `&`
    /// is written as `&amp;` because Graphviz decodes entities in URLs too.
    public static func quotedURL(_ url: String) -> String {
        var output = "\""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output += "&amp;"
            case 0x21, 0x23...0x25, 0x27...0x3B, 0x3D, 0x3F...0x5B, 0x5D, 0x5F, 0x61...0x7A, 0x7E:
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        output += "\""
        return output
    }

    /// Appends `text` escaped for the inside of a DOT quoted string.
    public static func appendEscaped(_ text: some StringProtocol, to output: inout String) {
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\n":
                if !previousWasCarriageReturn { output += "\\n" }
            case "\r", "\u{85}", "\u{2028}", "\u{2029}": output += "\\n"
            case "\t": output += " "
            default:
                // Noncharacters are U+FDD0–FDEF and the last two of each plane: none below U+FDD0,
                // so most text never pays for the property lookup.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || (scalar.value >= 0xFDD0 && scalar.properties.isNoncharacterCodePoint) {
                    continue
                }
                output.unicodeScalars.append(scalar)
            }
        }
    }

    /// Wraps text for a drawn label: words fill lines of at most `width` characters, a word
    /// longer than a line is split, line breaks and runs of white space count as one space,
    /// and after `maxLines` lines the text is cut with `…`.
    public static func wrap(_ text: String, width: Int = labelLineWidth, maxLines: Int = labelMaximumLines) -> [String] {
        precondition(width > 1 && maxLines > 0)
        // Lines are lists of characters (each capped, so kept as strings).
        var lines: [[String]] = []
        var current: [String] = []
        var truncated = false
        func push() -> Bool {
            lines.append(current)
            current = []
            return lines.count < maxLines
        }
        let words = text.split(whereSeparator: { character in
            character.isWhitespace || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
        })
        outer: for word in words {
            var pieces = word.map(capped)[...]
            if !current.isEmpty {
                if current.count + 1 + pieces.count <= width {
                    current.append(" ")
                    current.append(contentsOf: pieces)
                    continue
                }
                guard push() else { truncated = true; break outer }
            }
            while pieces.count > width {
                current.append(contentsOf: pieces.prefix(width))
                pieces = pieces.dropFirst(width)
                guard push() else { truncated = true; break outer }
            }
            current.append(contentsOf: pieces)
        }
        if !truncated, !current.isEmpty { lines.append(current) }
        if truncated, var last = lines.popLast() {
            while last.count > width - 1 { last.removeLast() }
            while last.last == " " { last.removeLast() }
            lines.append(last + ["…"])
        }
        return lines.map { $0.joined() }
    }

    /// The character as text, with at most `maximumScalarsPerCharacter` scalars.
    static func capped(_ character: Character) -> String {
        let scalars = character.unicodeScalars
        guard scalars.count > maximumScalarsPerCharacter else { return String(character) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(maximumScalarsPerCharacter))
        return String(view)
    }

    /// A token for a CSS class or an SVG id: lower-case ASCII letters, digits, `-` and `_`;
    /// anything else becomes `-`, runs of it one `-`.
    public static func classToken(_ text: String) -> String {
        var output = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "_": output.unicodeScalars.append(scalar)
            default: if !output.hasSuffix("-") { output += "-" }
            }
        }
        while output.hasSuffix("-") { output.removeLast() }
        while output.hasPrefix("-") { output.removeFirst() }
        return output.isEmpty ? "x" : output
    }
}
