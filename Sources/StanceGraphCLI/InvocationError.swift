/// A command line that names no subcommand, or one that does not exist: said with the usage
/// and, for a typo, the subcommand meant.
enum InvocationError: CommandError, Equatable {
    /// No subcommand (nothing at all, or only options every subcommand takes).
    case noCommand(subcommands: [String])
    /// A first word that is not a subcommand, with the closest one when it is a likely typo.
    case unknownCommand(String, suggestion: String?, subcommands: [String])

    var status: ExitStatus { .usage }

    var message: String? {
        switch self {
        case .noCommand(let subcommands):
            "no command given\n" + Self.usage(subcommands)
        case .unknownCommand(let word, let suggestion?, let subcommands):
            "unknown command \"\(word)\"; did you mean \"\(suggestion)\"?\n" + Self.usage(subcommands)
        case .unknownCommand(let word, nil, let subcommands):
            "unknown command \"\(word)\"\n" + Self.usage(subcommands)
        }
    }

    private static func usage(_ subcommands: [String]) -> String {
        """
        USAGE: stancegraph [-g <path> ...] [--color <when>] <subcommand> [<options>]
        SUBCOMMANDS: \(subcommands.joined(separator: ", "))
          See 'stancegraph --help' for more information.
        """
    }
}
