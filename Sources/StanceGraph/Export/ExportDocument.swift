/// One document of an export: the whole of it for most formats, or one named file of a
/// folder export (`nodes.csv` and `edges.csv` for the Neo4j CSV format).
public struct ExportDocument: Hashable, Sendable {
    /// The file name inside the destination folder, or `nil` for a format written as one file.
    public var fileName: String?

    public init(fileName: String?) {
        self.fileName = fileName
    }

    /// The only document of a single-file format.
    public static let single = ExportDocument(fileName: nil)
}
