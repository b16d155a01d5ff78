import Yams

/// Reads YAML through Yams (libyaml) into ``DocumentValue``, keeping every position.
///
/// Yams' `Decodable` path loses positions, so the document is composed into `Yams.Node`s,
/// which carry their `Mark`, and converted here. Aliases are followed under a budget, so
/// that a "billion laughs" document is an error and not an out-of-memory kill.
struct YAMLReader {
    let text: String
    let limits: InputLimits

    func readDocument() throws(DocumentReadError) -> DocumentValue? {
        try checkStructuralDepth()
        if case .read(let document) = readWithoutTagResolution() { return document }
        let root: Yams.Node?
        do {
            root = try Yams.Parser(yaml: text).singleRoot()
        } catch let error as YamlError {
            throw YAMLReader.translate(error)
        } catch {
            throw DocumentReadError(problem: .syntax("\(error)"), line: 1, column: 1)
        }
        guard let root else { return nil }
        var budget = max(10_000, text.utf8.count * limits.maxValuesPerByte)
        var plainKeys = true
        return try convert(root, depth: 0, budget: &budget, plainKeys: &plainKeys)
    }

    private enum Attempt {
        case read(DocumentValue?)
        case needsFullParse
    }

    /// The fast path: parses with Yams' basic resolver, which resolves no tags.
    ///
    /// With the default resolver Yams matches every mapping key against its regular
    /// expressions (int, bool, float, null, timestamp…) to check for duplicate keys, which is
    /// most of the time a large YAML file takes. Tags only matter there: to tell `1` from `"1"`.
    /// When every key is a string (plain, quoted or `!!str`), two keys are duplicates under the
    /// default resolver exactly when their texts are equal, as under the basic one, and nothing
    /// else read here depends on tags. So the result is the same; for anything else (an error,
    /// a tagged or non-scalar key) the document is read again the full way, which gives the
    /// exact same messages as before.
    private func readWithoutTagResolution() -> Attempt {
        let root: Yams.Node?
        do {
            root = try Yams.Parser(yaml: text, resolver: .basic).singleRoot()
        } catch {
            return .needsFullParse
        }
        guard let root else { return .read(nil) }
        var budget = max(10_000, text.utf8.count * limits.maxValuesPerByte)
        var plainKeys = true
        do {
            let document = try convert(root, depth: 0, budget: &budget, plainKeys: &plainKeys)
            return plainKeys ? .read(document) : .needsFullParse
        } catch {
            return .needsFullParse
        }
    }

    /// The tag every string key has after Yams' duplicate check, with either resolver.
    private static let stringTag = Yams.Tag.Name.str.rawValue

    private func convert(_ node: Yams.Node, depth: Int, budget: inout Int, plainKeys: inout Bool) throws(DocumentReadError) -> DocumentValue {
        let line = node.mark?.line ?? 1, column = node.mark?.column ?? 1
        budget -= 1
        if budget < 0 {
            throw DocumentReadError(problem: .limitExceeded(.aliasExpansion(text.utf8.count * limits.maxValuesPerByte)), line: line, column: column)
        }
        if depth > limits.maxDepth {
            throw DocumentReadError(problem: .limitExceeded(.depth(limits.maxDepth)), line: line, column: column)
        }
        let tag = try YAMLReader.checkedTag(of: node, line: line, column: column)
        switch node {
        case .scalar(let scalar):
            var value = YAMLReader.scalar(scalar, line: line, column: column)
            if tag == .str { value.quoted = true } else if let tag { value.tag = DocumentValue.CoreTag(rawValue: tag.rawValue) }
            return DocumentValue(content: .scalar(value), line: line, column: column)
        case .mapping(let mapping):
            var members: [DocumentValue.Member] = []
            members.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyLine = key.mark?.line ?? line, keyColumn = key.mark?.column ?? column
                guard case .scalar(let keyScalar) = key else {
                    throw DocumentReadError(problem: .wrongType(field: "a mapping key", expected: "a string", found: "a \(key.isMapping ? "mapping" : "list")"), line: keyLine, column: keyColumn)
                }
                if keyScalar.tag.rawValue != YAMLReader.stringTag { plainKeys = false }
                members.append(.init(key: YAMLReader.scalar(keyScalar, line: keyLine, column: keyColumn), value: try convert(value, depth: depth + 1, budget: &budget, plainKeys: &plainKeys)))
            }
            return DocumentValue(content: .mapping(members), line: line, column: column)
        case .sequence(let sequence):
            var elements: [DocumentValue] = []
            elements.reserveCapacity(sequence.count)
            for element in sequence { elements.append(try convert(element, depth: depth + 1, budget: &budget, plainKeys: &plainKeys)) }
            return DocumentValue(content: .sequence(elements), line: line, column: column)
        case .alias:
            // Yams resolves aliases while composing; an unresolved one is an undefined anchor.
            throw DocumentReadError(problem: .syntax("undefined YAML alias"), line: line, column: column)
        }
    }

    /// The YAML core schema: the only tags a graph file may use.
    enum CoreSchemaTag: String, CaseIterable {
        case str, int, float, bool, null, map, seq

        static let prefix = "tag:yaml.org,2002:"
    }

    /// The tag written in the file on this node, if any, when it is one of the core schema's;
    /// a tag outside it, or a container tag on the wrong kind of node, is an error at the node
    /// (where its tag is written). Read before Yams resolves the tag (`Tag.description` is the
    /// name as parsed until then: empty for a plain scalar, `!` for a quoted one).
    private static func checkedTag(of node: Yams.Node, line: Int, column: Int) throws(DocumentReadError) -> CoreSchemaTag? {
        let raw: String
        switch node {
        case .scalar(let scalar): raw = scalar.tag.description
        case .mapping(let mapping): raw = mapping.tag.description
        case .sequence(let sequence): raw = sequence.tag.description
        case .alias: return nil
        }
        guard !raw.isEmpty, raw != "!" else { return nil }
        let name = raw.hasPrefix(CoreSchemaTag.prefix) ? String(raw.dropFirst(CoreSchemaTag.prefix.count)) : nil
        let written = name.map { "!!" + $0 } ?? raw
        guard let name, let tag = CoreSchemaTag(rawValue: name) else {
            throw DocumentReadError(problem: .unsupportedTag(written), line: line, column: column)
        }
        let fits: Bool
        switch node {
        case .scalar: fits = tag != .map && tag != .seq
        case .mapping: fits = tag == .map
        case .sequence: fits = tag == .seq
        case .alias: fits = true
        }
        guard fits else {
            let (shape, fitting): (String, String)
            switch node {
            case .mapping: (shape, fitting) = ("a mapping", "!!map")
            case .sequence: (shape, fitting) = ("a list", "!!seq")
            default: (shape, fitting) = ("a single value", "!!str, !!int, !!float, !!bool or !!null")
            }
            throw DocumentReadError(problem: .tagMismatch(field: shape, tag: written, expected: "tagged \(fitting) or not at all"), line: line, column: column)
        }
        return tag
    }

    private static func scalar(_ scalar: Yams.Node.Scalar, line: Int, column: Int) -> DocumentValue.Scalar {
        .init(text: scalar.string, quoted: scalar.style != .plain && scalar.style != .any, line: line, column: column)
    }

    /// libyaml composes recursively, so absurd nesting must be refused before it is parsed.
    /// Counts flow brackets outside quotes, and block nesting by indentation and leading
    /// `- `/`? ` markers; a conservative bound, not a YAML parser.
    private func checkStructuralDepth() throws(DocumentReadError) {
        var flowDepth = 0
        var line = 1, column = 1
        var atLineStart = true, indentation = 0, markers = 0
        var quote: UInt8? = nil
        var inComment = false
        let bytes = text.utf8
        var previous: UInt8 = 0x0A
        let blockLimit = limits.maxDepth * 8
        for byte in bytes {
            defer { previous = byte }
            if byte == 0x0A {
                line += 1; column = 1; atLineStart = true; indentation = 0; markers = 0; inComment = false
                if quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") { continue }
                continue
            }
            column += (byte & 0xC0 != 0x80) ? 1 : 0
            if inComment { continue }
            if atLineStart {
                if byte == 0x20 { indentation += 1; continue }
                if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?")) { markers += 1; continue }
                atLineStart = false
                if indentation + markers * 2 > blockLimit {
                    throw DocumentReadError(problem: .limitExceeded(.depth(limits.maxDepth)), line: line, column: column)
                }
            }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "#") where previous == 0x20 || previous == 0x0A: inComment = true
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                if previous == 0x20 || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{")
                    || previous == UInt8(ascii: ",") || previous == UInt8(ascii: ":") { quote = byte }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                if flowDepth > limits.maxDepth {
                    throw DocumentReadError(problem: .limitExceeded(.depth(limits.maxDepth)), line: line, column: column)
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
            default: break
            }
        }
    }

    private static func translate(_ error: YamlError) -> DocumentReadError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = problem
            if let context { message = "\(problem) (\(context.text) at line \(context.mark.line))" }
            return DocumentReadError(problem: .syntax("YAML: \(message)"), line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            return DocumentReadError(problem: .duplicateKey(key: duplicates.joined(separator: "\", \"")), line: context.mark.line, column: context.mark.column)
        case let .reader(problem, _, _, _):
            return DocumentReadError(problem: .syntax("YAML: \(problem)"), line: 1, column: 1)
        default:
            return DocumentReadError(problem: .syntax("YAML: \(error)"), line: 1, column: 1)
        }
    }
}

extension Yams.Node {
    fileprivate var isMapping: Bool { if case .mapping = self { return true } else { return false } }
}
