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
}
