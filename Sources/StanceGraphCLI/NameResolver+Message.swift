import ArgumentParser
import Foundation
import StanceGraph

extension NameResolver {
    /// The node `name` refers to; a name that picks out no node, or several, fails as `command`'s error.
    /// A name taken by its words or as a typo is said on standard error, so the user knows which node answered.
    func resolve(_ name: String, kinds: Set<NodeKind>? = nil, for command: String) throws(NameError) -> Int {
        let found: Resolution
        do { found = try resolution(of: name, kinds: kinds) } catch { throw NameError(failure: error, command: command) }
        if let note = note(found, for: name) { writeError(note) }
        return found.index
    }

    /// `note: taking "current lines" as ceasefire-current-lines (A ceasefire that freezes …)`,
    /// for a name that did not match an id, label or alias as such.
    func note(_ found: Resolution, for name: String) -> String? {
        guard found.isInexact else { return nil }
        let node = graph.nodes[found.index]
        return "note: taking \"\(TerminalText.visible(name))\" as \(TerminalText.visible(node.id)) (\(TerminalText.visible(node.label)))"
    }
}

extension NameResolver.Failure {
    /// What went wrong, with the nodes the user may have meant. Names and labels are made
    /// visible one by one: a line break in one must not pass for a line of the message.
    func message(command: String) -> String {
        func lines(_ candidates: [NameResolver.Candidate]) -> [String] {
            let width = candidates.map(\.id.count).max() ?? 0
            return candidates.map { "  \($0.id.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.label) (\($0.kind.rawValue))" }
        }
        switch self.visible {
        case let .unknown(name, suggestions):
            let base = "no node is called \"\(name)\" (names are ids, labels or aliases)"
            if suggestions.count == 1 { return base + "; did you mean \"\(suggestions[0].id)\" (\(suggestions[0].label))?" }
            if suggestions.isEmpty { return base }
            return ([base + "; did you mean one of these?"] + lines(suggestions)).joined(separator: "\n")
        case let .ambiguous(name, candidates):
            return (["\"\(name)\" could be any of \(candidates.count) nodes; name one by its id:"] + lines(candidates))
                .joined(separator: "\n")
        case let .wrongKind(name, found, expected):
            let wanted = expected.map(\.rawValue).joined(separator: " or ")
            let what = found.map { "\(article($0.kind.rawValue)) \($0.kind.rawValue)" + ($0.id == name ? "" : " (\($0.id))") }
            return "\"\(name)\" is \(what.joined(separator: " and ")), but \(command) takes \(article(wanted)) \(wanted)"
        }
    }
}

extension NameResolver.Failure {
    /// The failure with the names it quotes made visible for a terminal.
    fileprivate var visible: NameResolver.Failure {
        func shown(_ candidate: NameResolver.Candidate) -> NameResolver.Candidate {
            var candidate = candidate
            candidate.id = TerminalText.visible(candidate.id)
            candidate.label = TerminalText.visible(candidate.label)
            return candidate
        }
        switch self {
        case let .unknown(name, suggestions): return .unknown(TerminalText.visible(name), suggestions: suggestions.map(shown))
        case let .ambiguous(name, candidates): return .ambiguous(TerminalText.visible(name), candidates: candidates.map(shown))
        case let .wrongKind(name, found, expected): return .wrongKind(TerminalText.visible(name), found: found.map(shown), expected: expected)
        }
    }
}

/// "an" before a vowel, else "a".
private func article(_ word: String) -> String {
    word.first.map { "aeiou".contains($0) } ?? false ? "an" : "a"
}
