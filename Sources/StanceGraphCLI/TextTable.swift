import StanceGraph

/// Rows of text in aligned columns, two spaces apart, each cell made safe for a terminal.
enum TextTable {
    static func lines(_ rows: [[String]], indent: String = "  ") -> [String] {
        let rows = rows.map { $0.map { TerminalText.visible($0) } }
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            var line = indent + cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
