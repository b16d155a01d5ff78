import Foundation
import StanceGraph

/// Writes diagnostics the way compilers do: `FILE:LINE:COL: error: message`, then the
/// line of input and a caret under the column, coloured as `--color` says.
struct DiagnosticPrinter {
    var useColour: Bool
    var write: (String) -> Void

    static func standardError(_ colour: ColorChoice) -> DiagnosticPrinter {
        DiagnosticPrinter(useColour: colour.coloursStandardError) { text in FileHandle.standardError.write(Data(text.utf8)) }
    }

    func print(_ diagnostics: [Diagnostic], inputs: [GraphInput]) {
        print(diagnostics.map { DiagnosticReport.Entry(diagnostic: $0, followingErrors: 0, followingWarnings: 0) }, inputs: inputs, maxErrors: 0)
    }

    /// Prints what `report.shown` holds, as compilers do: an error that others only follow
    /// from (a `nodes` that is not a list) is printed with a count of them instead of each;
    /// after `maxErrors` errors (0: no limit) the rest are counted in one line.
    func print(_ report: DiagnosticReport, inputs: [GraphInput], maxErrors: Int, errorsOnly: Bool = false) {
        let entries = report.shown.filter { !errorsOnly || $0.diagnostic.severity == .error }
        print(entries, inputs: inputs, maxErrors: maxErrors)
    }

    private func print(_ entries: [DiagnosticReport.Entry], inputs: [GraphInput], maxErrors: Int) {
        var lineStartsByFile: [String: [Int]] = [:]
        var errorsShown = 0, notShown = 0
        for entry in entries {
            let diagnostic = entry.diagnostic
            if diagnostic.severity == .error {
                if maxErrors > 0 && errorsShown == maxErrors {
                    notShown += 1 + entry.followingErrors
                    continue
                }
                errorsShown += 1
            }
            var text = colour(diagnostic)
            if let location = diagnostic.location, location.line > 0,
               let input = inputs.first(where: { $0.name == location.file }) {
                if lineStartsByFile[input.name] == nil { lineStartsByFile[input.name] = Self.lineStarts(of: input.bytes) }
                if let line = Self.line(location.line, of: input.bytes, starts: lineStartsByFile[input.name]!) {
                    // Tabs as spaces (one column each, so the caret stays put), every other
                    // control or invisible character as an escape, the caret counted over those.
                    let spaced = line.replacingOccurrences(of: "\t", with: " ")
                    let shown = TerminalText.visible(spaced)
                    if !shown.isEmpty, shown.count <= 300 {
                        let caretColumn = TerminalText.visibleColumns(spaced, upTo: max(0, location.column - 1))
                        text += shown + "\n" + String(repeating: " ", count: caretColumn) + (useColour ? "\u{1B}[32m^\u{1B}[0m" : "^") + "\n"
                    }
                }
            }
            if let following = Self.following(entry) { text += following + "\n" }
            write(text)
        }
        if notShown > 0 {
            write("note: stopped after \(TextFormatting.counted(maxErrors, "error")); \(TextFormatting.grouped(notShown)) more not shown (--max-errors 0 shows all)\n")
        }
    }

    /// `… and 1,563 errors that follow from it`, or `nil` when none do.
    static func following(_ entry: DiagnosticReport.Entry) -> String? {
        var parts: [String] = []
        if entry.followingErrors > 0 { parts.append(TextFormatting.counted(entry.followingErrors, "error")) }
        if entry.followingWarnings > 0 { parts.append(TextFormatting.counted(entry.followingWarnings, "warning")) }
        guard !parts.isEmpty else { return nil }
        let verb = entry.followingErrors + entry.followingWarnings == 1 ? "follows" : "follow"
        return "… and \(parts.joined(separator: " and ")) that \(verb) from it (not shown)"
    }

    /// Where each line starts, by a scan of the bytes: a large file is not decoded whole
    /// to quote a few of its lines.
    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        return starts
    }

    /// Line `number` (1-based) without its line break; `nil` past the end or when too long to show.
    private static func line(_ number: Int, of bytes: [UInt8], starts: [Int]) -> String? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard end - start <= 4 * 300 else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The first line: the place, the severity and the message with its hint, each made
    /// visible (they quote the input) before any colour is added.
    private func colour(_ diagnostic: Diagnostic) -> String {
        guard useColour else { return TerminalText.visible(diagnostic.formatted(naming: \.optionName)) + "\n" }
        let place = diagnostic.location.map { "\u{1B}[1m\(TerminalText.visible($0.description)):\u{1B}[0m " } ?? ""
        let severity = diagnostic.severity == .error ? "\u{1B}[1;31merror:\u{1B}[0m" : "\u{1B}[1;35mwarning:\u{1B}[0m"
        let hint = diagnostic.problem.hint(naming: \.optionName).map { "; \($0)" } ?? ""
        return "\(place)\(severity) \u{1B}[1m\(TerminalText.visible(diagnostic.problem.message))\u{1B}[0m\(TerminalText.visible(hint))\n"
    }
}

extension Problem.Setting {
    /// The option that changes this setting.
    var optionName: String {
        switch self {
        case .inputSizeLimit: "--max-input-bytes"
        case .inputFormat: "--input-format"
        case .sourceTextFolder: "--sources"
        }
    }
}
