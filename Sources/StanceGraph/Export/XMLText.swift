/// Escaping for XML 1.0 text and attribute values.
public enum XMLText {
    /// Appends `text` escaped for XML: `&`, `<`, `>` always, `"` and white space other than
    /// the space in attribute values (which parsers would otherwise normalise), and a carriage
    /// return always (parsers turn a raw one into a line feed). Code points XML 1.0 forbids
    /// (control characters other than tab, line feed and carriage return; U+FFFE, U+FFFF)
    /// become U+FFFD, the replacement character, so the document stays well formed and the
    /// loss is visible.
    public static func appendEscaped(_ text: some StringProtocol, to output: inout String, inAttribute: Bool = false) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "\r": output += "&#13;"
            case "\n" where inAttribute: output += "&#10;"
            case "\t" where inAttribute: output += "&#9;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) { output.unicodeScalars.append(scalar) } else { output += "\u{FFFD}" }
            }
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
