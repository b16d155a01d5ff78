/// Turns one parsed document into nodes and edges, reporting every problem it finds
/// rather than stopping at the first.
struct GraphDecoder {
    static let supportedVersions = [1]

    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var nodes: [Node] = []
    private(set) var edges: [Edge] = []
    private(set) var references: [Reference] = []
    /// Every id declared, with where, even by entries too broken to become nodes or edges:
    /// duplicates are still found, and references to them do not cascade into more errors.
    /// `cause` is the first error of an entry that was not kept: references to it follow from it.
    private(set) var declarations: [Declaration] = []
    /// Containers so broken that later errors follow from them (see `BrokenContainers`).
    private(set) var broken = BrokenContainers()
    private(set) var title: String?
    private(set) var description: String?
    private var sawVersion = false

    init(file: String) { self.file = file }

    // MARK: Keys

    static let topLevelKeys = ["version", "title", "description", "nodes", "edges"]
    static let nodeKeys = NodeKey.allCases.map(\.rawValue)
    static let actorOnlyKeys = Set([NodeKey.subtype, .side, .roles].map(\.rawValue))
    static let sourceOnlyKeys = Set([NodeKey.title, .publisher, .published, .file].map(\.rawValue))
    static let roleKeys = RoleKey.allCases.map(\.rawValue)
    static let edgeKeys = EdgeKey.allCases.map(\.rawValue)
    static let provenanceKeys = ProvenanceKey.allCases.map(\.rawValue)

    // The keys of each mapping; JSONExporter writes the format by these names.
    enum NodeKey: String, CaseIterable {
        case id, kind, label, aliases, description, subtype, side, roles, title, publisher, published, url, file, notes
    }

    enum RoleKey: String, CaseIterable {
        case title, of, from, until
    }

    enum EdgeKey: String, CaseIterable {
        case id, type, from, to, provenance, confidence, validFrom = "valid_from", validUntil = "valid_until", label, notes, status
    }

    enum ProvenanceKey: String, CaseIterable {
        case source, date, attribution, quote, paraphrase, passage, notes
    }

    // MARK: Top level

    /// Decodes a whole document (YAML, or small JSON).
    mutating func decodeDocument(_ value: DocumentValue?) {
        guard let value else {
            report(.wrongType(field: "the document", expected: "a mapping with version, nodes and edges", found: "an empty file"), line: 1, column: 1)
            return
        }
        guard case .mapping(let members) = value.content else {
            report(.wrongType(field: "the document", expected: "a mapping with version, nodes and edges", found: value.shapeDescription), at: value)
            return
        }
        for member in members { decodeTopLevel(key: member.key, value: member.value) }
        finishDocument(line: value.line, column: value.column)
    }

    mutating func decodeTopLevel(key: DocumentValue.Scalar, value: DocumentValue) {
        switch key.text {
        case "version":
            sawVersion = true
            if case .scalar(let scalar) = value.content, !scalar.quoted, let number = Int(scalar.text),
               GraphDecoder.supportedVersions.contains(number) { return }
            report(.unsupportedVersion(found: GraphDecoder.text(of: value), supported: GraphDecoder.supportedVersions), at: value)
        case "title": title = string(value, field: "title")
        case "description": description = string(value, field: "description")
        case "nodes":
            if !forEachElement(value, field: "nodes", { decoder, element in decoder.decodeNode(element) }) {
                broken.nodeList = broken.nodeList ?? location(of: value)
            }
        case "edges":
            if !forEachElement(value, field: "edges", { decoder, element in decoder.decodeEdge(element) }) {
                broken.edgeList = broken.edgeList ?? location(of: value)
            }
        default: reportUnknownKey(key, context: "the document", allowed: GraphDecoder.topLevelKeys)
        }
    }

    mutating func finishDocument(line: Int, column: Int) {
        if !sawVersion { report(.missingKey(key: "version", context: "the document"), line: line, column: column) }
    }

    // MARK: Nodes

    mutating func decodeNode(_ value: DocumentValue) {
        let errorsBefore = diagnostics.count
        guard let members = mapping(value, field: "a node") else {
            broken.nodeWithoutID = broken.nodeWithoutID ?? location(of: value)
            return
        }
        var id: String?, kind: NodeKind?, label: String?, idText: String?
        var node = Node(id: "", kind: .actor, label: "", location: location(of: value))
        var kindSpecific: [(key: DocumentValue.Scalar, value: DocumentValue)] = []
        for entry in members {
            let key = entry.key, member = entry.value
            switch key.text {
            case "id": id = identifier(member, field: "id"); idText = GraphDecoder.scalarText(of: member)
            case "kind": kind = enumeration(member, field: "node kind", as: NodeKind.self)
            case "label": label = string(member, field: "label")
            case "aliases": node.aliases = stringList(member, field: "aliases")
            case "description": node.description = string(member, field: "description")
            case "url": node.url = url(member)
            case "notes": node.notes = string(member, field: "notes")
            case _ where GraphDecoder.actorOnlyKeys.contains(key.text) || GraphDecoder.sourceOnlyKeys.contains(key.text):
                kindSpecific.append((key, member))
            default: reportUnknownKey(key, context: "a node", allowed: GraphDecoder.nodeKeys)
            }
        }
        for (key, member) in kindSpecific {
            let isActorKey = GraphDecoder.actorOnlyKeys.contains(key.text)
            if let kind, kind != (isActorKey ? .actor : .source) {
                report(.keyNotForKind(key: key.text, kind: kind, allowed: [isActorKey ? .actor : .source]), line: key.line, column: key.column)
                continue
            }
            switch key.text {
            case "subtype": node.subtype = enumeration(member, field: "actor subtype", as: ActorSubtype.self)
            case "side": node.side = string(member, field: "side")
            case "roles": forEachElement(member, field: "roles") { decoder, element in
                if let role = decoder.decodeRole(element) { node.roles.append(role) }
            }
            case "title": node.title = string(member, field: "title")
            case "publisher": node.publisher = string(member, field: "publisher")
            case "published": node.published = date(member, field: "published")
            case "file": node.file = string(member, field: "file")
            default: break
            }
        }
        let context = id.map { "node \"\($0)\"" } ?? "a node"
        if id == nil, !members.contains(where: { $0.key.text == "id" }) { report(.missingKey(key: "id", context: context), at: value) }
        if kind == nil, !members.contains(where: { $0.key.text == "kind" }) { report(.missingKey(key: "kind", context: context), at: value) }
        if let labelMember = members.first(where: { $0.key.text == "label" }) {
            if label?.trimmingWhitespace().isEmpty ?? false { report(.emptyValue(field: "the label", context: context), at: labelMember.value) }
        } else {
            report(.missingKey(key: "label", context: context), at: value)
        }
        let cause = id != nil && kind != nil ? nil : firstError(since: errorsBefore)
        if let text = id ?? idText, !text.isEmpty {
            // An id that is not a valid string (`42`, `Bad Id!`) is still declared, so that
            // references to it follow from its error instead of each being one more.
            declarations.append(Declaration(id: text, location: location(of: value), cause: cause))
        } else if let cause {
            broken.nodeWithoutID = broken.nodeWithoutID ?? cause
        }
        guard let id, let kind else { return }
        node.id = id
        node.kind = kind
        node.label = label ?? id
        nodes.append(node)
    }

    mutating func decodeRole(_ value: DocumentValue) -> Role? {
        guard let members = mapping(value, field: "a role") else { return nil }
        var role = Role(title: "")
        var hasTitle = false
        for entry in members {
            let key = entry.key, member = entry.value
            switch key.text {
            case "title": role.title = string(member, field: "role title") ?? ""; hasTitle = true
            case "of":
                if let id = identifier(member, field: "role of") {
                    role.of = id
                    references.append(Reference(field: "role of", id: id, expectation: .actor, location: location(of: member)))
                }
            case "from": role.from = date(member, field: "role from")
            case "until": role.until = date(member, field: "role until")
            default: reportUnknownKey(key, context: "a role", allowed: GraphDecoder.roleKeys)
            }
        }
        if !hasTitle { report(.missingKey(key: "title", context: "a role"), at: value) }
        if let from = role.from, let until = role.until, until < from { report(.roleOrderReversed(title: role.title), at: value) }
        return role
    }

    // MARK: Edges

    mutating func decodeEdge(_ value: DocumentValue) {
        let errorsBefore = diagnostics.count
        guard let members = mapping(value, field: "an edge") else { return }
        var id: String?, type: EdgeType?, from: (String, DocumentValue)?, to: (String, DocumentValue)?
        var edge = Edge(id: "", type: .supports, from: "", to: "", location: location(of: value))
        var provenanceMember: DocumentValue?
        var present = (id: false, type: false, from: false, to: false)
        for entry in members {
            let key = entry.key, member = entry.value
            switch key.text {
            case "id": present.id = true; id = identifier(member, field: "id")
            case "type": present.type = true; type = enumeration(member, field: "edge type", as: EdgeType.self)
            case "from": present.from = true; from = identifier(member, field: "from").map { ($0, member) }
            case "to": present.to = true; to = identifier(member, field: "to").map { ($0, member) }
            case "provenance":
                provenanceMember = member
                forEachElement(member, field: "provenance") { decoder, element in
                    if let record = decoder.decodeProvenance(element) { edge.provenance.append(record) }
                }
            case "confidence":
                if let number = number(member, field: "confidence") {
                    if number.isFinite, (0...1).contains(number) { edge.confidence = number } else { report(.confidenceOutOfRange(number), at: member) }
                }
            case "valid_from": edge.validFrom = date(member, field: "valid_from")
            case "valid_until": edge.validUntil = date(member, field: "valid_until")
            case "label": edge.label = string(member, field: "label")
            case "notes": edge.notes = string(member, field: "notes")
            case "status": edge.status = enumeration(member, field: "edge status", as: EdgeStatus.self)
            default: reportUnknownKey(key, context: "an edge", allowed: GraphDecoder.edgeKeys)
            }
        }
        let context = id.map { "edge \"\($0)\"" } ?? "an edge"
        if !present.id { report(.missingKey(key: "id", context: context), at: value) }
        if !present.type { report(.missingKey(key: "type", context: context), at: value) }
        if !present.from { report(.missingKey(key: "from", context: context), at: value) }
        if !present.to { report(.missingKey(key: "to", context: context), at: value) }
        if let validFrom = edge.validFrom, let validUntil = edge.validUntil, validUntil < validFrom {
            report(.dateRangeReversed(from: validFrom, until: validUntil), at: value)
        }
        if let type, let id, type.isStance, edge.provenance.isEmpty {
            report(.missingProvenance(edge: id, type: type), at: provenanceMember ?? value)
        }
        let complete = id != nil && type != nil && from != nil && to != nil
        if let id { declarations.append(Declaration(id: id, location: location(of: value), cause: complete ? nil : firstError(since: errorsBefore))) }
        let index = complete ? edges.count : nil
        if let from { references.append(Reference(field: "from", id: from.0, expectation: .node, location: location(of: from.1), edgeIndex: index)) }
        if let to { references.append(Reference(field: "to", id: to.0, expectation: .nodeOrEdge, location: location(of: to.1), edgeIndex: index)) }
        guard let id, let type, let from, let to else { return }
        edge.id = id
        edge.type = type
        edge.from = from.0
        edge.to = to.0
        edges.append(edge)
    }

    /// Records an edge the JSON fast path read (one `decodeEdge` accepts without a diagnostic)
    /// as `decodeEdge` records it: its declaration, its references in the same order, the edge.
    mutating func appendCleanEdge(_ edge: Edge, sourceReferences: [Reference], from: SourceLocation, to: SourceLocation) {
        declarations.append(Declaration(id: edge.id, location: edge.location ?? from, cause: nil))
        references.append(contentsOf: sourceReferences)
        references.append(Reference(field: "from", id: edge.from, expectation: .node, location: from, edgeIndex: edges.count))
        references.append(Reference(field: "to", id: edge.to, expectation: .nodeOrEdge, location: to, edgeIndex: edges.count))
        edges.append(edge)
    }

    mutating func decodeProvenance(_ value: DocumentValue) -> Provenance? {
        guard let members = mapping(value, field: "a provenance record") else { return nil }
        var record = Provenance(source: "", attribution: .reporterSummary, location: location(of: value))
        var source: String?, attribution: Attribution?
        var present = (source: false, attribution: false)
        for entry in members {
            let key = entry.key, member = entry.value
            switch key.text {
            case "source":
                present.source = true
                source = identifier(member, field: "source")
                if let source {
                    references.append(Reference(field: "source", id: source, expectation: .source, location: location(of: member)))
                }
            case "date": record.date = date(member, field: "date")
            case "attribution": present.attribution = true; attribution = enumeration(member, field: "attribution", as: Attribution.self)
            case "quote":
                record.quote = string(member, field: "quote")
                record.quoteLocation = location(of: member)
                if record.quote?.trimmingWhitespace().isEmpty ?? false { report(.emptyValue(field: "the quote", context: "a provenance record"), at: member) }
            case "paraphrase": record.paraphrase = boolean(member, field: "paraphrase") ?? false
            case "passage":
                record.passage = string(member, field: "passage")
                record.passageLocation = location(of: member)
            case "notes": record.notes = string(member, field: "notes")
            default: reportUnknownKey(key, context: "a provenance record", allowed: GraphDecoder.provenanceKeys)
            }
        }
        if !present.source { report(.missingKey(key: "source", context: "a provenance record"), at: value) }
        if !present.attribution { report(.missingKey(key: "attribution", context: "a provenance record"), at: value) }
        if record.quote != nil && record.paraphrase {
            report(.quoteOrParaphrase(both: true), at: value)
        } else if record.quote == nil && !record.paraphrase {
            report(.quoteOrParaphrase(both: false), at: value)
        } else if record.paraphrase && record.passage == nil {
            diagnostics.append(.warning(.paraphraseWithoutPassage, at: location(of: value)))
        }
        guard let source, let attribution else { return nil }
        record.source = source
        record.attribution = attribution
        return record
    }

    // MARK: Values

    private mutating func mapping(_ value: DocumentValue, field: String) -> [DocumentValue.Member]? {
        guard case .mapping(let members) = value.content else {
            report(.wrongType(field: field.prefix(1).uppercased() + field.dropFirst(), expected: "a mapping", found: value.shapeDescription), at: value)
            return nil
        }
        return members
    }

    /// Calls `body` with each element of a list; `false` when `value` is not a list (nor null).
    @discardableResult
    private mutating func forEachElement(_ value: DocumentValue, field: String, _ body: (inout GraphDecoder, DocumentValue) -> Void) -> Bool {
        if case .scalar(let scalar) = value.content, scalar.isNull { return true }
        guard case .sequence(let elements) = value.content else {
            report(.wrongType(field: field, expected: "a list", found: value.shapeDescription), at: value)
            return false
        }
        for element in elements { body(&self, element) }
        return true
    }

    /// The most characters of any text: a label, quote, passage, description or note.
    static let maxTextLength = InputLimits.maxTextLength

    private mutating func string(_ value: DocumentValue, field: String) -> String? {
        guard case .scalar(let scalar) = value.content else {
            report(.wrongType(field: field, expected: "a string", found: value.shapeDescription), at: value)
            return nil
        }
        if let tag = scalar.tag, tag != .null {
            report(.tagMismatch(field: field, tag: tag.written, expected: "a string"), at: value)
            return nil
        }
        // At most 4 bytes a character: only a long text is counted.
        if scalar.text.utf8.count > GraphDecoder.maxTextLength, scalar.text.count > GraphDecoder.maxTextLength {
            report(.textTooLong(field: field, length: scalar.text.count, limit: GraphDecoder.maxTextLength), at: value)
            return nil
        }
        return scalar.isNull ? "" : scalar.text
    }

    private mutating func stringList(_ value: DocumentValue, field: String) -> [String] {
        var result: [String] = []
        forEachElement(value, field: field) { decoder, element in
            if let text = decoder.string(element, field: "an entry of \(field)") { result.append(text) }
        }
        return result
    }

    /// An id or a reference to one: a string (a number, boolean or null is not), and a slug.
    private mutating func identifier(_ value: DocumentValue, field: String) -> String? {
        if case .scalar(let scalar) = value.content, !scalar.quoted, scalar.tag == nil, value.shapeDescription != "a string" {
            report(.wrongType(field: field, expected: "a string", found: value.shapeDescription), at: value)
            return nil
        }
        guard let text = string(value, field: field) else { return nil }
        guard GraphDecoder.isValidID(text) else {
            report(text.isEmpty ? .emptyValue(field: field, context: "this entry") : .invalidID(text), at: value)
            return nil
        }
        return text
    }

    static func isValidID(_ text: String) -> Bool {
        var text = text
        // Native strings are contiguous UTF-8; this makes the check a plain loop over bytes.
        return text.withUTF8 { utf8 in
            guard let first = utf8.first, utf8.count <= 200, isAlphanumeric(first) else { return false }
            return utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private mutating func enumeration<Value: RawRepresentable & CaseIterable>(
        _ value: DocumentValue, field: String, as type: Value.Type
    ) -> Value? where Value.RawValue == String {
        guard let text = string(value, field: field) else { return nil }
        if let result = Value(rawValue: text) { return result }
        let allowed = Value.allCases.map(\.rawValue)
        report(.unknownValue(field: field, value: text, allowed: allowed, suggestion: Suggestions.closest(to: text, in: allowed)), at: value)
        return nil
    }

    private mutating func date(_ value: DocumentValue, field: String) -> PartialDate? {
        guard let text = string(value, field: field) else { return nil }
        do {
            return try PartialDate(parsing: text)
        } catch {
            report(.invalidDate(field: field, text: text, reason: error), at: value)
            return nil
        }
    }

    private mutating func number(_ value: DocumentValue, field: String) -> Double? {
        guard case .scalar(let scalar) = value.content, !scalar.quoted, !scalar.isNull, scalar.tag != .bool else {
            report(.wrongType(field: field, expected: "a number", found: value.shapeDescription), at: value)
            return nil
        }
        guard let number = Double(scalar.text), scalar.tag != .int || Int(scalar.text) != nil else {
            report(.invalidNumber(field: field, text: scalar.text), at: value)
            return nil
        }
        return number
    }

    private mutating func boolean(_ value: DocumentValue, field: String) -> Bool? {
        if case .scalar(let scalar) = value.content, !scalar.quoted, scalar.tag == nil || scalar.tag == .bool,
           scalar.text == "true" || scalar.text == "false" {
            return scalar.text == "true"
        }
        report(.wrongType(field: field, expected: "true or false", found: value.shapeDescription), at: value)
        return nil
    }

    private mutating func url(_ value: DocumentValue) -> String? {
        guard let text = string(value, field: "url") else { return nil }
        let lowered = text.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else {
            report(.unsafeURL(text), at: value)
            return nil
        }
        return text
    }

    /// The text of a scalar, or `nil` for a mapping, a list or null.
    private static func scalarText(of value: DocumentValue) -> String? {
        guard case .scalar(let scalar) = value.content, !scalar.isNull else { return nil }
        return scalar.text
    }

    private static func text(of value: DocumentValue) -> String {
        if case .scalar(let scalar) = value.content { return scalar.text }
        return value.shapeDescription
    }

    // MARK: Reporting

    private mutating func reportUnknownKey(_ key: DocumentValue.Scalar, context: String, allowed: [String]) {
        report(.unknownKey(key: key.text, context: context, suggestion: Suggestions.closest(to: key.text, in: allowed), allowed: allowed),
               line: key.line, column: key.column)
    }

    /// Where the first error reported after the first `count` diagnostics is.
    private func firstError(since count: Int) -> SourceLocation? {
        diagnostics[count...].first { $0.severity == .error }?.location
    }

    private func location(of value: DocumentValue) -> SourceLocation {
        SourceLocation(file: file, line: value.line, column: value.column)
    }

    private mutating func report(_ problem: Problem, at value: DocumentValue) {
        report(problem, line: value.line, column: value.column)
    }

    mutating func warn(_ problem: Problem, line: Int, column: Int) {
        diagnostics.append(.warning(problem, at: SourceLocation(file: file, line: line, column: column)))
    }

    mutating func report(_ problem: Problem, line: Int, column: Int) {
        diagnostics.append(.error(problem, at: SourceLocation(file: file, line: line, column: column)))
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Substring(scalars[start...end])
    }
}

/// An id declared by a node or an edge, and, when the entry was too broken to keep, its first error.
struct Declaration {
    var id: String
    var location: SourceLocation
    var cause: SourceLocation?
}

/// Where the containers are whose breakage makes other errors follow: the first of each kind.
struct BrokenContainers {
    /// A `nodes` that is not a list: every reference to a node dangles.
    var nodeList: SourceLocation?
    /// An `edges` that is not a list: every node looks unconnected.
    var edgeList: SourceLocation?
    /// The first error of a node whose id could not be read at all (null, a list, an entry
    /// that is not a mapping): references that name no declared id, and are no near miss of
    /// one (no suggestion), may have meant it.
    var nodeWithoutID: SourceLocation?

    mutating func merge(_ other: BrokenContainers) {
        nodeList = nodeList ?? other.nodeList
        edgeList = edgeList ?? other.edgeList
        nodeWithoutID = nodeWithoutID ?? other.nodeWithoutID
    }
}
