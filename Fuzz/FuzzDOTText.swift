// Target dot-text: the DOT escaper. For any text, `DOTText.quoted` must be one DOT quoted
// string (starting and ending with `"`, no unescaped `"` inside, no raw line break or control
// character), and reading it back as Graphviz does (the lexer's `\"`, then escString's `\\`
// and `\n`, then the entity decoder's `&amp;` `&lt;` `&gt;`) must give the input less what the
// escaper documents it drops or changes (controls and noncharacters dropped, tabs as spaces,
// CR, CR LF, NEL and the line and paragraph separators as one line break).

func fuzzDOTText(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let quoted = DOTText.quoted(text)
    let scalars = Array(quoted.unicodeScalars)
    guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else { fuzzFailure("not a quoted string: \(quoted.debugDescription)") }
    // Unescape as the DOT lexer and escString expansion do, checking every `"` is escaped.
    var decoded = String.UnicodeScalarView()
    var index = 1
    while index < scalars.count - 1 {
        let scalar = scalars[index]
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { fuzzFailure("raw control U+\(String(scalar.value, radix: 16)) in \(quoted.debugDescription)") }
        if scalar == "\"" { fuzzFailure("unescaped quote in \(quoted.debugDescription)") }
        if scalar == "\\" {
            guard index + 1 < scalars.count - 1 else { fuzzFailure("dangling backslash in \(quoted.debugDescription)") }
            let next = scalars[index + 1]
            switch next {
            case "\"", "\\": decoded.append(next)
            case "n": decoded.append("\n")
            default: fuzzFailure("unexpected escape \\\(next) in \(quoted.debugDescription)")
            }
            index += 2
            continue
        }
        decoded.append(scalar)
        index += 1
    }
    var entities = String(decoded)
    guard !entities.contains("&") || entities.replacingAll("&amp;", "").replacingAll("&lt;", "").replacingAll("&gt;", "").contains("&") == false else {
        fuzzFailure("a raw & in \(quoted.debugDescription)")
    }
    entities = entities.replacingAll("&lt;", "<").replacingAll("&gt;", ">").replacingAll("&amp;", "&")
    if entities != expected(text) { fuzzFailure("reads back as \(entities.debugDescription), not \(expected(text).debugDescription)") }
}

/// What Graphviz should show for `text`, by the escaper's documented rules.
private func expected(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
        defer { previousWasCarriageReturn = scalar == "\r" }
        switch scalar {
        case "\n": if !previousWasCarriageReturn { output.append("\n") }
        case "\r", "\u{85}", "\u{2028}", "\u{2029}": output.append("\n")
        case "\t": output.append(" ")
        default:
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isNoncharacterCodePoint { continue }
            output.append(scalar)
        }
    }
    return String(output)
}

extension String {
    /// Every occurrence of `target` replaced, scalar by scalar (no Foundation).
    fileprivate func replacingAll(_ target: String, _ replacement: String) -> String {
        let needle = Array(target.unicodeScalars)
        let haystack = Array(unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < haystack.count {
            if index + needle.count <= haystack.count, Array(haystack[index..<index + needle.count]) == needle {
                output.append(contentsOf: replacement.unicodeScalars)
                index += needle.count
            } else {
                output.append(haystack[index])
                index += 1
            }
        }
        return String(output)
    }
}
