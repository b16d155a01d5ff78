/// An attribute of an `XMLElement`: its value with entities replaced and its position.
struct XMLAttribute {
    var name: String
    var value: String
    /// Where the attribute's name starts.
    var line: Int
    var column: Int
    /// Where its value starts, after the opening quote.
    var valueLine: Int
    var valueColumn: Int
}
