/// Escaping for XML 1.0 text and attribute values.
public enum XMLText {
    /// Appends `text` escaped for XML: `&`, `<`, `>` always, `"` and white space other than
    /// the space in attribute values (which parsers would otherwise normalise), and a carriage
    /// return always (parsers turn a raw one into a line feed). Code points XML 1.0 forbids
    /// (control characters other than tab, line feed and carriage return; U+FFFE, U+FFFF)
    /// become U+FFFD, the replacement character, so the document stays well formed and the
    /// loss is visible.
    public static func appendEscaped(_ text: some StringProtocol, to output: inout String, inAttribute: Bool = false) {
        // Runs of bytes that need nothing are appended whole; only the bytes that may need
        // escaping are looked at one by one. A byte below 0x80 is a whole scalar, and U+FFFE and
        // U+FFFF are the only forbidden scalars above it (UTF-8 EF BF BE, EF BF BF), so every
        // run ends on a scalar boundary.
        let string = String(text)
        let utf8 = string.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            let replacement: String?
            var next = utf8.index(after: index)
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = inAttribute ? "&quot;" : nil
            case UInt8(ascii: "\r"): replacement = "&#13;"
            case UInt8(ascii: "\n"): replacement = inAttribute ? "&#10;" : nil
            case UInt8(ascii: "\t"): replacement = inAttribute ? "&#9;" : nil
            case 0..<0x20: replacement = "\u{FFFD}"
            case 0xEF:
                // U+FFFE or U+FFFF: EF BF BE or EF BF BF.
                let second = next == utf8.endIndex ? nil : utf8.index(after: next)
                if let second, second != utf8.endIndex, utf8[next] == 0xBF, utf8[second] == 0xBE || utf8[second] == 0xBF {
                    replacement = "\u{FFFD}"
                    next = utf8.index(after: second)
                } else {
                    replacement = nil
                }
            default: replacement = nil
            }
            if let replacement {
                output += string[runStart..<index]
                output += replacement
                runStart = next
            }
            index = next
        }
        if runStart == utf8.startIndex {
            output += string
        } else {
            output += string[runStart...]
        }
    }

    /// `text` escaped for XML text content.
    public static func escaped(_ text: some StringProtocol) -> String {
        var output = ""
        appendEscaped(text, to: &output)
        return output
    }

    /// `text` escaped for a double-quoted XML attribute value.
    public static func escapedAttribute(_ text: some StringProtocol) -> String {
        var output = ""
        appendEscaped(text, to: &output, inAttribute: true)
        return output
    }

    /// Whether XML 1.0 allows the code point in a document (its `Char` production).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
