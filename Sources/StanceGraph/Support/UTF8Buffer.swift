/// UTF-8 text gathered as bytes, for the exports that write large documents (GraphML, GEXF,
/// CSV, JSON): every piece is appended in place to one byte array, with no `String` made per
/// value, and the bytes go to the output a megabyte at a time (`flush(to:)`).
public struct UTF8Buffer: Sendable {
    /// The text so far.
    public private(set) var bytes: [UInt8] = []
    /// Where a piece of text is copied while it is rewritten in place (`XMLText.escapeTail`).
    var scratch: [UInt8] = []

    /// How much an exporter gathers before it hands the bytes to its output.
    public static let flushSize = 1 << 20

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public var count: Int { bytes.count }

    /// The text as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    @inline(__always)
    public mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @_disfavoredOverload @inline(__always)
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    @_disfavoredOverload @inline(__always)
    public mutating func append(_ text: Substring) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    @inline(__always)
    public mutating func append(contentsOf source: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: source)
    }

    /// `value` in decimal, as `String(value)` writes it.
    public mutating func append(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(0x30 &+ UInt8(truncatingIfNeeded: value))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = value.magnitude
            var start = 20
            repeat {
                start -= 1
                digits[start] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }

    /// `value` in decimal, with zeros in front up to `width` characters, as
    /// `String(value)` padded on the left (a minus sign counts as a character).
    public mutating func append(_ value: Int, zeroPaddedTo width: Int) {
        let start = bytes.count
        append(value)
        let written = bytes.count - start
        if written < width { bytes.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - written), at: start) }
    }

    /// Empties the buffer, keeping its storage.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Drops the bytes from `start` on, keeping its storage.
    mutating func truncate(to start: Int) {
        bytes.removeSubrange(start...)
    }

    /// Calls `body` with the bytes from `start` on.
    func withBytes<Result>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
    }

    /// Moves the bytes from `start` on out of the buffer and calls `body` with them, for
    /// rewriting a piece just written (escaping it, quoting it) into the buffer.
    mutating func rewriteTail(from start: Int, _ body: (UnsafeBufferPointer<UInt8>, inout UTF8Buffer) -> Void) {
        var moved: [UInt8] = []
        swap(&moved, &scratch)
        moved.removeAll(keepingCapacity: true)
        moved.append(contentsOf: bytes[start...])
        truncate(to: start)
        moved.withUnsafeBufferPointer { body($0, &self) }
        swap(&moved, &scratch)
    }

    /// Hands the gathered bytes to `output` and empties the buffer: as they are to an output
    /// that takes bytes (`UTF8OutputStream`), else as one string.
    public mutating func flush(to output: inout some TextOutputStream) {
        guard !bytes.isEmpty else { return }
        if let stream = output as? any UTF8OutputStream {
            bytes.withUnsafeBytes { stream.write(utf8: $0) }
        } else {
            output.write(string)
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// `flush(to:)` once a megabyte is gathered: one write per megabyte, not one per element.
    @inline(__always)
    public mutating func flushIfFull(to output: inout some TextOutputStream) {
        if bytes.count >= UTF8Buffer.flushSize { flush(to: &output) }
    }
}

/// A text output that also takes UTF-8 bytes as they are, sparing the exporters that write
/// bytes (`UTF8Buffer`) a string per megabyte. The bytes are always valid UTF-8.
public protocol UTF8OutputStream: AnyObject, TextOutputStream {
    func write(utf8 bytes: UnsafeRawBufferPointer)
}
