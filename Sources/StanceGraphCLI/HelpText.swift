import ArgumentParser
import Foundation

/// Help pages laid out for the terminal: swift-argument-parser wraps prose and options to the
/// width, and this keeps what must not be broken whole. An EXAMPLES line is a command to copy,
/// so it is never broken (it may run past the width); EXIT CODES lines wrap under their
/// meaning; the USAGE line, which the parser leaves whole, wraps between its options, and
/// any other line the parser left too long wraps under its own indentation.
enum HelpText {
    /// The narrowest layout: the parser indents option help by 26 columns.
    static let minimumWidth = 40

    /// A width no line of help reaches: the page laid out without wrapping.
    static let unwrappedWidth = 100_000

    /// The help page `request` (the parser's help request) asks for, `width` columns wide.
    static func page(for request: Error, width: Int) -> String {
        let width = max(width, minimumWidth)
        let narrow = StanceGraphCommand.fullMessage(for: request, columns: width)
        let wide = StanceGraphCommand.fullMessage(for: request, columns: unwrappedWidth)
        return laidOut(narrow: narrow, wide: wide, width: width)
    }

    /// The width to lay help out for: `COLUMNS` when set, else the terminal's, else 80.
    static var terminalWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// `narrow` (the page wrapped to `width`) with its EXAMPLES and EXIT CODES blocks taken
    /// from `wide` (the same page unwrapped), and its USAGE line wrapped.
    static func laidOut(narrow: String, wide: String, width: Int) -> String {
        // The parser leaves the USAGE line and its closing hint whole.
        var lines = narrow.components(separatedBy: "\n").flatMap { line in
            line.hasPrefix("USAGE: ")
                ? wrapped(line, width: width, indent: usageIndent(line, width: width))
                : wrapped(line, width: width, indent: line.prefix { $0 == " " }.count)
        }
        let wideLines = wide.components(separatedBy: "\n")
        for heading in ["EXAMPLES", "EXIT CODES"] {
            guard let whole = blockRange(after: heading, in: wideLines), let broken = blockRange(after: heading, in: lines) else { continue }
            let replacement = heading == "EXAMPLES"
                ? Array(wideLines[whole])
                : wideLines[whole].flatMap { wrapped($0, width: width, indent: exitCodeIndent) }
            lines.replaceSubrange(broken, with: replacement)
        }
        return lines.joined(separator: "\n")
    }

    /// An exit code's meaning starts in this column (`  64  usage error…`).
    private static let exitCodeIndent = 6

    /// The lines after the line `heading`, up to the next empty line.
    private static func blockRange(after heading: String, in lines: [String]) -> Range<Int>? {
        guard let title = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == heading }) else { return nil }
        let start = title + 1
        let end = lines[start...].firstIndex { $0.trimmingCharacters(in: .whitespaces).isEmpty } ?? lines.endIndex
        return start..<end
    }

    /// Continuation lines of `USAGE: stancegraph export …` start under the first option, or
    /// further left when that would leave too little room.
    private static func usageIndent(_ line: String, width: Int) -> Int {
        let words = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
        let commandEnd = words.prefix(3).map(\.count).reduce(0, +) + 3
        return commandEnd <= width / 2 ? commandEnd : 7
    }

    /// `line` broken at spaces that are outside brackets into lines of at most `width`
    /// columns where it can be, continuation lines indented by `indent`; the spaces between
    /// words that stay on a row are kept as they were. A word longer than the width is left whole.
    static func wrapped(_ line: String, width: Int, indent: Int) -> [String] {
        guard line.count > width else { return [line] }
        let leading = String(line.prefix { $0 == " " })
        // Each word with the spaces before it.
        var words: [(spaces: String, text: String)] = [], spaces = "", text = "", depth = 0
        for character in line.dropFirst(leading.count) {
            if character == " " && depth == 0 {
                if !text.isEmpty { words.append((spaces, text)); spaces = ""; text = "" }
                spaces.append(character)
                continue
            }
            switch character {
            case "[", "<": depth += 1
            case "]", ">": depth = max(0, depth - 1)
            default: break
            }
            text.append(character)
        }
        if !text.isEmpty { words.append((spaces, text)) }
        var result: [String] = [], row = leading, rowIsEmpty = true
        for word in words {
            if !rowIsEmpty && row.count + word.spaces.count + word.text.count > width {
                result.append(row)
                row = String(repeating: " ", count: indent) + word.text
            } else {
                row += (rowIsEmpty ? "" : word.spaces) + word.text
            }
            rowIsEmpty = false
        }
        result.append(row)
        return result
    }
}
