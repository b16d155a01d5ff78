import ArgumentParser
import Foundation

/// When stancegraph colours what it writes to a terminal (`--color`).
enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Colour on a terminal, unless `NO_COLOR` is set to a non-empty value or `TERM` is `dumb`.
    case auto
    case always
    case never

    /// Whether to colour a stream, given whether it is a terminal and the environment.
    func usesColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }

    /// Whether to colour standard error.
    var coloursStandardError: Bool {
        usesColour(isTerminal: isatty(STDERR_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
    }

    /// The option's help, shared by the help pages and the man page.
    static let help = ArgumentHelp(
        "Colour messages: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or never.",
        valueName: "when")
}
