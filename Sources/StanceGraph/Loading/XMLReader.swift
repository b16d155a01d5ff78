/// A strict, bounded XML 1.0 parser for the subset GraphML needs, which keeps the line and
/// column of every element, attribute and text.
///
/// It reads elements, attributes, character data, CDATA sections, comments, processing
/// instructions (skipped), the five predefined entities and character references. It refuses
/// a document type declaration (`<!DOCTYPE …>`) outright, and with it every other entity: no
/// file is ever fetched, no entity is ever expanded, so an XXE or "billion laughs" file is an
/// error at its `<!DOCTYPE`, not a read of `/etc/passwd` or an exhausted memory. Nesting is
/// bounded by `InputLimits.maxDepth` and the input by `maxBytes` (checked by the loader).
///
/// Written here rather than taken from FoundationXML: `XMLParser` wraps libxml2, whose
/// positions are those of the parser's reading point (often past the token at fault) and
/// whose safety depends on flags set right on every use; this reader has nothing to set and
/// points at the character at fault. Columns count Unicode scalars, as the YAML and JSON
/// readers' do. Only UTF-8 is read (with or without a byte-order mark).
struct XMLReader {
    private let bytes: [UInt8]
    private let limits: InputLimits
    private var offset = 0
    private var line = 1
    private var column = 1

    /// The most attributes one element may have (GraphML's have at most a handful); each new
    /// one is checked against the others, so their number must stay small.
    static let maxAttributes = 256

    init(bytes: [UInt8], limits: InputLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    /// Reads the whole document and returns its root element.
    mutating func readDocument() throws(DocumentReadError) -> XMLElement {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        guard String(validating: bytes[offset...], as: UTF8.self) != nil else {
            throw DocumentReadError(problem: .syntax("the file is not valid UTF-8 text"), line: 1, column: 1)
        }
        if starts(with: "<?xml") { try readDeclaration() }
        try skipMisc()
        guard offset < bytes.count else { throw error(.syntax("the XML document has no root element")) }
        guard peek() == UInt8(ascii: "<") else { throw error(.syntax("expected the root element (\"<\"), found \(describeCurrent())")) }
        let root = try readElement(depth: 1)
        try skipMisc()
        guard offset == bytes.count else {
            throw error(.syntax("unexpected \(describeCurrent()) after the end of the root element <\(root.name)>"))
        }
        return root
    }

    // MARK: Prolog

    /// `<?xml version="1.0" encoding="UTF-8"?>`: only UTF-8 (or no encoding named) is read.
    private mutating func readDeclaration() throws(DocumentReadError) {
        let start = (line, column)
        let content = try readUntil("?>", what: "the XML declaration")
        if let range = content.range(of: "encoding") {
            let rest = content[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
            let encoding = rest.prefix { $0 != "\"" && $0 != "'" }.lowercased()
            guard encoding == "utf-8" || encoding == "utf8" else {
                throw DocumentReadError(problem: .syntax("the XML declaration names the encoding \"\(encoding)\"; only UTF-8 is read"),
                                        line: start.0, column: start.1)
            }
        }
    }

    /// Skips white space, comments and processing instructions; refuses a DOCTYPE.
    private mutating func skipMisc() throws(DocumentReadError) {
        while offset < bytes.count {
            if isWhitespace(bytes[offset]) {
                advance()
            } else if starts(with: "<!--") {
                try skipComment()
            } else if starts(with: "<?") {
                _ = try readUntil("?>", what: "a processing instruction")
            } else if starts(with: "<!DOCTYPE") || starts(with: "<!doctype") {
                throw error(.xmlDoctypeRefused)
            } else {
                return
            }
        }
    }

    private mutating func skipComment() throws(DocumentReadError) {
        let start = (line, column)
        advance(by: 4)
        while offset < bytes.count {
            if starts(with: "--") {
                guard starts(with: "-->") else { throw error(.syntax("\"--\" is not allowed inside an XML comment")) }
                advance(by: 3)
                return
            }
            advance()
        }
        throw DocumentReadError(problem: .syntax("a comment is not closed with \"-->\""), line: start.0, column: start.1)
    }

    // MARK: Elements

    private mutating func readElement(depth: Int) throws(DocumentReadError) -> XMLElement {
        guard depth <= limits.maxDepth else { throw error(.limitExceeded(.depth(limits.maxDepth))) }
        let startLine = line, startColumn = column
        advance()  // <
        let name = try readName(what: "an element name")
        var element = XMLElement(name: name, attributes: [], children: [], text: "", line: startLine, column: startColumn,
                                 textLine: startLine, textColumn: startColumn)
        while true {
            let sawSpace = skipWhitespace()
            guard let byte = peek() else { throw error(.syntax("the start tag <\(name)> is not closed")) }
            if byte == UInt8(ascii: "/") {
                advance()
                guard peek() == UInt8(ascii: ">") else { throw error(.syntax("expected \">\" after \"/\" in <\(name)>, found \(describeCurrent())")) }
                advance()
                element.textLine = line
                element.textColumn = column
                return element
            }
            if byte == UInt8(ascii: ">") { advance(); break }
            guard sawSpace else { throw error(.syntax("expected white space, \">\" or \"/>\" in <\(name)>, found \(describeCurrent())")) }
            let attributeLine = line, attributeColumn = column
            guard element.attributes.count < XMLReader.maxAttributes else {
                throw error(.syntax("<\(name)> has more than \(XMLReader.maxAttributes) attributes; GraphML elements have a few"))
            }
            let attributeName = try readName(what: "an attribute name")
            if element.attributes.contains(where: { $0.name == attributeName }) {
                throw DocumentReadError(problem: .syntax("the attribute \"\(attributeName)\" appears twice in <\(name)>"),
                                        line: attributeLine, column: attributeColumn)
            }
            skipWhitespace()
            guard peek() == UInt8(ascii: "=") else { throw error(.syntax("expected \"=\" after the attribute \"\(attributeName)\", found \(describeCurrent())")) }
            advance()
            skipWhitespace()
            let valueLine = line, valueColumn = column + 1
            let value = try readAttributeValue(of: attributeName)
            element.attributes.append(XMLAttribute(name: attributeName, value: value, line: attributeLine, column: attributeColumn,
                                                   valueLine: valueLine, valueColumn: valueColumn))
        }
        element.textLine = line
        element.textColumn = column
        var sawText = false
        while true {
            guard let byte = peek() else {
                throw DocumentReadError(problem: .syntax("the element <\(name)> is not closed; expected </\(name)>"), line: startLine, column: startColumn)
            }
            if byte == UInt8(ascii: "<") {
                if starts(with: "</") {
                    let closeLine = line, closeColumn = column
                    advance(by: 2)
                    let closing = try readName(what: "an element name")
                    guard closing == name else {
                        throw DocumentReadError(
                            problem: .syntax("</\(closing)> closes <\(name)>, which was opened at line \(startLine), column \(startColumn)"),
                            line: closeLine, column: closeColumn)
                    }
                    skipWhitespace()
                    guard peek() == UInt8(ascii: ">") else { throw error(.syntax("expected \">\" to end </\(name)>, found \(describeCurrent())")) }
                    advance()
                    return element
                } else if starts(with: "<!--") {
                    try skipComment()
                } else if starts(with: "<![CDATA[") {
                    if !sawText { (element.textLine, element.textColumn, sawText) = (line, column, true) }
                    advance(by: 9)
                    element.text += try readUntil("]]>", what: "a CDATA section", normalizingLineEnds: true)
                } else if starts(with: "<?") {
                    _ = try readUntil("?>", what: "a processing instruction")
                } else if starts(with: "<!DOCTYPE") || starts(with: "<!doctype") {
                    throw error(.xmlDoctypeRefused)
                } else if starts(with: "<!") {
                    throw error(.syntax("unexpected \"<!\" in <\(name)>; only comments and CDATA sections start so"))
                } else {
                    element.children.append(try readElement(depth: depth + 1))
                }
            } else {
                if !sawText, !isWhitespace(byte) { (element.textLine, element.textColumn, sawText) = (line, column, true) }
                try readCharacterData(into: &element.text)
            }
        }
    }

    /// Character data up to the next `<`, with references replaced and line ends normalised.
    private mutating func readCharacterData(into text: inout String) throws(DocumentReadError) {
        var run = offset
        while let byte = peek(), byte != UInt8(ascii: "<") {
            if byte == UInt8(ascii: "&") {
                text += decoded(run..<offset)
                text.unicodeScalars.append(try readReference())
                run = offset
            } else if byte == UInt8(ascii: "\r") {
                text += decoded(run..<offset)
                text += "\n"
                advance()
                if peek() == UInt8(ascii: "\n") { offset += 1 }
                run = offset
            } else if byte == UInt8(ascii: "]"), starts(with: "]]>") {
                throw error(.syntax("\"]]>\" is not allowed in text; write \"]]&gt;\""))
            } else {
                try checkAllowed(byte)
                advance()
            }
        }
        text += decoded(run..<offset)
    }

    private mutating func readAttributeValue(of attribute: String) throws(DocumentReadError) -> String {
        guard let quote = peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw error(.syntax("the value of the attribute \"\(attribute)\" must be in quotes, found \(describeCurrent())"))
        }
        advance()
        var value = ""
        var run = offset
        while true {
            guard let byte = peek() else { throw error(.syntax("the value of the attribute \"\(attribute)\" is not closed")) }
            if byte == quote { break }
            switch byte {
            case UInt8(ascii: "<"):
                throw error(.syntax("\"<\" is not allowed in the value of the attribute \"\(attribute)\"; write \"&lt;\""))
            case UInt8(ascii: "&"):
                value += decoded(run..<offset)
                value.unicodeScalars.append(try readReference())
                run = offset
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                // Attribute-value normalisation: a literal white-space character is a space
                // (a CR LF pair one space); a character reference keeps its character.
                value += decoded(run..<offset)
                value += " "
                let wasCR = byte == UInt8(ascii: "\r")
                advance()
                if wasCR, peek() == UInt8(ascii: "\n") { offset += 1 }
                run = offset
            default:
                try checkAllowed(byte)
                advance()
            }
        }
        value += decoded(run..<offset)
        advance()
        return value
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;`, `&#233;` and `&#xE9;`; any other entity is refused.
    private mutating func readReference() throws(DocumentReadError) -> Unicode.Scalar {
        let startLine = line, startColumn = column
        advance()  // &
        var name = ""
        while let byte = peek(), byte != UInt8(ascii: ";"), name.utf8.count <= 32 {
            guard byte != UInt8(ascii: "<"), byte != UInt8(ascii: "&"), !isWhitespace(byte) else { break }
            name.unicodeScalars.append(Unicode.Scalar(byte))
            advance()
        }
        guard peek() == UInt8(ascii: ";") else {
            throw DocumentReadError(problem: .syntax("\"&\" starts no reference here; write \"&amp;\" for an ampersand"),
                                    line: startLine, column: startColumn)
        }
        advance()
        func refuse(_ problem: Problem) -> DocumentReadError { DocumentReadError(problem: problem, line: startLine, column: startColumn) }
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard name.hasPrefix("#") else { throw refuse(.xmlEntityRefused(name)) }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, let scalar = Unicode.Scalar(value), XMLReader.isAllowed(scalar) else {
            throw refuse(.syntax("\"&\(name);\" is not a character XML allows"))
        }
        return scalar
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private func checkAllowed(_ byte: UInt8) throws(DocumentReadError) {
        if byte < 0x20, byte != 0x9, byte != 0xA, byte != 0xD {
            throw error(.syntax("the control character U+\(String(format4: byte)) is not allowed in XML"))
        }
    }

    /// An XML name: letters, digits, `_`, `-`, `.`, `:` and any non-ASCII character, not starting with a digit, `-` or `.`.
    private mutating func readName(what: String) throws(DocumentReadError) -> String {
        let start = offset
        while let byte = peek(), byte >= 0x80 || isNameByte(byte) { advance() }
        guard offset > start, let first = bytes[start...].first,
              first >= 0x80 || !(first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || (0x30...0x39).contains(first)) else {
            if offset > start { throw DocumentReadError(problem: .syntax("\"\(decoded(start..<offset))\" is not a valid XML name"), line: line, column: column - (offset - start)) }
            throw error(.syntax("expected \(what), found \(describeCurrent())"))
        }
        return decoded(start..<offset)
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    /// The text up to `terminator`, which is consumed; an error at the start when there is none.
    private mutating func readUntil(_ terminator: String, what: String, normalizingLineEnds: Bool = false) throws(DocumentReadError) -> String {
        let startLine = line, startColumn = column
        let start = offset
        while offset < bytes.count {
            if starts(with: terminator) {
                let text = decoded(start..<offset)
                advance(by: terminator.utf8.count)
                return normalizingLineEnds ? XMLReader.normalizedLineEnds(text) : text
            }
            try checkAllowed(bytes[offset])
            advance()
        }
        throw DocumentReadError(problem: .syntax("\(what) is not closed with \"\(terminator)\""), line: startLine, column: startColumn)
    }

    /// CR LF and a lone CR as LF, as XML reads every line end.
    private static func normalizedLineEnds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var output = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousWasCR { previousWasCR = false; continue }
            previousWasCR = scalar == "\r"
            output.unicodeScalars.append(previousWasCR ? "\n" : scalar)
        }
        return output
    }

    // MARK: Bytes

    private func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private func starts(with text: String) -> Bool {
        var index = offset
        for byte in text.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x9 || byte == 0xA || byte == 0xD
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = offset
        while let byte = peek(), isWhitespace(byte) { advance() }
        return offset > start
    }

    /// Moves one byte on, keeping the line and column (a CR LF pair is one line end).
    private mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == 0xA {
            if offset >= 2, bytes[offset - 2] == 0xD { return }  // the LF of CR LF: the CR counted
            line += 1
            column = 1
        } else if byte == 0xD {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    private func decoded(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func describeCurrent() -> String {
        guard offset < bytes.count else { return "the end of the file" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "\"\(Character(Unicode.Scalar(byte)))\"" }
        if byte == 0x20 { return "a space" }
        if byte == 0xA || byte == 0xD { return "a line break" }
        return byte < 0x80 ? "the byte 0x\(String(format4: byte))" : "\"\(String(decoding: bytes[offset...].prefix(4), as: UTF8.self).prefix(1))\""
    }

    private func error(_ problem: Problem) -> DocumentReadError {
        DocumentReadError(problem: problem, line: line, column: column)
    }
}

private extension String {
    /// A byte as four hex digits (`000C`).
    init(format4 byte: UInt8) {
        let hex = String(byte, radix: 16, uppercase: true)
        self = String(repeating: "0", count: 4 - hex.count) + hex
    }
}
