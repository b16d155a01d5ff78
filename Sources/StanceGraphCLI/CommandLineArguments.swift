import StanceGraph

/// The command line put in the order swift-argument-parser reads it. The options every
/// subcommand takes (`GraphOptions`: `-g FILE`, `--color never`…) may come before the
/// subcommand's name; they are moved after it. A first word that names no subcommand is
/// refused here, with the subcommand it was likely meant to be, before the parser would
/// complain about the options that follow it instead.
enum CommandLineArguments {
    /// The arguments (without the program's name) in the parser's order.
    ///
    /// - Throws: ``InvocationError`` when no subcommand is named, or an unknown one.
    static func arranged(_ arguments: [String], subcommands: [String]) throws(InvocationError) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count, let taken = sharedOption(at: index, of: arguments) {
            leading.append(contentsOf: arguments[index..<(index + taken)])
            index += taken
        }
        guard index < arguments.count else { throw .noCommand(subcommands: subcommands) }
        let first = arguments[index]
        // The root's own options (--help, --version, --generate-completion-script, the
        // completion callbacks) and the options after a subcommand stay where they are.
        if first.hasPrefix("-") { return arguments }
        // `help` takes only subcommand names: the options before it have nothing to change.
        if first == "help" { return Array(arguments[index...]) }
        guard subcommands.contains(first) else {
            throw .unknownCommand(first, suggestion: Suggestions.closest(to: first, in: subcommands), subcommands: subcommands)
        }
        return [first] + leading + arguments[(index + 1)...]
    }

    /// How many words the shared option at `index` takes (`-g FILE`: 2, `--graph=FILE`: 1),
    /// or `nil` when the word is not one.
    private static func sharedOption(at index: Int, of arguments: [String]) -> Int? {
        let word = arguments[index]
        if GraphOptions.optionNames.contains(word) { return min(2, arguments.count - index) }
        if let equals = word.firstIndex(of: "="), GraphOptions.optionNames.contains(String(word[..<equals])) { return 1 }
        return nil
    }
}
