// Target yaml-reader: the YAML path (depth pre-check, Yams/libyaml, tag checks, conversion
// to DocumentValue) on any UTF-8 text.

func fuzzYAMLReader(_ bytes: [UInt8]) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    do {
        _ = try YAMLReader(text: text, limits: fuzzLimits).readDocument()
    } catch {
        guard error.line >= 0, error.column >= 0 else { fuzzFailure("negative error position: \(error.problem.message)") }
    }
}
