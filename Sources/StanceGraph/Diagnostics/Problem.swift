/// What is wrong with an input, as data. Its words are written in one place: `message` and `hint`.
public enum Problem: Hashable, Sendable {
    public enum Limit: Hashable, Sendable {
        case bytes(Int)
        case depth(Int)
        case aliasExpansion(Int)
    }

    /// Why the text of a source, which exists, cannot be checked against.
    public enum SourceTextIssue: Hashable, Sendable {
        case tooLarge(limit: Int)
        case notUTF8
        case folder
        case cannotOpen
    }

    /// The file could not be read.
    case unreadable(reason: String)
    /// Nothing tells whether an input is YAML or JSON: standard input (`path` is `nil`), or a
    /// file whose extension is neither.
    case formatUnknown(path: String?)
    /// The YAML or JSON is not well formed.
    case syntax(String)
    /// An input exceeded a safety limit.
    case limitExceeded(Limit)
    /// A value has the wrong shape: a list where a string belongs, say.
    case wrongType(field: String, expected: String, found: String)
    case unknownKey(key: String, context: String, suggestion: String?, allowed: [String])
    case duplicateKey(key: String)
    case missingKey(key: String, context: String)
    case unsupportedVersion(found: String, supported: [Int])
    case unknownValue(field: String, value: String, allowed: [String], suggestion: String?)
    case invalidID(String)
    case emptyValue(field: String, context: String)
    case invalidDate(field: String, text: String, reason: PartialDate.ParseError)
    case invalidNumber(field: String, text: String)
    case confidenceOutOfRange(Double)
    case dateRangeReversed(from: PartialDate, until: PartialDate)
    case unsafeURL(String)
    case duplicateID(id: String, firstDeclared: SourceLocation?)
    case danglingReference(field: String, id: String, suggestion: String?)
    case kindNotAllowed(edge: String, type: EdgeType, end: String, id: String, kind: NodeKind, allowed: [NodeKind])
    case edgeTargetNotAllowed(edge: String, type: EdgeType, target: String)
    case edgeTargetsItself(edge: String)
    case claimCycle(ids: [String])
    case notASource(field: String, id: String, kind: NodeKind)
    case missingProvenance(edge: String, type: EdgeType)
    case quoteOrParaphrase(both: Bool)
    case paraphraseWithoutPassage
    case quoteNotInSource(quote: String, file: String, closest: String?)
    /// The passage a paraphrase summarises is not in the text of the source it cites.
    case passageNotInSource(passage: String, file: String, closest: String?)
    /// A quote or passage is not in the source it cites, but is word for word in another source's text.
    case quoteInOtherSource(quote: String, file: String, otherSource: String, otherFile: String)
    case sourceTextMissing(source: String, file: String)
    case sourceTextUnreadable(source: String, file: String, issue: SourceTextIssue)
    case sourceUnverifiable(source: String)
    case unreferencedNode(id: String, kind: NodeKind)
    case roleOrderReversed(title: String)
    case keyNotForKind(key: String, kind: NodeKind, allowed: [NodeKind])
    /// An edge marked `status: candidate`: proposed by a tool, not yet reviewed.
    case candidateEdge(id: String)
    /// A YAML tag outside the core schema (`!!binary`, `!!python/name:…`, `!local`).
    case unsupportedTag(String)
    /// An explicit tag that does not fit the field (`label: !!int 3`) or its value (`!!int "x"`).
    case tagMismatch(field: String, tag: String, expected: String)
    /// An edge from a node to itself, of a type for which that makes no sense.
    case selfLoop(edge: String, type: EdgeType, node: String)
    /// A text longer than the format allows.
    case textTooLong(field: String, length: Int, limit: Int)
    /// A reference to an id whose node or edge has errors of its own (and so is not kept).
    case referenceToBrokenEntry(field: String, id: String)
    /// A side used by one actor only that is a near miss of a side others use.
    case unusualSide(side: String, suggestion: String)
    /// An XML input has a document type declaration, which is never read (no DTD, no entity).
    case xmlDoctypeRefused
    /// An XML input uses an entity other than the five XML predefines.
    case xmlEntityRefused(String)
    /// An XML input whose root element is not `<graphml>`.
    case notGraphML(root: String)
    /// A GraphML file with no `<graph>`.
    case graphMLWithoutGraph
    /// Part of a GraphML file that has no place in a stance graph (a hyperedge, a nested graph).
    case graphMLNotRead(what: String)
    /// A `<data>` whose key no `<key>` declares.
    case graphMLKeyUndeclared(String)
    /// A `<data>` of one of stancegraph's keys that holds elements instead of text.
    case graphMLDataNotText(name: String, element: String)
    /// A GraphML key or CSV column that is not in stancegraph's flat vocabulary.
    case flatAttributeNotRead(name: String, element: String, known: [String])
    /// A GraphML value or CSV field that holds a JSON array (aliases, roles, provenance) is not valid JSON.
    case flatValueNotJSON(attribute: String, reason: String)
    /// A node's label differs from the label yEd draws for it (edited in yEd).
    case yEdLabelDiffers(node: String, label: String, drawn: String)
    /// A CSV file whose header is neither the nodes' nor the edges' of stancegraph's CSV export.
    case csvHeaderUnknown(first: String)
    /// A CSV row with more or fewer fields than the header.
    case csvFieldCount(expected: Int, found: Int)
    /// A CSV header without a column every row needs.
    case csvColumnMissing(String)

    /// What is wrong, in one sentence, with the user's input in quotes.
    public var message: String {
        switch self {
        case .formatUnknown(nil):
            return "standard input has no file name to tell its format by"
        case .formatUnknown(let path?):
            return "cannot tell the format of \"\(path)\" from its extension"
        case .unreadable(let reason):
            return "cannot read the input: \(reason)"
        case .syntax(let text):
            return text
        case .limitExceeded(.bytes(let max)):
            return "the input is larger than the limit of \(max) bytes"
        case .limitExceeded(.depth(let max)):
            return "the input nests deeper than \(max) levels"
        case .limitExceeded(.aliasExpansion(let max)):
            return "YAML aliases expand the document to more than \(max) values"
        case let .wrongType(field, expected, found):
            return "\(field) must be \(expected), not \(found)"
        case let .unknownKey(key, context, _, _):
            return "unknown key \"\(key)\" in \(context)"
        case .duplicateKey(let key):
            return "the key \"\(key)\" appears twice in the same mapping"
        case let .missingKey(key, context):
            return "\(context) is missing the required key \"\(key)\""
        case let .unsupportedVersion(found, supported):
            return "unsupported format version \"\(found)\"; this stancegraph reads version \(supported.map(String.init).joined(separator: ", "))"
        case let .unknownValue(field, value, _, _):
            return "unknown \(field) \"\(value)\""
        case .invalidID(let id):
            return "invalid id \"\(id)\""
        case let .emptyValue(field, context):
            return "\(field) of \(context) is empty"
        case let .invalidDate(field, text, reason):
            switch reason {
            case .malformed:
                return "\(field) \"\(text)\" is not an ISO 8601 date"
            case .monthOutOfRange(let month):
                return "\(field) \"\(text)\" has month \(month); months run from 01 to 12"
            case let .dayOutOfRange(day, month, year, days):
                return "\(field) \"\(text)\" does not exist: \(TextFormatting.monthName(month)) \(year) has \(days) days, not \(day)"
            }
        case let .invalidNumber(field, text):
            return "\(field) \"\(text)\" is not a number"
        case .confidenceOutOfRange(let value):
            return "confidence \(JSONValue.format(value)) is outside the range 0 to 1"
        case let .dateRangeReversed(from, until):
            return "valid_until \(until) is before valid_from \(from)"
        case .unsafeURL(let url):
            return "url \"\(url)\" is not an http or https address"
        case let .duplicateID(id, _):
            return "duplicate id \"\(id)\""
        case let .danglingReference(field, id, _):
            return "\(field) refers to \"\(id)\", which is not defined"
        case let .kindNotAllowed(edge, type, end, id, kind, _):
            return "edge \"\(edge)\" of type \(type.rawValue) cannot \(end == "from" ? "start from" : "point at") \"\(id)\", which is a\(kind == .actor ? "n" : "") \(kind.rawValue)"
        case let .edgeTargetNotAllowed(edge, type, target):
            return "edge \"\(edge)\" of type \(type.rawValue) points at the edge \"\(target)\"; only \(TextFormatting.list(EdgeType.edgeTargetingTypes.map(\.rawValue))) may point at an edge"
        case .edgeTargetsItself(let edge):
            return "edge \"\(edge)\" points at itself"
        case .claimCycle(let ids):
            return "claims about claims go round in a loop: \(ids.map { "\"\($0)\"" }.joined(separator: " → ")) → \"\(ids[0])\""
        case let .notASource(field, id, kind):
            return "\(field) \"\(id)\" is a\(kind == .actor ? "n" : "") \(kind.rawValue), not a source"
        case let .missingProvenance(edge, type):
            return "\(type.rawValue) edge \"\(edge)\" has no provenance"
        case .quoteOrParaphrase(let both):
            return both
                ? "a provenance record has both a quote and paraphrase: true"
                : "a provenance record needs a quote, or paraphrase: true with the passage it summarises"
        case .paraphraseWithoutPassage:
            return "a paraphrase has no passage, so nothing ties it to its source's words"
        case let .quoteNotInSource(quote, file, _):
            return "quote \"\(TextFormatting.truncate(quote, to: 80))\" does not occur in \(file)"
        case let .passageNotInSource(passage, file, _):
            return "passage \"\(TextFormatting.truncate(passage, to: 80))\" does not occur in \(file)"
        case let .quoteInOtherSource(quote, file, _, _):
            return "quote \"\(TextFormatting.truncate(quote, to: 80))\" does not occur in \(file), the text of the source it cites"
        case let .sourceTextMissing(source, file):
            return "the text of source \"\(source)\" is missing: no file \(file)"
        case let .sourceTextUnreadable(source, file, .tooLarge(limit)):
            return "the text of source \"\(source)\", \(file), is larger than the limit of \(limit) bytes"
        case let .sourceTextUnreadable(source, file, .notUTF8):
            return "the text of source \"\(source)\", \(file), is not valid UTF-8"
        case let .sourceTextUnreadable(source, file, .folder):
            return "the text of source \"\(source)\", \(file), is a folder"
        case let .sourceTextUnreadable(source, file, .cannotOpen):
            return "the text of source \"\(source)\", \(file), cannot be read"
        case .sourceUnverifiable(let source):
            return "source \"\(source)\" has no local text, so its quotes cannot be checked"
        case let .unreferencedNode(id, kind):
            return "\(kind.rawValue) \"\(id)\" has no edges"
        case .roleOrderReversed(let title):
            return "role \"\(title)\" ends before it starts"
        case .candidateEdge(let id):
            return "edge \"\(id)\" is a candidate awaiting review"
        case .unsupportedTag(let tag):
            return "unsupported YAML tag \"\(tag)\""
        case let .tagMismatch(field, tag, expected):
            return "\(field) is tagged \(tag), but must be \(expected)"
        case let .selfLoop(edge, type, node):
            return "edge \"\(edge)\" of type \(type.rawValue) goes from \"\(node)\" to itself"
        case let .textTooLong(field, length, limit):
            return "\(field) is \(length) characters long; the limit is \(limit)"
        case let .referenceToBrokenEntry(field, id):
            return "\(field) refers to \"\(id)\", which has errors of its own"
        case let .unusualSide(side, _):
            return "side \"\(side)\" is used by no other actor"
        case .xmlDoctypeRefused:
            return "the XML has a document type declaration (<!DOCTYPE …>), which is never read"
        case .xmlEntityRefused(let name):
            return "the entity \"&\(name);\" is not defined"
        case .notGraphML(let root):
            return "the root element is <\(root)>, not <graphml>"
        case .graphMLWithoutGraph:
            return "the GraphML file has no <graph>"
        case .graphMLNotRead(let what):
            return "\(what) is not read"
        case .graphMLKeyUndeclared(let key):
            return "no <key> declares \"\(key)\"; its values are not read"
        case let .graphMLDataNotText(name, element):
            return "the value of \"\(name)\" holds an element <\(element)>, not text"
        case let .flatAttributeNotRead(name, element, _):
            return "\(element) attribute \"\(name)\" is not part of stancegraph's format; its values are not read"
        case let .flatValueNotJSON(attribute, reason):
            return "\(attribute) is not a JSON array: \(reason)"
        case let .yEdLabelDiffers(node, label, drawn):
            return "node \"\(node)\" has the label \"\(TextFormatting.truncate(label, to: 80))\", but yEd draws \"\(TextFormatting.truncate(drawn, to: 80))\""
        case .csvHeaderUnknown(let first):
            return "the header starts with \"\(first)\", neither the nodes' (id:ID) nor the edges' (:START_ID) of stancegraph's CSV export"
        case let .csvFieldCount(expected, found):
            return "the row has \(found) field\(found == 1 ? "" : "s"); the header has \(expected)"
        case .csvColumnMissing(let column):
            return "the header has no column \"\(column)\""
        case let .keyNotForKind(key, kind, allowed):
            return "the key \"\(key)\" applies to \(allowed.map(\.rawValue).sorted().joined(separator: " and ")) nodes, not to a\(kind == .actor ? "n" : "") \(kind.rawValue)"
        }
    }

    /// A setting of the library that `hint` refers to, so that a front end can add how its
    /// users change it (a command-line option, a field in a form).
    public enum Setting: Hashable, Sendable {
        /// `InputLimits.maxBytes`.
        case inputSizeLimit
        /// The `format` given to `GraphInput.read`.
        case inputFormat
        /// The folder of source texts given to `QuoteVerifier`.
        case sourceTextFolder
    }

    /// The setting `hint` refers to, if any.
    public var setting: Setting? {
        switch self {
        case .limitExceeded(.bytes): return .inputSizeLimit
        case .formatUnknown: return .inputFormat
        case .sourceTextMissing, .sourceTextUnreadable(_, _, .folder): return .sourceTextFolder
        default: return nil
        }
    }

    /// `hint`, followed by `settingName(setting)` in brackets when both are given.
    public func hint(naming settingName: (Setting) -> String?) -> String? {
        guard let hint else { return nil }
        guard let name = setting.flatMap(settingName) else { return hint }
        return "\(hint) (\(name))"
    }

    /// How to fix it, when there is something useful to say.
    public var hint: String? {
        switch self {
        case .limitExceeded(.bytes):
            return "raise the input size limit if the file is trusted"
        case .limitExceeded(.depth):
            return "stance graphs need only a few levels; check the file is what you meant to load"
        case .limitExceeded(.aliasExpansion):
            return "write the repeated values out, or use fewer nested aliases"
        case .unsupportedTag:
            return "graph files use only the YAML core schema's tags (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq); remove the tag, or quote the value"
        case .tagMismatch:
            return "remove the tag, or change the value"
        case let .selfLoop(_, type, _):
            return "\(type.rawValue) edges join two different nodes (\(type.meaning))"
        case .textTooLong:
            return "keep the words that matter here, and the whole text in the source's file"
        case let .unusualSide(_, suggestion):
            return "did you mean \"\(suggestion)\"? Other actors are on that side"
        case .wrongType(_, "a string", "a number"), .wrongType(_, "a string", "a boolean"):
            return "put it in quotes to make it text"
        case let .unknownKey(_, _, suggestion?, _):
            return "did you mean \"\(suggestion)\"?"
        case let .unknownKey(_, _, nil, allowed):
            return "valid keys: \(allowed.sorted().joined(separator: ", "))"
        case let .unknownValue(_, _, allowed, suggestion):
            let list = "valid values: \(allowed.sorted().joined(separator: ", "))"
            return suggestion.map { "did you mean \"\($0)\"? \(list)" } ?? list
        case .invalidID:
            return "ids are slugs of up to 200 letters, digits, \"-\", \"_\", \".\" and \":\", starting with a letter or digit"
        case .invalidDate(_, _, .malformed):
            return "write YYYY, YYYY-MM or YYYY-MM-DD"
        case .confidenceOutOfRange:
            return "use a number from 0 (no confidence) to 1 (certain)"
        case .unsafeURL:
            return "only http:// and https:// links are kept"
        case let .duplicateID(_, first?):
            return "first defined at \(first); ids must be unique across all nodes and edges"
        case .duplicateID(_, nil):
            return "ids must be unique across all nodes and edges"
        case let .danglingReference(_, _, suggestion?):
            return "did you mean \"\(suggestion)\"?"
        case .danglingReference:
            return "define a node (or, for \(EdgeType.edgeTargetingTypes.map(\.rawValue).joined(separator: "/")), an edge) with this id"
        case let .kindNotAllowed(_, type, end, _, _, allowed):
            let kinds = allowed.map(\.rawValue).sorted().joined(separator: " or ")
            return "\(type.rawValue) edges \(end == "from" ? "start from" : "point at") \(kinds) nodes (\(type.meaning))"
        case .claimCycle:
            return "a doubts, denies or contradicts edge must lead, through any claims it is about, to a stance between nodes"
        case .paraphraseWithoutPassage:
            return "add passage: with exact words of the source that locate what it summarises"
        case .missingProvenance:
            return "add a provenance record with source, date, attribution and quote"
        case .quoteNotInSource(_, _, let closest?):
            return "the closest passage is \"\(closest)\""
        case .quoteNotInSource:
            return "copy the words exactly, or mark the record paraphrase: true"
        case .passageNotInSource(_, _, let closest?):
            return "the closest passage is \"\(closest)\""
        case .passageNotInSource:
            return "a passage is exact words of the source that locate what the paraphrase summarises"
        case let .quoteInOtherSource(_, _, otherSource, otherFile):
            return "it occurs in \(otherFile): cite source \"\(otherSource)\" instead"
        case .sourceTextUnreadable(_, _, .tooLarge):
            return "keep only the document's own text in the file"
        case .sourceTextUnreadable(_, _, .notUTF8):
            return "save the text as UTF-8"
        case .sourceTextUnreadable(_, _, .folder):
            return "file: names the text file of the document, relative to the graph's folder or to the folder of source texts"
        case .sourceTextUnreadable(_, _, .cannotOpen):
            return "check its permissions"
        case .sourceTextMissing:
            return "put the text there, or name the folder of source texts"
        case .sourceUnverifiable:
            return "give the source a file: with its text"
        case .unreferencedNode:
            return "connect it with an edge or remove it"
        case .candidateEdge:
            return "keep it by deleting its status: candidate line, edit it, or remove it"
        case .formatUnknown(nil):
            return "name the format: yaml, json, graphml or csv"
        case .formatUnknown:
            return "name it .yaml, .yml, .json, .graphml, .xml or .csv, or name the format"
        case .xmlDoctypeRefused:
            return "GraphML needs none: remove it (DTDs and their entities are refused, so that no file can make the reader fetch files or expand text)"
        case .xmlEntityRefused:
            return "only &lt; &gt; &amp; &quot; &apos; and character references such as &#233; are read"
        case .notGraphML:
            return "a graph in XML is read as GraphML (https://graphml.graphdrawing.org)"
        case .graphMLNotRead:
            return "stance graphs are one directed graph of nodes and edges"
        case .graphMLKeyUndeclared:
            return "declare it with <key id=… for=… attr.name=…>"
        case .graphMLDataNotText:
            return "only yEd's graphics keys (yfiles.type) hold elements"
        case let .flatAttributeNotRead(_, _, known):
            return "the attributes read are \(known.sorted().joined(separator: ", "))"
        case .flatValueNotJSON:
            return "write lists as JSON arrays, as the export does: [\"first\",\"second\"]"
        case .yEdLabelDiffers:
            return "the label value is kept; to rename the node, change its label, not only the drawing"
        case .csvHeaderUnknown:
            return "read a folder written by the CSV export (nodes.csv and edges.csv), or give the files its headers"
        case .csvFieldCount:
            return "a field with a comma, a quote or a line break must be in double quotes, with its quotes doubled"
        case .csvColumnMissing:
            return "keep the header the CSV export writes"
        case .missingKey(key: "kind", _):
            return "every node needs a kind: \(NodeKind.allCases.map(\.rawValue).joined(separator: ", "))"
        default:
            return nil
        }
    }
}
