/// A JSON value that serialises deterministically: object members keep the order they are given.
///
/// Used for every JSON stancegraph prints (the JSON answers of queries and statistics, the JSON export)
/// so that the same input always gives byte-identical output.
public indirect enum JSONValue: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByNilLiteral {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }

    /// `nil` becomes `null`.
    public init(_ string: String?) { self = string.map(JSONValue.string) ?? .null }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized())
    }

    /// The JSON text; `pretty` indents by two spaces, one member per line.
    public func serialized(pretty: Bool = true) -> String {
        var output = ""
        write(to: &output, pretty: pretty, indent: 0)
        return output
    }

    /// Appends the JSON text to `output`.
    public func write(to output: inout String, pretty: Bool, indent: Int) {
        var bytes = UTF8Buffer()
        write(to: &bytes, pretty: pretty, indent: indent)
        output += bytes.string
    }

    /// Appends the JSON text to `output`, as UTF-8 bytes.
    public func write(to output: inout UTF8Buffer, pretty: Bool, indent: Int) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .int(let value): output.append(value)
        case .double(let value): output.append(JSONValue.format(value))
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let elements):
            if elements.isEmpty { output.append("[]"); return }
            output.append("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(",") }
                if pretty { JSONValue.newline(indent + 1, to: &output) }
                element.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(indent, to: &output) }
            output.append("]")
        case .object(let members):
            if members.isEmpty { output.append("{}"); return }
            output.append("{")
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(",") }
                if pretty { JSONValue.newline(indent + 1, to: &output) }
                JSONValue.writeString(key, to: &output)
                output.append(pretty ? ": " : ":")
                value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(indent, to: &output) }
            output.append("}")
        }
    }

    /// A line feed and `indent` levels of two spaces.
    private static func newline(_ indent: Int, to output: inout UTF8Buffer) {
        output.append("\n")
        for _ in 0..<indent { output.append("  ") }
    }

    /// Numbers print in their shortest exact form; integral values without a fraction.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// Writes a string with JSON escapes; `<`, `>`, `&` and U+2028/2029 are escaped too, so
    /// that the output is safe to embed in HTML and JavaScript.
    public static func writeString(_ value: String, to output: inout String) {
        var bytes = UTF8Buffer()
        writeString(value, to: &bytes)
        output += bytes.string
    }

    /// Writes a string with JSON escapes (as `writeString(_:to:)` on a string does), as UTF-8 bytes.
    public static func writeString(_ value: String, to output: inout UTF8Buffer) {
        output.append("\"")
        var value = value
        value.withUTF8 { writeEscaped($0, to: &output) }
        output.append("\"")
    }

    /// The one JSON string escaping routine, without the quotes. Runs of bytes that need no
    /// escape are appended whole. Every byte that may need one is ASCII or starts
    /// U+2028/U+2029 (E2 80 A8, E2 80 A9), so runs end on scalar boundaries.
    static func writeEscaped(_ source: UnsafeBufferPointer<UInt8>, to output: inout UTF8Buffer) {
        // Control characters, `"`, `&`, `<` and `>`; above 0x3F only `\\` and 0xE2 are looked at.
        let mask: UInt64 = 0xFFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
        let count = source.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = source[index]
            guard byte < 0x40 ? (mask >> UInt64(byte)) & 1 != 0 : byte == UInt8(ascii: "\\") || byte == 0xE2 else {
                index &+= 1
                continue
            }
            var next = index &+ 1
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "\""): replacement = "\\\""
            case UInt8(ascii: "\\"): replacement = "\\\\"
            case UInt8(ascii: "\n"): replacement = "\\n"
            case UInt8(ascii: "\r"): replacement = "\\r"
            case UInt8(ascii: "\t"): replacement = "\\t"
            case UInt8(ascii: "<"): replacement = "\\u003c"
            case UInt8(ascii: ">"): replacement = "\\u003e"
            case UInt8(ascii: "&"): replacement = "\\u0026"
            case 0..<0x20:
                output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                let hex: StaticString = "0123456789abcdef"
                output.append("\\u00")
                output.append(byte: hex.utf8Start[Int(byte >> 4)])
                output.append(byte: hex.utf8Start[Int(byte & 0xF)])
                runStart = next
                index = next
                continue
            default:
                // 0xE2: U+2028 or U+2029 when followed by 80 A8 or 80 A9.
                guard next &+ 1 < count, source[next] == 0x80, source[next &+ 1] == 0xA8 || source[next &+ 1] == 0xA9 else {
                    index = next
                    continue
                }
                replacement = source[next &+ 1] == 0xA8 ? "\\u2028" : "\\u2029"
                next &+= 2
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
            output.append(replacement)
            runStart = next
            index = next
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
    }
}
