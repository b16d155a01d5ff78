import Foundation
import StanceGraph

/// Writes diagnostics the way compilers do: `FILE:LINE:COL: error: message`, then the
/// line of input and a caret under the column. Colour only on a terminal, never with NO_COLOR.
struct DiagnosticPrinter {
    var useColour: Bool
    var write: (String) -> Void

    static var standardError: DiagnosticPrinter {
        let colour = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        return DiagnosticPrinter(useColour: colour) { text in FileHandle.standardError.write(Data(text.utf8)) }
    }

    func print(_ diagnostics: [Diagnostic], inputs: [GraphInput]) {
        var linesByFile: [String: [Substring]] = [:]
        for diagnostic in diagnostics {
            var text = colour(diagnostic)
            if let location = diagnostic.location, location.line > 0,
               let input = inputs.first(where: { $0.name == location.file }) {
                if linesByFile[input.name] == nil {
                    linesByFile[input.name] = String(decoding: input.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                }
                let lines = linesByFile[input.name]!
                if location.line <= lines.count {
                    let line = lines[location.line - 1].replacingOccurrences(of: "\t", with: " ")
                    if !line.isEmpty, line.count <= 300 {
                        let caretColumn = max(0, min(location.column - 1, line.count))
                        text += line + "\n" + String(repeating: " ", count: caretColumn) + (useColour ? "\u{1B}[32m^\u{1B}[0m" : "^") + "\n"
                    }
                }
            }
            write(text)
        }
    }

    private func colour(_ diagnostic: Diagnostic) -> String {
        guard useColour else { return diagnostic.formatted + "\n" }
        let place = diagnostic.location.map { "\u{1B}[1m\($0):\u{1B}[0m " } ?? ""
        let severity = diagnostic.severity == .error ? "\u{1B}[1;31merror:\u{1B}[0m" : "\u{1B}[1;35mwarning:\u{1B}[0m"
        let hint = diagnostic.problem.hint.map { "; \($0)" } ?? ""
        return "\(place)\(severity) \u{1B}[1m\(diagnostic.problem.message)\u{1B}[0m\(hint)\n"
    }
}
