/// Escaping for XML 1.0 text and attribute values.
public enum XMLText {
    /// Appends `text` escaped for XML: `&`, `<`, `>` always, `"` and white space other than
    /// the space in attribute values (which parsers would otherwise normalise), and a carriage
    /// return always (parsers turn a raw one into a line feed). Code points XML 1.0 forbids
    /// (control characters other than tab, line feed and carriage return; U+FFFE, U+FFFF)
    /// become U+FFFD, the replacement character, so the document stays well formed and the
    /// loss is visible.
    public static func appendEscaped(_ text: some StringProtocol, to output: inout String, inAttribute: Bool = false) {
        var string = String(text)
        var escaped = UTF8Buffer()
        let clean = string.withUTF8 { source in
            guard firstReplacement(in: source, inAttribute: inAttribute) != nil else { return true }
            appendEscaped(source, to: &escaped, inAttribute: inAttribute)
            return false
        }
        output += clean ? string : escaped.string
    }

    /// Appends `text` escaped for XML (as `appendEscaped(_:to:inAttribute:)` does) to `output`.
    public static func appendEscaped(_ text: String, to output: inout UTF8Buffer, inAttribute: Bool = false) {
        var text = text
        text.withUTF8 { appendEscaped($0, to: &output, inAttribute: inAttribute) }
    }

    /// Escapes, in place, what was appended to `output` from byte `start` on (a value written
    /// straight into the output, such as a JSON list).
    static func escapeTail(of output: inout UTF8Buffer, from start: Int, inAttribute: Bool = false) {
        guard let first = output.withBytes(from: start, { firstReplacement(in: $0, inAttribute: inAttribute) }) else { return }
        output.rewriteTail(from: start + first) { source, output in
            appendEscaped(source, to: &output, inAttribute: inAttribute)
        }
    }

    /// The one escaping routine: UTF-8 bytes in, escaped UTF-8 bytes out. Runs of bytes that
    /// need nothing are copied whole; only the bytes that may need escaping are looked at one
    /// by one. A byte below 0x80 is a whole scalar, and U+FFFE and U+FFFF are the only
    /// forbidden scalars above it (UTF-8 EF BF BE, EF BF BF), so every run ends on a scalar boundary.
    static func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, to output: inout UTF8Buffer, inAttribute: Bool) {
        var runStart = 0
        var index = 0
        let count = source.count
        while index < count {
            guard mayNeedEscape(source[index]) else {
                index &+= 1
                continue
            }
            if let (replacement, next) = replacement(in: source, at: index, inAttribute: inAttribute) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                output.append(replacement)
                runStart = next
                index = next
            } else {
                index &+= 1
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
    }

    /// The position of the first byte of `source` that escaping replaces, if any.
    static func firstReplacement(in source: UnsafeBufferPointer<UInt8>, inAttribute: Bool) -> Int? {
        var index = 0
        let count = source.count
        while index < count {
            if mayNeedEscape(source[index]), replacement(in: source, at: index, inAttribute: inAttribute) != nil { return index }
            index &+= 1
        }
        return nil
    }

    /// Whether the byte is one `replacement(in:at:inAttribute:)` may replace: a control
    /// character, `"`, `&`, `<`, `>`, or the lead byte EF of U+FFFE and U+FFFF.
    @inline(__always)
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        let mask: UInt64 = 0xFFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
        return byte < 0x40 ? (mask >> UInt64(byte)) & 1 != 0 : byte == 0xEF
    }

    /// What the byte at `index` becomes, and where the text after it resumes; `nil` when it stays.
    @inline(__always)
    private static func replacement(in source: UnsafeBufferPointer<UInt8>, at index: Int, inAttribute: Bool) -> (StaticString, Int)? {
        let next = index &+ 1
        switch source[index] {
        case UInt8(ascii: "&"): return ("&amp;", next)
        case UInt8(ascii: "<"): return ("&lt;", next)
        case UInt8(ascii: ">"): return ("&gt;", next)
        case UInt8(ascii: "\""): return inAttribute ? ("&quot;", next) : nil
        case UInt8(ascii: "\r"): return ("&#13;", next)
        case UInt8(ascii: "\n"): return inAttribute ? ("&#10;", next) : nil
        case UInt8(ascii: "\t"): return inAttribute ? ("&#9;", next) : nil
        case 0..<0x20: return ("\u{FFFD}", next)
        case 0xEF:
            // U+FFFE or U+FFFF: EF BF BE or EF BF BF.
            guard index &+ 2 < source.count, source[next] == 0xBF, source[index &+ 2] == 0xBE || source[index &+ 2] == 0xBF else { return nil }
            return ("\u{FFFD}", index &+ 3)
        default: return nil
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
