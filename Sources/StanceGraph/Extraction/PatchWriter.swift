/// Writes an extraction as a graph file in the YAML authoring format: the draft source, the
/// proposed nodes and the candidate edges, in the order they were found. Every string is
/// double-quoted (so no text can change the YAML's structure); ids and dates are written bare.
public enum PatchWriter {
    public static func yaml(_ result: ExtractionResult, article: String, graphFiles: [String]) -> String {
        var out = "# Candidate stances found by stancegraph extract in \(article)\n"
        out += "# against \(graphFiles.isEmpty ? "no graph" : graphFiles.joined(separator: ", ")). Review each edge: keep it (delete its\n"
        out += "# status line), edit it, or delete it; then load this file beside the graph and validate.\n"
        out += "version: 1\n"
        out += "title: \(quoted("Candidates from " + article))\n\n"
        out += "nodes:\n"
        for node in result.nodes { out += yaml(node) }
        out += "\nedges:\n"
        for edge in result.edges { out += yaml(edge) }
        return out
    }

    static func yaml(_ node: Node) -> String {
        var out = "  - id: \(node.id)\n    kind: \(node.kind.rawValue)\n    label: \(quoted(node.label))\n"
        if let subtype = node.subtype { out += "    subtype: \(subtype.rawValue)\n" }
        if let title = node.title { out += "    title: \(quoted(title))\n" }
        if let published = node.published { out += "    published: \(published)\n" }
        if let url = node.url { out += "    url: \(quoted(url))\n" }
        if let file = node.file { out += "    file: \(quoted(file))\n" }
        if let notes = node.notes { out += "    notes: \(quoted(notes))\n" }
        return out + "\n"
    }

    static func yaml(_ edge: Edge) -> String {
        var out = "  - id: \(edge.id)\n    type: \(edge.type.rawValue)\n    from: \(edge.from)\n    to: \(edge.to)\n"
        if let status = edge.status { out += "    status: \(status.rawValue)\n" }
        if let confidence = edge.confidence { out += "    confidence: \(formatted(confidence))\n" }
        if let notes = edge.notes { out += "    notes: \(quoted(notes))\n" }
        out += "    provenance:\n"
        for record in edge.provenance {
            out += "      - source: \(record.source)\n"
            if let date = record.date { out += "        date: \(date)\n" }
            out += "        attribution: \(record.attribution.rawValue)\n"
            if let quote = record.quote { out += "        quote: \(quoted(quote))\n" }
        }
        return out + "\n"
    }

    static func formatted(_ number: Double) -> String {
        let hundredths = Int((number * 100).rounded())
        let text = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        return text
    }

    /// A YAML double-quoted scalar: backslash, double quote and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
