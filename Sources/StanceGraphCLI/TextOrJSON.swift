import ArgumentParser
import StanceGraph

/// `--format text|json` for commands that print either.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
