/// The diagnostics of a run, with the counts a summary needs.
public struct DiagnosticReport: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) { self.diagnostics = diagnostics }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Turns every warning into an error (a strict check).
    public func escalatingWarnings() -> DiagnosticReport {
        DiagnosticReport(diagnostics.map { Diagnostic(.error, $0.problem, at: $0.location) })
    }

    /// Sorted by position, without exact repeats.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }.sorted()
    }

    /// Whether any problem is an input that could not be read at all (exit 66, not 65).
    public var hasUnreadableInput: Bool {
        diagnostics.contains {
            switch $0.problem {
            case .unreadable, .formatUnknown: return true
            default: return false
            }
        }
    }
}
