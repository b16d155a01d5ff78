/// Reads GraphML into a `GraphDecoder`: stancegraph's own (plain and with yEd's graphics, as
/// yEd saves it after an edit) and, as far as it maps, anyone's.
///
/// Keys are matched by what they declare (`for` and `attr.name`), not by their ids, which
/// are a file's own (networkx writes `d0`, `d1`…). Each name is looked up in the flat
/// vocabulary the exporter writes by (`FlatNodeAttribute`, `FlatEdgeAttribute`,
/// `FlatGraphAttribute`); a key that is not in it is reported once, as a warning, and its
/// values are not read. A node's id is its `id` attribute; an edge's its `id` attribute, else
/// its `edge_id` value; `source` and `target` are its ends, and `target_edge`, when present,
/// the edge a claim is about. Values recomputed from others (`name`, `stance`, `sources`,
/// `date`…) are not read; a node with no `label` takes its `name`, or else its yEd label.
///
/// yEd's graphics (keys with `yfiles.type`) are not read, with one check: a node's label is
/// its `label` value, and when the label yEd draws (`y:NodeLabel`) says something else (the
/// label was edited in yEd), a warning names both. The export draws labels wrapped, and cut
/// with `…` when long, so white space and the cut part are not differences.
struct GraphMLReader {
    let limits: InputLimits

    /// What a `<key>` declares.
    private struct KeyDeclaration {
        var name: String
        /// `graph`, `node`, `edge` or `all`.
        var domain: String
        var isYEd: Bool
        var line: Int
        var column: Int
    }

    func read(_ bytes: [UInt8], into decoder: inout GraphDecoder) throws(DocumentReadError) {
        var xml = XMLReader(bytes: bytes, limits: limits)
        let root = try xml.readDocument()
        guard root.localName == "graphml" else {
            throw DocumentReadError(problem: .notGraphML(root: root.name), line: root.line, column: root.column)
        }
        var keys: [String: KeyDeclaration] = [:]
        var graphs: [XMLElement] = []
        for child in root.children {
            switch child.localName {
            case "key":
                if let (id, declaration) = declaration(of: child, into: &decoder) {
                    if keys[id] != nil {
                        decoder.report(.duplicateKey(key: id), line: child.line, column: child.column)
                    } else {
                        keys[id] = declaration
                    }
                }
            case "graph": graphs.append(child)
            default: break  // <desc>, <data> of the document: nothing of the graph's
            }
        }
        guard let graph = graphs.first else {
            throw DocumentReadError(problem: .graphMLWithoutGraph, line: root.line, column: root.column)
        }
        for extra in graphs.dropFirst() {
            decoder.warn(.graphMLNotRead(what: "a second <graph>"), line: extra.line, column: extra.column)
        }
        if graph.attribute("edgedefault")?.value == "undirected" {
            decoder.warn(.graphMLNotRead(what: "edgedefault=\"undirected\" (every edge is read from source to target)"), line: graph.line, column: graph.column)
        }
        var unmapped = Set<String>()
        for child in graph.children {
            switch child.localName {
            case "data": readGraphData(child, keys: keys, unmapped: &unmapped, into: &decoder)
            case "node": decoder.decodeNode(node(child, keys: keys, unmapped: &unmapped, decoder: &decoder).value)
            case "edge": decoder.decodeEdge(edge(child, keys: keys, unmapped: &unmapped, decoder: &decoder).value)
            case "hyperedge": decoder.warn(.graphMLNotRead(what: "a <hyperedge>"), line: child.line, column: child.column)
            default: break
            }
        }
    }

    private func declaration(of element: XMLElement, into decoder: inout GraphDecoder) -> (String, KeyDeclaration)? {
        guard let id = element.attribute("id")?.value else {
            decoder.report(.missingKey(key: "id", context: "a <key>"), line: element.line, column: element.column)
            return nil
        }
        let isYEd = element.attribute("yfiles.type") != nil
        // A key with no attr.name (yEd's own) is named by its id.
        let name = element.attribute("attr.name")?.value ?? id
        let domain = element.attribute("for")?.value ?? "all"
        let declaration = KeyDeclaration(name: name, domain: domain, isYEd: isYEd, line: element.line, column: element.column)
        return (id, declaration)
    }

    /// How the `<data>` of a key reads on an element of `domain`, or `nil` when it is not read.
    private enum Meaning {
        case graph(FlatGraphAttribute)
        case node(FlatNodeAttribute)
        case edge(FlatEdgeAttribute)
        case yEdGraphics
    }

    private func meaning(of element: XMLElement, in domain: String, keys: [String: KeyDeclaration],
                         unmapped: inout Set<String>, decoder: inout GraphDecoder) -> Meaning? {
        guard let keyAttribute = element.attribute("key") else {
            decoder.report(.missingKey(key: "key", context: "a <data>"), line: element.line, column: element.column)
            return nil
        }
        guard let key = keys[keyAttribute.value] else {
            if unmapped.insert("undeclared " + keyAttribute.value).inserted {
                decoder.warn(.graphMLKeyUndeclared(keyAttribute.value), line: keyAttribute.line, column: keyAttribute.column)
            }
            return nil
        }
        if key.isYEd { return .yEdGraphics }
        let meaning: Meaning?
        switch domain {
        case "graph": meaning = FlatGraphAttribute(rawValue: key.name).map(Meaning.graph)
        case "node": meaning = FlatNodeAttribute(rawValue: key.name).map(Meaning.node)
        default: meaning = FlatEdgeAttribute(rawValue: key.name).map(Meaning.edge)
        }
        if meaning == nil, unmapped.insert("\(domain) \(key.name)").inserted {
            decoder.warn(.flatAttributeNotRead(name: key.name, element: domain, known: GraphMLReader.knownNames(domain)),
                         line: key.line, column: key.column)
        }
        return meaning
    }

    private static func knownNames(_ domain: String) -> [String] {
        switch domain {
        case "graph": FlatGraphAttribute.allCases.map(\.rawValue)
        case "node": FlatNodeAttribute.allCases.filter { $0 != .id }.map(\.rawValue)
        default: FlatEdgeAttribute.allCases.filter { $0 != .id }.map(\.rawValue)
        }
    }

    /// The text of a `<data>`, or `nil` (reported) when it holds elements instead.
    private func text(of data: XMLElement, name: String, decoder: inout GraphDecoder) -> String? {
        if let child = data.children.first {
            decoder.report(.graphMLDataNotText(name: name, element: child.name), line: child.line, column: child.column)
            return nil
        }
        return data.text
    }

    private func readGraphData(_ data: XMLElement, keys: [String: KeyDeclaration], unmapped: inout Set<String>, into decoder: inout GraphDecoder) {
        guard case .graph(let attribute)? = meaning(of: data, in: "graph", keys: keys, unmapped: &unmapped, decoder: &decoder),
              case .text(let key) = attribute.reading,
              let text = text(of: data, name: attribute.rawValue, decoder: &decoder) else { return }
        let value = DocumentValue(content: .scalar(.init(text: text, quoted: true, line: data.textLine, column: data.textColumn)),
                                  line: data.textLine, column: data.textColumn)
        decoder.decodeTopLevel(key: .init(text: key, quoted: true, line: data.line, column: data.column), value: value)
    }

    private func node(_ element: XMLElement, keys: [String: KeyDeclaration], unmapped: inout Set<String>, decoder: inout GraphDecoder) -> FlatRecord {
        var record = FlatRecord(line: element.line, column: element.column)
        if let id = element.attribute("id") {
            record.addText(FlatNodeAttribute.id.reading.key, id.value, line: id.valueLine, column: id.valueColumn)
        }
        var name: (String, Int, Int)?
        var drawnLabel: String?
        var seen = Set<String>()
        for child in element.children {
            switch child.localName {
            case "data":
                switch meaning(of: child, in: "node", keys: keys, unmapped: &unmapped, decoder: &decoder) {
                case .node(let attribute)?:
                    guard seen.insert(attribute.rawValue).inserted else {
                        decoder.report(.duplicateKey(key: attribute.rawValue), line: child.line, column: child.column)
                        continue
                    }
                    guard let text = text(of: child, name: attribute.rawValue, decoder: &decoder) else { continue }
                    if attribute == .name { name = (text, child.textLine, child.textColumn) }
                    record.add(attribute.reading, attribute: attribute.rawValue, text: text, line: child.textLine, column: child.textColumn,
                               limits: limits, decoder: &decoder)
                case .yEdGraphics?:
                    drawnLabel = drawnLabel ?? GraphMLReader.firstText(named: "NodeLabel", in: child)
                default: break
                }
            case "graph": decoder.warn(.graphMLNotRead(what: "a graph nested in a node"), line: child.line, column: child.column)
            case "port": decoder.warn(.graphMLNotRead(what: "a <port>"), line: child.line, column: child.column)
            default: break
            }
        }
        let labelKey = FlatNodeAttribute.label.reading.key
        if !record.has(labelKey) {
            if let name {
                record.addText(labelKey, name.0, line: name.1, column: name.2)
            } else if let drawnLabel {
                record.addText(labelKey, GraphMLReader.words(drawnLabel), line: element.line, column: element.column)
            }
        } else if let drawnLabel, let label = record.text(of: labelKey), !GraphMLReader.draws(label, as: drawnLabel) {
            decoder.warn(.yEdLabelDiffers(node: element.attribute("id")?.value ?? "", label: label, drawn: GraphMLReader.words(drawnLabel)),
                         line: element.line, column: element.column)
        }
        return record
    }

    private func edge(_ element: XMLElement, keys: [String: KeyDeclaration], unmapped: inout Set<String>, decoder: inout GraphDecoder) -> FlatRecord {
        typealias Key = GraphDecoder.EdgeKey
        var record = FlatRecord(line: element.line, column: element.column)
        for (attribute, key) in [("id", Key.id), ("source", .from), ("target", .to)] {
            if let value = element.attribute(attribute) {
                record.addText(key.rawValue, value.value, line: value.valueLine, column: value.valueColumn)
            }
        }
        var seen = Set<String>()
        for child in element.children where child.localName == "data" {
            guard case .edge(let attribute)? = meaning(of: child, in: "edge", keys: keys, unmapped: &unmapped, decoder: &decoder) else { continue }
            guard seen.insert(attribute.rawValue).inserted else {
                decoder.report(.duplicateKey(key: attribute.rawValue), line: child.line, column: child.column)
                continue
            }
            guard let text = text(of: child, name: attribute.rawValue, decoder: &decoder) else { continue }
            if attribute == .targetEdge {
                // The claim is about this edge; `target` is only the node that edge ends at.
                record.replaceText(Key.to.rawValue, text, line: child.textLine, column: child.textColumn)
            } else {
                record.add(attribute.reading, attribute: attribute.rawValue, text: text, line: child.textLine, column: child.textColumn,
                           limits: limits, decoder: &decoder)
            }
        }
        return record
    }

    /// The text of the first element named `localName` under `element`.
    private static func firstText(named localName: String, in element: XMLElement) -> String? {
        for child in element.children {
            if child.localName == localName { return child.text }
            if let found = firstText(named: localName, in: child) { return found }
        }
        return nil
    }

    /// Text with every run of white space one space, and none at either end.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `drawn` is how the export draws `label`: the same characters but for white
    /// space (wrapping breaks lines, and long words), or the first of them followed by `…`
    /// when the label was too long to draw whole.
    static func draws(_ label: String, as drawn: String) -> Bool {
        let label = label.filter { !$0.isWhitespace }, drawn = drawn.filter { !$0.isWhitespace }
        if label == drawn { return true }
        return drawn.hasSuffix("…") && label.hasPrefix(drawn.dropLast())
    }
}
