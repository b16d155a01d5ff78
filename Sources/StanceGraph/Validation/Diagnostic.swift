/// One finding about an input graph: where it is, how bad it is, and what is wrong.
public struct Diagnostic: Error, Hashable, Sendable, Comparable {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var problem: Problem

    public init(_ severity: Severity, _ problem: Problem, at location: SourceLocation?) {
        self.severity = severity
        self.problem = problem
        self.location = location
    }

    public static func error(_ problem: Problem, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, problem, at: location)
    }

    public static func warning(_ problem: Problem, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, problem, at: location)
    }

    /// Diagnostics sort by file, line and column, so they read top to bottom like the input.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return true
        case (_?, nil): return false
        default: return lhs.problem.message < rhs.problem.message
        }
    }

    /// The diagnostic as one line in the form editors and CI annotate:
    /// `FILE:LINE:COLUMN: error: message`.
    public var formatted: String {
        let place = location.map { "\($0): " } ?? ""
        var text = "\(place)\(severity.rawValue): \(problem.message)"
        if let hint = problem.hint { text += "; \(hint)" }
        return text
    }
}

/// The diagnostics of a run, with the counts a summary needs.
public struct DiagnosticReport: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) { self.diagnostics = diagnostics }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Turns every warning into an error (`--strict`).
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
        diagnostics.contains { if case .unreadable = $0.problem { return true } else { return false } }
    }
}
