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
    /// Where the error this one follows from is: set when this diagnostic is only a consequence
    /// of a broken container (a `nodes` that is not a list, a node whose id could not be read),
    /// and would go away with it. `DiagnosticReport.shown` leaves such diagnostics out and
    /// counts them under their cause; they still count in `errorCount` and `warningCount`.
    public var followsFrom: SourceLocation?

    public init(_ severity: Severity, _ problem: Problem, at location: SourceLocation?, followsFrom cause: SourceLocation? = nil) {
        self.severity = severity
        self.problem = problem
        self.location = location
        self.followsFrom = cause
    }

    public static func error(_ problem: Problem, at location: SourceLocation?, followsFrom cause: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, problem, at: location, followsFrom: cause)
    }

    public static func warning(_ problem: Problem, at location: SourceLocation?, followsFrom cause: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.warning, problem, at: location, followsFrom: cause)
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
    public var formatted: String { formatted(naming: { _ in nil }) }

    /// `formatted`, with the hint followed by how the caller's users change the setting it
    /// refers to (`settingName`, such as a command-line option), in brackets.
    public func formatted(naming settingName: (Problem.Setting) -> String?) -> String {
        let place = location.map { "\($0): " } ?? ""
        var text = "\(place)\(severity.rawValue): \(problem.message)"
        if let hint = problem.hint(naming: settingName) { text += "; \(hint)" }
        return text
    }
}
