import ArgumentParser

/// The exit codes stancegraph documents (after BSD's sysexits.h), with what each means: the
/// one table that `--help`, the README and the tests are written from.
enum ExitStatus: Int32, CaseIterable, Sendable {
    case success = 0
    /// A query ran but found nothing (like grep).
    case noResult = 1
    case usage = 64
    case dataError = 65
    case noInput = 66
    case internalError = 70
    case cannotCreateOutput = 73

    /// One line on when a command exits with this code.
    var meaning: String {
        switch self {
        case .success: "success"
        case .noResult: "a query ran but found nothing (like grep); nothing is written"
        case .usage: "usage error: a bad option or argument"
        case .dataError: "invalid graph data (the messages say where), or a name not in the graph"
        case .noInput: "an input is missing or unreadable"
        case .internalError: "Graphviz could not lay out or render the diagram, or an internal error"
        case .cannotCreateOutput: "an output cannot be written; an existing file is left as it was"
        }
    }

    var exitCode: ExitCode { ExitCode(rawValue) }

    /// The `EXIT CODES` section of a help page, for the codes a command can exit with.
    static func helpSection(_ statuses: [ExitStatus] = allCases) -> String {
        "EXIT CODES\n" + statuses.map { status in
            let code = String(status.rawValue)
            return "  " + code + String(repeating: " ", count: 4 - code.count) + status.meaning
        }.joined(separator: "\n")
    }

    /// The codes of a command that reads a graph and answers from it.
    static let queryCodes: [ExitStatus] = [.success, .noResult, .usage, .dataError, .noInput, .internalError, .cannotCreateOutput]
}
