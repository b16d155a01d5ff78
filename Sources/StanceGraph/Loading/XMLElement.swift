/// An element of an XML document as `XMLReader` reads it, with the position of everything in it.
struct XMLElement {
    /// The qualified name as written (`node`, `y:NodeLabel`).
    var name: String
    var attributes: [XMLAttribute]
    var children: [XMLElement]
    /// The element's own character data (text and CDATA, not its children's), entities replaced.
    var text: String
    var line: Int
    var column: Int
    /// Where the element's first character data starts (else where its start tag ends).
    var textLine: Int
    var textColumn: Int

    /// The name without its namespace prefix: `NodeLabel` for `y:NodeLabel`.
    var localName: Substring {
        guard let colon = name.lastIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    /// The namespace prefix, or `nil` when there is none.
    var prefix: Substring? {
        name.lastIndex(of: ":").map { name[..<$0] }
    }

    func attribute(_ name: String) -> XMLAttribute? {
        attributes.first { $0.name == name }
    }
}
