/// Where a location in an input file is: what diagnostics point at.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// `FILE:LINE:COLUMN`, or just `FILE` for a problem with the whole file (line 0).
    public var description: String { line > 0 ? "\(file):\(line):\(column)" : file }
}
