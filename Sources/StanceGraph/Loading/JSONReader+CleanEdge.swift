/// The JSON fast path for edges: an edge read straight from the bytes into an `Edge`, with no
/// `DocumentValue` tree in between.
///
/// It takes only an edge that `GraphDecoder.decodeEdge` would accept without a word: known
/// keys, each once, strings (escapes decoded by the general path's own decoder), values of
/// the right type and in range. Anything else (an invalid escape or a lone surrogate, an
/// unknown key, a bad date, a paraphrase without a passage, a syntax error) puts the reader
/// back where the edge starts and returns `false`, and the caller reads the edge the general
/// way, which reports it exactly as before. So the messages, their positions and the model
/// are the same whichever path an edge takes.
extension JSONReader {
    /// Reads the edge that starts here (at `{`) into `decoder` when it is clean; otherwise
    /// leaves the reader where it was and returns `false`.
    mutating func readCleanEdge(into decoder: inout GraphDecoder) -> Bool {
        // The edge, its provenance list and a record nest three deeper than the edge list.
        guard depth + 3 <= limits.maxDepth, peek() == UInt8(ascii: "{") else { return false }
        let saved = self
        do throws(DocumentReadError) {
            guard let clean = try readEdgeObject(file: decoder.file) else {
                self = saved
                return false
            }
            decoder.appendCleanEdge(clean.edge, sourceReferences: clean.sourceReferences, from: clean.from, to: clean.to)
            return true
        } catch {
            self = saved
            return false
        }
    }

    private struct CleanEdge {
        var edge: Edge
        var sourceReferences: [Reference]
        var from: SourceLocation
        var to: SourceLocation
    }

    /// The edge object at the reader, or `nil` (or a thrown error) when it is not clean.
    private mutating func readEdgeObject(file: String) throws(DocumentReadError) -> CleanEdge? {
        var edge = Edge(id: "", type: .supports, from: "", to: "", location: location(file))
        var sourceReferences: [Reference] = []
        var fromLocation: SourceLocation?, toLocation: SourceLocation?
        var seen: UInt32 = 0
        offset += 1
        skipWhitespace()
        guard peek() != UInt8(ascii: "}") else { return nil }  // no id, type, from, to: the slow path says so
        while true {
            skipWhitespace()
            guard let key = cleanKey(JSONReader.edgeKeyTable) else { return nil }
            guard seen & (1 << key) == 0 else { return nil }  // a repeated key: the slow path decides
            seen |= 1 << key
            skipWhitespace()
            switch JSONReader.edgeKeys[key] {
            case .id:
                guard let id = try cleanIdentifier() else { return nil }
                edge.id = id
            case .type:
                guard let type = try cleanEnumeration(JSONReader.edgeTypeTable, JSONReader.edgeTypes) else { return nil }
                edge.type = type
            case .from:
                fromLocation = location(file)
                guard let id = try cleanIdentifier() else { return nil }
                edge.from = id
            case .to:
                toLocation = location(file)
                guard let id = try cleanIdentifier() else { return nil }
                edge.to = id
            case .provenance:
                guard try readProvenanceList(file: file, into: &edge.provenance, references: &sourceReferences) else { return nil }
            case .confidence:
                guard let number = try cleanNumber(), number.isFinite, (0...1).contains(number) else { return nil }
                edge.confidence = number
            case .validFrom:
                guard let date = try cleanDate() else { return nil }
                edge.validFrom = date
            case .validUntil:
                guard let date = try cleanDate() else { return nil }
                edge.validUntil = date
            case .label:
                guard let text = try cleanString() else { return nil }
                edge.label = text
            case .notes:
                guard let text = try cleanString() else { return nil }
                edge.notes = text
            case .status:
                guard let status = try cleanEnumeration(JSONReader.edgeStatusTable, JSONReader.edgeStatuses) else { return nil }
                edge.status = status
            }
            skipWhitespace()
            if try consumeCleanSeparator(closing: UInt8(ascii: "}")) { break }
        }
        guard let fromLocation, let toLocation, !edge.id.isEmpty else { return nil }
        if let validFrom = edge.validFrom, let validUntil = edge.validUntil, validUntil < validFrom { return nil }
        if edge.type.isStance, edge.provenance.isEmpty { return nil }
        guard seen & JSONReader.requiredEdgeKeys == JSONReader.requiredEdgeKeys else { return nil }
        return CleanEdge(edge: edge, sourceReferences: sourceReferences, from: fromLocation, to: toLocation)
    }

    /// A provenance list whose every record is clean; `false` otherwise.
    private mutating func readProvenanceList(
        file: String, into records: inout [Provenance], references: inout [Reference]
    ) throws(DocumentReadError) -> Bool {
        guard peek() == UInt8(ascii: "[") else { return false }
        offset += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            offset += 1
            return true
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "{"), let record = try readProvenanceRecord(file: file, references: &references) else { return false }
            records.append(record)
            skipWhitespace()
            if try consumeCleanSeparator(closing: UInt8(ascii: "]")) { return true }
        }
    }

    private mutating func readProvenanceRecord(file: String, references: inout [Reference]) throws(DocumentReadError) -> Provenance? {
        var record = Provenance(source: "", attribution: .reporterSummary, location: location(file))
        var seen: UInt32 = 0
        offset += 1
        skipWhitespace()
        guard peek() != UInt8(ascii: "}") else { return nil }
        while true {
            skipWhitespace()
            guard let key = cleanKey(JSONReader.provenanceKeyTable) else { return nil }
            guard seen & (1 << key) == 0 else { return nil }
            seen |= 1 << key
            skipWhitespace()
            switch JSONReader.provenanceKeys[key] {
            case .source:
                let at = location(file)
                guard let id = try cleanIdentifier() else { return nil }
                record.source = id
                references.append(Reference(field: "source", id: id, expectation: .source, location: at))
            case .date:
                guard let date = try cleanDate() else { return nil }
                record.date = date
            case .attribution:
                guard let attribution = try cleanEnumeration(JSONReader.attributionTable, JSONReader.attributions) else { return nil }
                record.attribution = attribution
            case .quote:
                let at = location(file)
                guard let quote = try cleanString(), JSONReader.startsVisibly(quote) || !quote.trimmingWhitespace().isEmpty else { return nil }
                record.quote = quote
                record.quoteLocation = at
            case .paraphrase:
                guard let flag = try cleanBoolean() else { return nil }
                record.paraphrase = flag
            case .passage:
                let at = location(file)
                guard let passage = try cleanString() else { return nil }
                record.passage = passage
                record.passageLocation = at
            case .notes:
                guard let text = try cleanString() else { return nil }
                record.notes = text
            }
            skipWhitespace()
            if try consumeCleanSeparator(closing: UInt8(ascii: "}")) { break }
        }
        guard seen & JSONReader.requiredProvenanceKeys == JSONReader.requiredProvenanceKeys else { return nil }
        // Exactly one of a quote and a paraphrase, and a paraphrase names its passage (else a warning).
        guard (record.quote != nil) != record.paraphrase, !record.paraphrase || record.passage != nil else { return nil }
        return record
    }

    // MARK: Values

    /// The position of the value at the reader, as the general path records it.
    private mutating func location(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column(at: offset))
    }

    /// The index in `keys` of the quoted key at the reader, past its colon; `nil` for any other key.
    private mutating func cleanKey(_ keys: KeyTable) -> Int? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        let start = offset + 1
        let end = scanPlainString(from: start)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        let found: Int? = bytes.withUnsafeBufferPointer { buffer in
            keys.index(of: UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
        guard let found else { return nil }
        offset = end + 1
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else { return nil }
        offset += 1
        return found
    }

    /// A string no longer than a text may be, its escapes decoded as the general path decodes
    /// them (`readEscapedString`); an invalid escape or a lone surrogate throws, and the general
    /// path reports it.
    private mutating func cleanString() throws(DocumentReadError) -> String? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        let start = offset + 1
        let end = scanPlainString(from: start)
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            // No more bytes than a text may have characters.
            guard end - start <= GraphDecoder.maxTextLength else { return nil }
            offset = end + 1
            return plainText(start..<end)
        }
        offset = end
        let text = try readEscapedString(from: start)
        guard text.utf8.count <= GraphDecoder.maxTextLength else { return nil }
        return text
    }

    /// A value of an enumeration with string raw values, as `init(rawValue:)` reads it: the bytes
    /// of a plain string spelling a raw value are matched with `table` (`cases` in its order),
    /// without making a string; anything else goes through `cleanString` and `init(rawValue:)`.
    private mutating func cleanEnumeration<Value: RawRepresentable>(
        _ table: KeyTable, _ cases: [Value]
    ) throws(DocumentReadError) -> Value? where Value.RawValue == String {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        let start = offset + 1
        let end = scanPlainString(from: start)
        if end < bytes.count, bytes[end] == UInt8(ascii: "\""),
           let found = bytes.withUnsafeBufferPointer({ table.index(of: UnsafeBufferPointer(rebasing: $0[start..<end])) }) {
            offset = end + 1
            return cases[found]
        }
        guard let text = try cleanString() else { return nil }
        return Value(rawValue: text)
    }

    /// Whether a text starts with a visible ASCII character: then it is not all whitespace,
    /// and `trimmingWhitespace` need not walk it.
    private static func startsVisibly(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first > 0x20 && first < 0x7F
    }

    private mutating func cleanIdentifier() throws(DocumentReadError) -> String? {
        guard let text = try cleanString(), GraphDecoder.isValidID(text) else { return nil }
        return text
    }

    private mutating func cleanDate() throws(DocumentReadError) -> PartialDate? {
        guard let text = try cleanString() else { return nil }
        return try? PartialDate(parsing: text)
    }

    /// A JSON number (not a string, not `true`, `false` or `null`).
    private mutating func cleanNumber() throws(DocumentReadError) -> Double? {
        guard let first = peek(), first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) else { return nil }
        return Double(try readLiteral())
    }

    private mutating func cleanBoolean() throws(DocumentReadError) -> Bool? {
        guard let first = peek(), first == UInt8(ascii: "t") || first == UInt8(ascii: "f") else { return nil }
        switch try readLiteral() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// Consumes `,` (returns false) or the closing bracket (returns true); throws on anything else.
    private mutating func consumeCleanSeparator(closing: UInt8) throws(DocumentReadError) -> Bool {
        try consumeSeparator(closing: closing, in: closing == UInt8(ascii: "}") ? "object" : "array")
    }

    private static let edgeKeys = GraphDecoder.EdgeKey.allCases
    private static let provenanceKeys = GraphDecoder.ProvenanceKey.allCases
    private static let edgeKeyTable = KeyTable(edgeKeys.map(\.rawValue))
    private static let provenanceKeyTable = KeyTable(provenanceKeys.map(\.rawValue))
    private static let edgeTypes = EdgeType.allCases
    private static let edgeTypeTable = KeyTable(edgeTypes.map(\.rawValue))
    private static let edgeStatuses = EdgeStatus.allCases
    private static let edgeStatusTable = KeyTable(edgeStatuses.map(\.rawValue))
    private static let attributions = Attribution.allCases
    private static let attributionTable = KeyTable(attributions.map(\.rawValue))
    private static let requiredEdgeKeys: UInt32 = [GraphDecoder.EdgeKey.id, .type, .from, .to].reduce(0) { mask, key in
        mask | 1 << edgeKeys.firstIndex(of: key)!
    }
    private static let requiredProvenanceKeys: UInt32 = [GraphDecoder.ProvenanceKey.source, .attribution].reduce(0) { mask, key in
        mask | 1 << provenanceKeys.firstIndex(of: key)!
    }
}
