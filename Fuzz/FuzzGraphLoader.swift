// Target graph-loader: the decoder and validator behind both readers. The first byte picks
// the format (even: YAML, odd: JSON). Whatever the input, a load either gives a graph and no
// error, or errors and no graph; every diagnostic's message and hint can be written, and one
// shown diagnostic stands for each error (`DiagnosticReport.shown` counts the rest).

func fuzzGraphLoader(_ bytes: [UInt8]) {
    guard let first = bytes.first else { return }
    let format: InputFormat = first & 1 == 0 ? .yaml : .json
    let input = GraphInput(name: "fuzz", bytes: Array(bytes.dropFirst()), format: format)
    let result = GraphLoader(limits: fuzzLimits).load([input])
    if (result.graph != nil) == result.report.hasErrors {
        fuzzFailure("graph \(result.graph == nil ? "missing" : "present") with \(result.report.errorCount) errors")
    }
    var errors = 0
    for entry in result.report.shown {
        _ = entry.diagnostic.formatted
        if entry.diagnostic.severity == .error { errors += 1 + entry.followingErrors }
    }
    if errors > result.report.errorCount { fuzzFailure("shown errors \(errors) exceed the \(result.report.errorCount) reported") }
    if let graph = result.graph {
        for node in graph.nodes where node.label.count > InputLimits.maxTextLength {
            fuzzFailure("a label of \(node.label.count) characters was accepted")
        }
    }
}
