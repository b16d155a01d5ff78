/// A node or an edge of a flat file (a GraphML `<node>`, a CSV row) put together as the
/// mapping the input format would have, so that `GraphDecoder` checks it exactly as it checks
/// YAML and JSON: the same rules, the same messages, at the positions of the flat file.
struct FlatRecord {
    private(set) var members: [DocumentValue.Member] = []
    let line: Int
    let column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The mapping, positioned where the element or row starts.
    var value: DocumentValue { DocumentValue(content: .mapping(members), line: line, column: column) }

    func has(_ key: String) -> Bool { members.contains { $0.key.text == key } }

    /// Adds `text` under `key` as text: always a string, never a number or a boolean.
    mutating func addText(_ key: String, _ text: String, line: Int, column: Int) {
        append(key, DocumentValue(content: .scalar(.init(text: text, quoted: true, line: line, column: column)), line: line, column: column))
    }

    /// Replaces the value of `key` (or adds it).
    mutating func replaceText(_ key: String, _ text: String, line: Int, column: Int) {
        members.removeAll { $0.key.text == key }
        addText(key, text, line: line, column: column)
    }

    /// Adds the value of a flat attribute read as `reading` says; a value that is not valid
    /// JSON where JSON belongs is reported to `decoder` and left out.
    mutating func add(_ reading: FlatReading, attribute: String, text: String, line: Int, column: Int,
                      limits: InputLimits, decoder: inout GraphDecoder) {
        switch reading {
        case .derived:
            return
        case .text(let key):
            addText(key, text, line: line, column: column)
        case .literal(let key):
            let trimmed = String(text.trimmingWhitespace())
            append(key, DocumentValue(content: .scalar(.init(text: trimmed, quoted: false, line: line, column: column)), line: line, column: column))
        case .json(let key):
            var reader = JSONReader(bytes: Array(text.utf8), limits: limits)
            do throws(DocumentReadError) {
                let parsed = try reader.readDocument()
                append(key, FlatRecord.rebased(parsed, line: line, column: column))
            } catch {
                let place = FlatRecord.rebase(line: error.line, column: error.column, onto: (line, column))
                decoder.report(.flatValueNotJSON(attribute: attribute, reason: error.problem.message), line: place.line, column: place.column)
            }
        }
    }

    /// The first value of a key wins: an id given twice (`<edge id>` and its `edge_id` data) is read once.
    private mutating func append(_ key: String, _ value: DocumentValue) {
        guard !has(key) else { return }
        members.append(.init(key: .init(text: key, quoted: true, line: value.line, column: value.column), value: value))
    }

    /// A value parsed from text that starts at `line`:`column` of the file, moved there.
    private static func rebased(_ value: DocumentValue, line: Int, column: Int) -> DocumentValue {
        var value = value
        (value.line, value.column) = rebase(line: value.line, column: value.column, onto: (line, column))
        switch value.content {
        case .scalar(var scalar):
            (scalar.line, scalar.column) = (value.line, value.column)
            value.content = .scalar(scalar)
        case .sequence(let elements):
            value.content = .sequence(elements.map { rebased($0, line: line, column: column) })
        case .mapping(let members):
            value.content = .mapping(members.map { member in
                var key = member.key
                (key.line, key.column) = rebase(line: key.line, column: key.column, onto: (line, column))
                return .init(key: key, value: rebased(member.value, line: line, column: column))
            })
        }
        return value
    }

    /// A position within a value's text as a position in the file the text starts in.
    private static func rebase(line: Int, column: Int, onto start: (line: Int, column: Int)) -> (line: Int, column: Int) {
        line <= 1 ? (start.line, start.column + column - 1) : (start.line + line - 1, column)
    }
}

extension FlatRecord {
    /// The text of `key`, when it was given as text.
    func text(of key: String) -> String? {
        for member in members where member.key.text == key {
            if case .scalar(let scalar) = member.value.content { return scalar.text }
        }
        return nil
    }
}
