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
        DiagnosticReport(diagnostics.map { Diagnostic(.error, $0.problem, at: $0.location, followsFrom: $0.followsFrom) })
    }

    /// A diagnostic to show, with how many others follow from it and are not shown.
    public struct Entry: Sendable, Hashable {
        public var diagnostic: Diagnostic
        public var followingErrors: Int
        public var followingWarnings: Int

        public init(diagnostic: Diagnostic, followingErrors: Int = 0, followingWarnings: Int = 0) {
            self.diagnostic = diagnostic
            self.followingErrors = followingErrors
            self.followingWarnings = followingWarnings
        }
    }

    /// What to show: `sorted`, less the diagnostics that only follow from another error
    /// (`Diagnostic.followsFrom`), which are counted under it instead. A diagnostic whose cause
    /// is not in the report is shown.
    public var shown: [Entry] {
        let all = sorted
        var entries: [Entry] = []
        var causeIndex: [SourceLocation: Int] = [:]
        for diagnostic in all where diagnostic.followsFrom == nil {
            if let location = diagnostic.location, diagnostic.severity == .error, causeIndex[location] == nil {
                causeIndex[location] = entries.count
            }
            entries.append(Entry(diagnostic: diagnostic, followingErrors: 0, followingWarnings: 0))
        }
        var orphans: [Diagnostic] = []
        for diagnostic in all {
            guard let cause = diagnostic.followsFrom else { continue }
            guard let index = causeIndex[cause] else { orphans.append(diagnostic); continue }
            if diagnostic.severity == .error { entries[index].followingErrors += 1 } else { entries[index].followingWarnings += 1 }
        }
        guard !orphans.isEmpty else { return entries }
        entries += orphans.map { Entry(diagnostic: $0, followingErrors: 0, followingWarnings: 0) }
        return entries.sorted { $0.diagnostic < $1.diagnostic }
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
