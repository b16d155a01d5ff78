import CGraphviz
import Foundation

/// One message Graphviz reported through `agerr`.
struct GraphvizMessage: Equatable, Sendable {
    enum Severity: Equatable, Sendable { case error, warning }
    var severity: Severity
    var text: String
}

/// The messages of one Graphviz call, split by severity.
struct GraphvizReport: Equatable, Sendable {
    var errors: [String] = []
    var warnings: [String] = []

    init(_ messages: [GraphvizMessage]) {
        for message in messages {
            switch message.severity {
            case .error: errors.append(message.text)
            case .warning: warnings.append(message.text)
            }
        }
    }

    /// The text for a failed call: the errors, else the warnings, else `fallback`.
    func failureText(fallback: @autoclosure () -> String) -> String {
        if !errors.isEmpty { return errors.joined(separator: "\n") }
        if !warnings.isEmpty { return warnings.joined(separator: "\n") }
        return fallback()
    }
}

/// What Graphviz wrote through the message hook since the last `drain()`.
///
/// With a user function installed, cgraph's `agerr` calls it three times per message:
/// `"Error"` or `"Warning"`, then `": "`, then the formatted text; a continuation (`AGPREV`)
/// arrives as the text alone. The hook runs on the thread inside the gate, but the log has its
/// own lock so that it is sound whoever calls it.
final class GraphvizMessageLog: @unchecked Sendable {
    private let lock = NSLock()
    private var fragments: [String] = []

    func append(_ fragment: String) {
        lock.lock()
        defer { lock.unlock() }
        fragments.append(fragment)
    }

    /// Removes and returns what was logged, folded into messages.
    func drain() -> [GraphvizMessage] {
        lock.lock()
        let taken = fragments
        fragments.removeAll()
        lock.unlock()
        return Self.fold(taken)
    }

    /// Folds `agerr`'s fragments into messages (see the type's comment for their shape).
    static func fold(_ fragments: [String]) -> [GraphvizMessage] {
        var messages: [GraphvizMessage] = []
        var index = 0
        while index < fragments.count {
            let fragment = fragments[index]
            let severity: GraphvizMessage.Severity? =
                fragment == "Error" ? .error : fragment == "Warning" ? .warning : nil
            if let severity, index + 1 < fragments.count, fragments[index + 1] == ": " {
                messages.append(GraphvizMessage(severity: severity, text: ""))
                index += 2
                continue
            }
            if messages.isEmpty {
                messages.append(GraphvizMessage(severity: .warning, text: fragment))
            } else {
                messages[messages.count - 1].text += fragment
            }
            index += 1
        }
        return messages.compactMap { message in
            let text = message.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : GraphvizMessage(severity: message.severity, text: text)
        }
    }
}

/// The process-wide log the C hook writes to (a C function pointer cannot capture context).
let graphvizMessageLog = GraphvizMessageLog()

/// The `agusererrf` installed with `agseterrf`: keeps Graphviz's messages off stderr.
let graphvizMessageHook: agusererrf = { text in
    guard let text else { return 0 }
    graphvizMessageLog.append(String(cString: text))
    return 0
}
