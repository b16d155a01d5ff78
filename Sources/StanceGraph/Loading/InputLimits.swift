/// Limits that keep untrusted input from exhausting memory or the stack.
public struct InputLimits: Sendable, Hashable {
    /// The largest input file, in bytes.
    public var maxBytes: Int
    /// The deepest nesting of mappings and lists.
    public var maxDepth: Int
    /// The most values a YAML document may expand to through aliases, per input byte.
    public var maxValuesPerByte: Int

    public init(maxBytes: Int = 1 << 30, maxDepth: Int = 64, maxValuesPerByte: Int = 4) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxValuesPerByte = maxValuesPerByte
    }

    public static let `default` = InputLimits()

    /// The most characters any one text of a graph may have (a label, quote, passage,
    /// description, note, alias, title): 10,000. Enough for a paragraph of a statement; a
    /// whole document belongs in the source's file. Exports then stay within what common
    /// readers take by default (DOT's quoted strings are capped apart; Python's csv module
    /// reads fields up to 131,072 characters; libxml2 text nodes up to 10,000,000 bytes).
    public static let maxTextLength = 10_000
}
