import Testing
@testable import StanceGraph

@Suite struct LimitTests {
    @Test func billionLaughsIsRefused() {
        var lines = ["version: 1", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]")
        }
        lines.append("title: *a9")
        let result = GraphLoader().load([GraphInput(name: "lol.yaml", text: lines.joined(separator: "\n"), format: .yaml)])
        let messages = result.report.sorted.map(\.formatted)
        #expect(messages.contains { $0.contains("YAML aliases expand the document to more than") }, "\(messages)")
    }

    @Test func deepYAMLIsRefusedBeforeParsing() {
        let text = "version: 1\ntitle: " + String(repeating: "[", count: 50_000)
        let messages = GraphLoader().load([GraphInput(name: "deep.yaml", text: text, format: .yaml)]).report.sorted.map(\.formatted)
        #expect(messages.first?.hasPrefix("deep.yaml:2:") == true)
        #expect(messages.first?.contains("nests deeper than 64 levels") == true, "\(messages)")
    }

    @Test func inputOverTheSizeLimitIsRefused() {
        var limits = InputLimits.default
        limits.maxBytes = 10
        let messages = GraphLoader(limits: limits).load([GraphInput(name: "big.yaml", text: "version: 1\ntitle: long enough", format: .yaml)])
            .report.sorted.map(\.formatted)
        #expect(messages == ["big.yaml:1:1: error: the input is larger than the limit of 10 bytes; raise the input size limit if the file is trusted"])
    }

    @Test func invalidUTF8IsAnError() {
        let input = GraphInput(name: "bad.yaml", bytes: Array("version: 1\ntitle: ".utf8) + [0xFF, 0xFE], format: .yaml)
        let messages = GraphLoader().load([input]).report.sorted.map(\.formatted)
        #expect(messages == ["bad.yaml:1:1: error: the file is not valid UTF-8 text"])
    }
}
