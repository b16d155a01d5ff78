import ArgumentParser
import StanceGraph
import StanceGraphRender

/// An error a command reports to its user: a message for standard error (or none, when the
/// command has printed its own diagnostics) and the exit status. `StanceGraphCommand.main()`
/// is the one place that prints these and exits; commands only throw.
protocol CommandError: Error {
    var status: ExitStatus { get }
    /// The text after "error: ", or `nil` when everything has been said already.
    var message: String? { get }
}

/// A failure with its words and status given where it happens: "no path from … to …" (1).
struct CommandFailure: CommandError {
    var status: ExitStatus
    var message: String?

    init(_ status: ExitStatus, _ message: String? = nil) {
        self.status = status
        self.message = message
    }

    /// A query that ran and found nothing.
    static func noResult(_ message: String) -> CommandFailure { CommandFailure(.noResult, message) }
}

extension OutputError: CommandError {
    var status: ExitStatus { .cannotCreateOutput }
    var message: String? { description }
}

extension RenderError: CommandError {
    var status: ExitStatus { .internalError }
    var message: String? { description }
}

extension GraphFilter.FilterError: CommandError {
    var status: ExitStatus { .dataError }
}

/// A name that picks out no node, or several, for a command.
struct NameError: CommandError {
    var failure: NameResolver.Failure
    var command: String

    var status: ExitStatus { .dataError }
    var message: String? { failure.message(command: command) }
}

extension CommandError {
    /// The lines written to standard error. Messages quote names and text from the input,
    /// so everything a terminal would act on is made visible here, once for every command;
    /// only the line breaks between a message's own lines are kept.
    var report: String? {
        guard let message else { return nil }
        let prefix = status == .noResult ? "" : "error: "
        return prefix + TerminalText.visible(message, keeping: .lineFeed)
    }
}
