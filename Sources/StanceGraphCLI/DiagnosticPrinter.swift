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
        var lineStartsByFile: [String: [Int]] = [:]
        for diagnostic in diagnostics {
            var text = colour(diagnostic)
            if let location = diagnostic.location, location.line > 0,
               let input = inputs.first(where: { $0.name == location.file }) {
                if lineStartsByFile[input.name] == nil { lineStartsByFile[input.name] = Self.lineStarts(of: input.bytes) }
                if let line = Self.line(location.line, of: input.bytes, starts: lineStartsByFile[input.name]!) {
                    let shown = line.replacingOccurrences(of: "\t", with: " ")
                    if !shown.isEmpty, shown.count <= 300 {
                        let caretColumn = max(0, min(location.column - 1, shown.unicodeScalars.count))
                        text += shown + "\n" + String(repeating: " ", count: caretColumn) + (useColour ? "\u{1B}[32m^\u{1B}[0m" : "^") + "\n"
                    }
                }
            }
            write(text)
        }
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

    private func colour(_ diagnostic: Diagnostic) -> String {
        guard useColour else { return diagnostic.formatted(naming: \.optionName) + "\n" }
        let place = diagnostic.location.map { "\u{1B}[1m\($0):\u{1B}[0m " } ?? ""
        let severity = diagnostic.severity == .error ? "\u{1B}[1;31merror:\u{1B}[0m" : "\u{1B}[1;35mwarning:\u{1B}[0m"
        let hint = diagnostic.problem.hint(naming: \.optionName).map { "; \($0)" } ?? ""
        return "\(place)\(severity) \u{1B}[1m\(diagnostic.problem.message)\u{1B}[0m\(hint)\n"
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
