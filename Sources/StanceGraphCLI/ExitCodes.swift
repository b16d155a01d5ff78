import ArgumentParser

/// The documented exit codes (after BSD's sysexits.h).
extension ExitCode {
    /// A query ran but found nothing (like grep).
    static let noResult = ExitCode(1)
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let internalError = ExitCode(70)
    static let cannotCreateOutput = ExitCode(73)
}
