// Target json-reader: the JSON parser with positions, on any bytes. It must return a value
// or a DocumentReadError with a position inside the input, never crash or hang.

func fuzzJSONReader(_ bytes: [UInt8]) {
    var reader = JSONReader(bytes: bytes, limits: fuzzLimits)
    do {
        _ = try reader.readDocument()
    } catch {
        let lines = bytes.count { $0 == UInt8(ascii: "\n") } + 1
        guard error.line >= 1, error.line <= lines + 1, error.column >= 1 else {
            fuzzFailure("error position \(error.line):\(error.column) outside the input (\(lines) lines): \(error.problem.message)")
        }
    }
}
