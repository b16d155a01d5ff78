/// An RFC 4180 CSV parser that keeps the line and column of every field.
///
/// Fields are separated by commas and records by line ends (LF, CR LF or CR). A field in
/// double quotes may hold commas, line breaks (kept as written) and quotes (doubled); a quote anywhere else is
/// an error, as is a quoted field that is not closed, or text after its closing quote. Empty
/// lines are skipped. Whether a field was quoted is kept: the CSV export writes an absent
/// value as an empty field and an empty text as `""`. Columns count Unicode scalars.
struct CSVReader {
    /// One field of a record.
    struct Field {
        var text: String
        var quoted: Bool
        var line: Int
        var column: Int

        /// An empty field that was not quoted: no value.
        var isAbsent: Bool { !quoted && text.isEmpty }
    }

    /// One record: its fields and the line it starts on.
    struct Record {
        var fields: [Field]
        var line: Int
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    /// The next record, or `nil` at the end of the input.
    mutating func nextRecord() throws(DocumentReadError) -> Record? {
        while offset < bytes.count, isLineEnd(bytes[offset]) { consumeLineEnd() }
        guard offset < bytes.count else { return nil }
        var record = Record(fields: [], line: line)
        while true {
            record.fields.append(try readField())
            guard offset < bytes.count else { return record }
            if bytes[offset] == UInt8(ascii: ",") {
                advance()
                continue
            }
            consumeLineEnd()
            return record
        }
    }

    private mutating func readField() throws(DocumentReadError) -> Field {
        let startLine = line, startColumn = column
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            let start = offset
            while offset < bytes.count, bytes[offset] != UInt8(ascii: ","), !isLineEnd(bytes[offset]) {
                if bytes[offset] == UInt8(ascii: "\"") {
                    throw DocumentReadError(problem: .syntax("a quote inside a field that does not start with one; put the whole field in double quotes and double the quote"),
                                            line: line, column: column)
                }
                advance()
            }
            return Field(text: decoded(start..<offset), quoted: false, line: startLine, column: startColumn)
        }
        advance()
        var text = ""
        var run = offset
        while true {
            guard offset < bytes.count else {
                throw DocumentReadError(problem: .syntax("a quoted field is not closed; a field that starts with a double quote ends with one"),
                                        line: startLine, column: startColumn)
            }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                text += decoded(run..<offset)
                advance()
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") {
                    text += "\""
                    advance()
                    run = offset
                    continue
                }
                guard offset == bytes.count || bytes[offset] == UInt8(ascii: ",") || isLineEnd(bytes[offset]) else {
                    throw DocumentReadError(problem: .syntax("text after the closing quote of a field; double a quote inside a quoted field"),
                                            line: line, column: column)
                }
                return Field(text: text, quoted: true, line: startLine, column: startColumn)
            } else {
                advance()
            }
        }
    }

    private func isLineEnd(_ byte: UInt8) -> Bool { byte == 0xA || byte == 0xD }

    private mutating func consumeLineEnd() {
        if bytes[offset] == 0xD {
            offset += 1
            if offset < bytes.count, bytes[offset] == 0xA { offset += 1 }
        } else {
            offset += 1
        }
        line += 1
        column = 1
    }

    private mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == 0xA {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private func decoded(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
