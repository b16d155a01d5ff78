/// Reads a file of stancegraph's CSV export (`nodes.csv` or `edges.csv`, told apart by the
/// header) into a `GraphDecoder`.
///
/// Columns are matched by name in the flat vocabulary the export writes by
/// (`FlatNodeAttribute`, `FlatEdgeAttribute`), whatever their order; neo4j-admin's typed
/// columns say where the id (`:ID`) and an edge's ends (`:START_ID`, `:END_ID`) are; `:LABEL`,
/// `:TYPE` and the values recomputed from others (`stance`, `sources`, `date`…) are not read.
/// An empty field is no value; `""` is an empty text. A column that is not in the vocabulary
/// is reported once, as a warning. Every error is at the line and column of its field.
struct CSVGraphReader {
    let limits: InputLimits

    private enum Column {
        case nodeID
        case node(FlatNodeAttribute)
        case start
        case end
        case edge(FlatEdgeAttribute)
        case notRead
    }

    func read(_ bytes: [UInt8], into decoder: inout GraphDecoder) throws(DocumentReadError) {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw DocumentReadError(problem: .syntax("the file is not valid UTF-8 text"), line: 1, column: 1)
        }
        var reader = CSVReader(bytes: bytes)
        guard let header = try reader.nextRecord() else { return }
        let types = header.fields.map { field in
            field.text.lastIndex(of: ":").map { (String(field.text[..<$0]), CSVLayout.FieldType(rawValue: String(field.text[field.text.index(after: $0)...]))) }
                ?? (field.text, nil)
        }
        let isNodes = types.contains { $0.1 == .id }
        guard isNodes || types.contains(where: { $0.1 == .startID }) else {
            throw DocumentReadError(problem: .csvHeaderUnknown(first: header.fields.first?.text ?? ""), line: header.line, column: 1)
        }
        var columns: [Column] = []
        for (field, (name, type)) in zip(header.fields, types) {
            let column: Column?
            switch type {
            case .id?: column = .nodeID
            case .startID?: column = .start
            case .endID?: column = .end
            case .label?, .type?: column = .notRead
            default: column = isNodes ? FlatNodeAttribute(rawValue: name).map(Column.node) : FlatEdgeAttribute(rawValue: name).map(Column.edge)
            }
            if column == nil {
                let known = isNodes ? FlatNodeAttribute.allCases.map(\.rawValue) : FlatEdgeAttribute.allCases.filter { $0 != .edgeID }.map(\.rawValue)
                decoder.warn(.flatAttributeNotRead(name: field.text, element: isNodes ? "node" : "edge", known: known), line: field.line, column: field.column)
            }
            columns.append(column ?? .notRead)
        }
        if !isNodes, !types.contains(where: { $0.1 == .endID }) {
            throw DocumentReadError(problem: .csvColumnMissing(":\(CSVLayout.FieldType.endID.rawValue)"), line: header.line, column: 1)
        }
        while let row = try reader.nextRecord() {
            guard row.fields.count == columns.count else {
                decoder.report(.csvFieldCount(expected: columns.count, found: row.fields.count), line: row.line, column: 1)
                continue
            }
            var record = FlatRecord(line: row.line, column: 1)
            var claimed: CSVReader.Field?
            for (field, column) in zip(row.fields, columns) where !field.isAbsent {
                switch column {
                case .nodeID: record.addText(GraphDecoder.NodeKey.id.rawValue, field.text, line: field.line, column: field.column)
                case .start: record.addText(GraphDecoder.EdgeKey.from.rawValue, field.text, line: field.line, column: field.column)
                case .end: record.addText(GraphDecoder.EdgeKey.to.rawValue, field.text, line: field.line, column: field.column)
                case .edge(.targetEdge): claimed = field
                case .node(let attribute): add(field, attribute.reading, attribute.rawValue, to: &record, decoder: &decoder)
                case .edge(let attribute): add(field, attribute.reading, attribute.rawValue, to: &record, decoder: &decoder)
                case .notRead: break
                }
            }
            if let claimed {
                // The claim is about this edge; :END_ID is only the node that edge ends at.
                record.replaceText(GraphDecoder.EdgeKey.to.rawValue, claimed.text, line: claimed.line, column: claimed.column)
            }
            if isNodes { decoder.decodeNode(record.value) } else { decoder.decodeEdge(record.value) }
        }
    }

    private func add(_ field: CSVReader.Field, _ reading: FlatReading, _ name: String, to record: inout FlatRecord, decoder: inout GraphDecoder) {
        // A quoted field opens one column before its text.
        let column = field.quoted ? field.column + 1 : field.column
        record.add(reading, attribute: name, text: field.text, line: field.line, column: column, limits: limits, decoder: &decoder)
    }
}
