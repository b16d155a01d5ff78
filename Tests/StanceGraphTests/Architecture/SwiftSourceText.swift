import Foundation

/// Just enough of Swift's lexical structure for the architecture tests: the code of a source
/// file without its comments and string literals, and the types it declares at the top level.
enum SwiftSourceText {
    /// `text` with every comment (line, block, nested block) and string literal (plain,
    /// multi-line, raw) replaced by a space, so that what is left is code; the code of a
    /// string's interpolations is kept.
    static func code(of text: String) -> String {
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func at(_ offset: Int) -> Unicode.Scalar? { i + offset < chars.count ? chars[i + offset] : nil }
        while i < chars.count {
            let c = chars[i]
            if c == "/" && at(1) == "/" {
                while i < chars.count && chars[i] != "\n" { i += 1 }
                out.append(" ")
            } else if c == "/" && at(1) == "*" {
                var depth = 0
                repeat {
                    if chars[i] == "/" && at(1) == "*" { depth += 1; i += 2 }
                    else if chars[i] == "*" && at(1) == "/" { depth -= 1; i += 2 }
                    else { i += 1 }
                } while depth > 0 && i < chars.count
                out.append(" ")
            } else if c == "#" || c == "\"" {
                // A string literal, raw when it starts with #s: #"…"#, #"""…"""#.
                var hashes = 0
                while at(hashes) == "#" { hashes += 1 }
                guard at(hashes) == "\"" else { out.append(c); i += 1; continue }
                i += hashes
                let multiline = at(1) == "\"" && at(2) == "\""
                let quote = multiline ? 3 : 1
                i += quote
                out.append(" ")
                skipString(chars, &i, hashes: hashes, quotes: quote, keeping: &out)
                out.append(" ")
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// Moves `i` past the end of a string literal whose opening delimiter it has just passed,
    /// adding the code of its interpolations to `out`.
    private static func skipString(_ chars: [Unicode.Scalar], _ i: inout Int, hashes: Int, quotes: Int,
                                   keeping out: inout String.UnicodeScalarView) {
        func closes(at index: Int) -> Bool {
            guard index + quotes + hashes <= chars.count else { return false }
            for k in 0..<quotes where chars[index + k] != "\"" { return false }
            for k in 0..<hashes where chars[index + quotes + k] != "#" { return false }
            return true
        }
        while i < chars.count {
            if chars[i] == "\\" {
                // An escape or an interpolation only when followed by the literal's hashes.
                var k = 0
                while k < hashes && i + 1 + k < chars.count && chars[i + 1 + k] == "#" { k += 1 }
                if k == hashes {
                    i += 1 + hashes
                    if i < chars.count && chars[i] == "(" {
                        out.append(" ")
                        skipInterpolation(chars, &i, keeping: &out)
                        out.append(" ")
                    } else {
                        i += 1
                    }
                    continue
                }
            }
            if closes(at: i) { i += quotes + hashes; return }
            i += 1
        }
    }

    /// Moves `i` past the parenthesised interpolation it stands on, adding its code (without
    /// the strings within it) to `out`.
    private static func skipInterpolation(_ chars: [Unicode.Scalar], _ i: inout Int, keeping out: inout String.UnicodeScalarView) {
        var depth = 0
        while i < chars.count {
            let c = chars[i]
            if c == "(" { depth += 1 }
            else if c == ")" { depth -= 1; if depth == 0 { i += 1; return } }
            else if c == "\"" {
                let multiline = i + 2 < chars.count && chars[i + 1] == "\"" && chars[i + 2] == "\""
                i += multiline ? 3 : 1
                out.append(" ")
                skipString(chars, &i, hashes: 0, quotes: multiline ? 3 : 1, keeping: &out)
                out.append(" ")
                continue
            }
            out.append(c)
            i += 1
        }
    }

    /// The names of the types `code` (already without comments and strings) declares outside
    /// any braces: structs, enums, classes, protocols, typealiases and actors.
    static func topLevelTypes(in code: String) -> Set<String> {
        var names: Set<String> = []
        var depth = 0
        var topLevel = ""
        for c in code {
            if c == "{" { depth += 1; if depth == 1 { topLevel.append(" ") } }
            else if c == "}" { depth -= 1 }
            else if depth == 0 { topLevel.append(c) }
        }
        let words = identifiers(in: topLevel)
        let kinds: Set<String> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
        let notNames: Set<String> = ["func", "var", "let", "subscript", "init"]
        for (word, next) in zip(words, words.dropFirst()) where kinds.contains(word) && !notNames.contains(next) {
            names.insert(next)
        }
        return names
    }

    /// The identifiers of `code`, in order.
    static func identifiers(in code: String) -> [String] {
        var words: [String] = []
        var current = ""
        for c in code.unicodeScalars {
            if c == "_" || CharacterSet.alphanumerics.contains(c) {
                current.unicodeScalars.append(c)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.filter { !($0.first?.isNumber ?? true) }
    }
}
