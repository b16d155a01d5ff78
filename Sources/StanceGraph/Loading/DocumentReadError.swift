/// A syntax or limit error while reading a document, with its position.
struct DocumentReadError: Error {
    var problem: Problem
    var line: Int
    var column: Int
}
