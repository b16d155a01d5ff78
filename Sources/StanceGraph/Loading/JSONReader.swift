/// A JSON parser (RFC 8259) that keeps the line and column of every value.
///
/// Foundation's parser loses positions; analysts need `file:line:column` for JSON input too.
/// Columns count Unicode scalars, as YAML's do.
struct JSONReader {
    // Internal rather than private: the edge fast path (`JSONReader+CleanEdge.swift`) reads with them.
    let bytes: [UInt8]
    let limits: InputLimits
    var offset = 0
    var line = 1
    var lineStart = 0
    var depth = 0
    private var columnCacheOffset = 0
    private var columnCacheValue = 1

    init(bytes: [UInt8], limits: InputLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    /// Reads one whole JSON document.
    mutating func readDocument() throws(DocumentReadError) -> DocumentValue {
        skipByteOrderMark()
        skipWhitespace()
        let value = try readValue()
        skipWhitespace()
        guard offset == bytes.count else { throw error(.syntax("unexpected \(describeCurrent()) after the end of the JSON document")) }
        return value
    }

    /// Reads the top-level object one member at a time, handing each to `body`, so that
    /// a large `edges` list can be decoded element by element without building it whole.
    mutating func readTopLevelObject(
        _ body: (_ key: DocumentValue.Scalar, _ reader: inout JSONReader) throws(DocumentReadError) -> Void
    ) throws(DocumentReadError) {
        skipByteOrderMark()
        skipWhitespace()
        guard peek() == UInt8(ascii: "{") else {
            let found = offset < bytes.count ? describeCurrent() : "an empty file"
            throw error(.wrongType(field: "the document", expected: "a mapping (JSON object)", found: found))
        }
        offset += 1
        depth = 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            offset += 1
        } else {
            while true {
                skipWhitespace()
                let key = try readKey()
                try body(key, &self)
                skipWhitespace()
                if try consumeSeparator(closing: UInt8(ascii: "}"), in: "object") { break }
            }
        }
        skipWhitespace()
        guard offset == bytes.count else { throw error(.syntax("unexpected \(describeCurrent()) after the end of the JSON document")) }
    }

    /// Reads a list one element at a time: `readElement` is called at the start of each
    /// element and reads it (`readValue`, or a fast path of its own); `nil` when the value
    /// here is not a list.
    mutating func readSequence(
        _ readElement: (_ reader: inout JSONReader) throws(DocumentReadError) -> Void
    ) throws(DocumentReadError) -> (line: Int, column: Int)? {
        skipWhitespace()
        guard peek() == UInt8(ascii: "[") else { return nil }
        let position = (line: line, column: column(at: offset))
        offset += 1
        try enter()
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            offset += 1
        } else {
            while true {
                skipWhitespace()
                try readElement(&self)
                skipWhitespace()
                if try consumeSeparator(closing: UInt8(ascii: "]"), in: "array") { break }
            }
        }
        depth -= 1
        return position
    }

    mutating func readValue() throws(DocumentReadError) -> DocumentValue {
        skipWhitespace()
        let startLine = line, startColumn = column(at: offset)
        guard let byte = peek() else { throw error(.syntax("unexpected end of file; a value was expected")) }
        switch byte {
        case UInt8(ascii: "{"):
            offset += 1
            try enter()
            var members: [DocumentValue.Member] = []
            // Growing from empty reallocates (and copies every member) at 1, 2, 4 and 8;
            // nodes, edges and provenance records have about 3 to 10 members.
            members.reserveCapacity(8)
            skipWhitespace()
            if peek() == UInt8(ascii: "}") {
                offset += 1
            } else {
                while true {
                    skipWhitespace()
                    let key = try readKey()
                    members.append(.init(key: key, value: try readValue()))
                    skipWhitespace()
                    if try consumeSeparator(closing: UInt8(ascii: "}"), in: "object") { break }
                }
            }
            depth -= 1
            return DocumentValue(content: .mapping(members), line: startLine, column: startColumn)
        case UInt8(ascii: "["):
            offset += 1
            try enter()
            var elements: [DocumentValue] = []
            elements.reserveCapacity(4)
            skipWhitespace()
            if peek() == UInt8(ascii: "]") {
                offset += 1
            } else {
                while true {
                    elements.append(try readValue())
                    skipWhitespace()
                    if try consumeSeparator(closing: UInt8(ascii: "]"), in: "array") { break }
                }
            }
            depth -= 1
            return DocumentValue(content: .sequence(elements), line: startLine, column: startColumn)
        case UInt8(ascii: "\""):
            let text = try readString()
            return DocumentValue(
                content: .scalar(.init(text: text, quoted: true, line: startLine, column: startColumn)),
                line: startLine, column: startColumn)
        default:
            let text = try readLiteral()
            return DocumentValue(
                content: .scalar(.init(text: text, quoted: false, line: startLine, column: startColumn)),
                line: startLine, column: startColumn)
        }
    }

    // MARK: - Pieces

    private mutating func enter() throws(DocumentReadError) {
        depth += 1
        if depth > limits.maxDepth { throw error(.limitExceeded(.depth(limits.maxDepth))) }
    }

    private mutating func readKey() throws(DocumentReadError) -> DocumentValue.Scalar {
        let keyLine = line, keyColumn = column(at: offset)
        guard peek() == UInt8(ascii: "\"") else {
            throw error(.syntax("expected a quoted key in the object, found \(describeCurrent())"))
        }
        let key = try readKeyText()
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else {
            throw error(.syntax("expected \":\" after the key \"\(key)\", found \(describeCurrent())"))
        }
        offset += 1
        return .init(text: key, quoted: true, line: keyLine, column: keyColumn)
    }

    /// Consumes `,` (returns false) or the closing bracket (returns true).
    mutating func consumeSeparator(closing: UInt8, in container: String) throws(DocumentReadError) -> Bool {
        guard let byte = peek() else {
            throw error(.syntax("unexpected end of file inside an \(container); is a \"\(Character(Unicode.Scalar(closing)))\" missing?"))
        }
        offset += 1
        if byte == closing { return true }
        if byte == UInt8(ascii: ",") {
            skipWhitespace()
            if peek() == closing {
                throw error(.syntax("trailing comma before \"\(Character(Unicode.Scalar(closing)))\"; JSON does not allow one"))
            }
            return false
        }
        offset -= 1
        throw error(.syntax("expected \",\" or \"\(Character(Unicode.Scalar(closing)))\" in the \(container), found \(describeCurrent())"))
    }

    /// Reads an object key: a string, returned without decoding when it is one of the
    /// format's own keys (they repeat on every node, edge and record).
    private mutating func readKeyText() throws(DocumentReadError) -> String {
        let start = offset + 1
        let end = scanPlainString(from: start)
        if end < bytes.count, bytes[end] == UInt8(ascii: "\""), let known = knownKey(start..<end) {
            offset = end + 1
            return known
        }
        return try readString()
    }

    /// The end of the run of bytes from `start` that needs no unescaping: the offset of the
    /// first quote, backslash or control character, or the end of the input.
    func scanPlainString(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            // Eight bytes at a time while none of them can end the run; then byte by byte.
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= buffer.count,
                      !JSONReader.mayEndString(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                }
            }
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                index += 1
            }
            return index
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of eight bytes is a quote, a backslash or a control character (< 0x20).
    /// The usual "has a zero byte" and "has a byte less than n" bit tricks: exact for "any",
    /// whatever the byte order.
    @inline(__always)
    private static func mayEndString(_ word: UInt64) -> Bool {
        let quotes = word ^ (ones &* 0x22), backslashes = word ^ (ones &* 0x5C)
        let zeroQuote = (quotes &- ones) & ~quotes
        let zeroBackslash = (backslashes &- ones) & ~backslashes
        let control = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | control) & highBits != 0
    }

    /// The interned text of a key of the input format, if the bytes spell one.
    ///
    /// The bytes are packed into two integers and compared with the few keys of that length,
    /// which is cheaper than decoding and validating a new string for every key.
    private func knownKey(_ range: Range<Int>) -> String? {
        guard range.count >= 2, range.count <= 16 else { return nil }
        let table = JSONReader.knownKeys
        let packed = bytes.withUnsafeBufferPointer { JSONReader.pack(UnsafeBufferPointer(rebasing: $0[range])) }
        let match: Int? = table.packed.withUnsafeBufferPointer { entries in
            for index in table.start[range.count]..<table.start[range.count + 1] where entries[index] == packed {
                return index
            }
            return nil
        }
        return match.map { table.texts[$0] }
    }

    struct PackedKey: Equatable {
        var low: UInt64 = 0, high: UInt64 = 0
    }

    /// Up to 16 bytes as two integers, the rest zero (the length is compared separately).
    @inline(__always)
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> PackedKey {
        var low: UInt64 = 0, high: UInt64 = 0
        guard let base = bytes.baseAddress else { return PackedKey() }
        let count = bytes.count
        withUnsafeMutableBytes(of: &low) { $0.baseAddress!.copyMemory(from: base, byteCount: min(count, 8)) }
        if count > 8 {
            withUnsafeMutableBytes(of: &high) { $0.baseAddress!.copyMemory(from: base + 8, byteCount: min(count - 8, 8)) }
        }
        return PackedKey(low: low, high: high)
    }

    /// A few keys or raw values (at most 24 bytes each), matched by length and packed bytes:
    /// a comparison of four integers an entry, with no decoding.
    struct KeyTable {
        private typealias Words = (UInt64, UInt64, UInt64)
        private let lengths: [Int]
        private let packed: [Words]

        init(_ keys: [String]) {
            precondition(keys.allSatisfy { $0.utf8.count <= 24 })
            lengths = keys.map(\.utf8.count)
            packed = keys.map { key in Array(key.utf8).withUnsafeBufferPointer { KeyTable.pack($0) } }
        }

        /// Up to 24 bytes as three integers, the rest zero.
        @inline(__always)
        private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> Words {
            var words: Words = (0, 0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            return words
        }

        /// The index of the entry spelled by `bytes`, if any.
        @inline(__always)
        func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard bytes.count <= 24 else { return nil }
            let key = KeyTable.pack(bytes)
            for index in lengths.indices where lengths[index] == bytes.count
                && packed[index].0 == key.0 && packed[index].1 == key.1 && packed[index].2 == key.2 {
                return index
            }
            return nil
        }
    }

    /// The format's keys, sorted by length in bytes: those of length `n` are at
    /// `start[n]..<start[n + 1]` of `packed` and `texts`.
    private static let knownKeys: (packed: [PackedKey], texts: [String], start: [Int]) = {
        let all = GraphDecoder.topLevelKeys + GraphDecoder.nodeKeys + GraphDecoder.roleKeys
            + GraphDecoder.edgeKeys + GraphDecoder.provenanceKeys
        var seen = Set<String>()
        let keys = all.filter { $0.utf8.count <= 16 && seen.insert($0).inserted }.sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
        let packed = keys.map { key in Array(key.utf8).withUnsafeBufferPointer { pack($0) } }
        let start = (0...17).map { length in keys.firstIndex { $0.utf8.count >= length } ?? keys.count }
        return (packed, keys, start)
    }()

    private mutating func readString() throws(DocumentReadError) -> String {
        offset += 1  // opening quote
        let start = offset
        // Fast path: no escapes.
        offset = scanPlainString(from: start)
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") {
            let end = offset
            offset += 1
            return plainText(start..<end)
        }
        return try readEscapedString(from: start)
    }

    /// The text of bytes that need no unescaping, as `String(decoding:as:)` makes it.
    func plainText(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Reads the rest of a string whose content starts at `start` and whose plain run
    /// `start..<offset` has been scanned: `offset` is at a backslash, a control character or
    /// the end of the input. Decodes escapes through the closing quote, past which it leaves
    /// the reader. The one decoder of escapes, for `readString` and the edge fast path.
    mutating func readEscapedString(from start: Int) throws(DocumentReadError) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(offset - start + 32)
        buffer.append(contentsOf: bytes[start..<offset])
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                offset += 1
                guard let escape = peek() else { break }
                offset += 1
                switch escape {
                case UInt8(ascii: "\""): buffer.append(0x22)
                case UInt8(ascii: "\\"): buffer.append(0x5C)
                case UInt8(ascii: "/"): buffer.append(0x2F)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try readHex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard peek() == UInt8(ascii: "\\"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u") else {
                            throw error(.syntax("unpaired UTF-16 surrogate \\u\(String(scalar, radix: 16)) in a string"))
                        }
                        offset += 2
                        let low = try readHex4()
                        guard (0xDC00..<0xE000).contains(low) else {
                            throw error(.syntax("unpaired UTF-16 surrogate \\u\(String(scalar, radix: 16)) in a string"))
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw error(.syntax("unpaired UTF-16 surrogate \\u\(String(scalar, radix: 16)) in a string"))
                    }
                    buffer.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
                default:
                    offset -= 1
                    throw error(.syntax("invalid escape \"\\\(Character(Unicode.Scalar(escape)))\" in a string"))
                }
            default:
                if byte < 0x20 { throw error(.syntax("control character (U+\(hex(byte))) inside a string; escape it (\\n, \\t, \\u00XX)")) }
                // A run of plain bytes, up to the next quote, backslash or control character.
                let end = scanPlainString(from: offset + 1)
                buffer.append(contentsOf: bytes[offset..<end])
                offset = end
            }
        }
        throw error(.syntax("unterminated string; a closing \" is missing"))
    }

    private mutating func readHex4() throws(DocumentReadError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error(.syntax("incomplete \\u escape in a string")) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(.syntax("invalid hex digit in a \\u escape"))
            }
            value = value * 16 + digit
            offset += 1
        }
        return value
    }

    /// Reads `true`, `false`, `null` or a number, returning its text.
    mutating func readLiteral() throws(DocumentReadError) -> String {
        let start = offset
        switch bytes[offset] {
        case UInt8(ascii: "t") where matches(JSONReader.trueBytes): offset += 4; return "true"
        case UInt8(ascii: "f") where matches(JSONReader.falseBytes): offset += 5; return "false"
        case UInt8(ascii: "n") where matches(JSONReader.nullBytes): offset += 4; return "null"
        default: break
        }
        var index = offset
        func digits() -> Int {
            let begin = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - begin
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        if integerDigits == 0 || (integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0")) {
            throw error(.syntax("unexpected \(describeCurrent()); expected a value (a string in double quotes, a number, true, false, null, an object or an array)"))
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { offset = index; throw error(.syntax("a number needs digits after the decimal point")) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { offset = index; throw error(.syntax("a number needs digits in its exponent")) }
        }
        offset = index
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8), nullBytes = Array("null".utf8)

    private func matches(_ word: [UInt8]) -> Bool {
        guard offset + word.count <= bytes.count else { return false }
        return bytes[offset..<offset + word.count].elementsEqual(word)
    }

    mutating func skipWhitespace() {
        var offset = self.offset, line = self.line, lineStart = self.lineStart
        bytes.withUnsafeBufferPointer { buffer in
            scan: while offset < buffer.count {
                switch buffer[offset] {
                case 0x20, 0x09, 0x0D: offset += 1
                case 0x0A:
                    offset += 1
                    line += 1
                    lineStart = offset
                default: break scan
                }
            }
        }
        self.offset = offset
        self.line = line
        self.lineStart = lineStart
    }

    private mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3; lineStart = 3 }
    }

    func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// The 1-based column of a byte offset on the current line, counting Unicode scalars.
    /// Offsets only grow, so the count resumes from the last one: linear even for one-line JSON.
    mutating func column(at position: Int) -> Int {
        if columnCacheOffset < lineStart || columnCacheOffset > position {
            columnCacheOffset = lineStart
            columnCacheValue = 1
        }
        var index = columnCacheOffset, column = columnCacheValue
        bytes.withUnsafeBufferPointer { buffer in
            // Eight bytes at a time: every byte but a UTF-8 continuation byte (10xxxxxx) starts a scalar.
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= position {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let continuations = word & ~(word << 1) & JSONReader.highBits
                    column += 8 - continuations.nonzeroBitCount
                    index += 8
                }
            }
            while index < position {
                if buffer[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
        }
        columnCacheOffset = position
        columnCacheValue = column
        return column
    }

    private func describeCurrent() -> String {
        guard let byte = peek() else { return "end of file" }
        if byte < 0x80 && byte >= 0x20 { return "\"\(Character(Unicode.Scalar(byte)))\"" }
        return "byte 0x\(hex(byte))"
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    private mutating func error(_ problem: Problem) -> DocumentReadError {
        DocumentReadError(problem: problem, line: line, column: column(at: min(offset, bytes.count)))
    }
}
