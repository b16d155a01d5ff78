import StanceGraph

/// Why Graphviz could not turn DOT text into a diagram, with Graphviz's own message.
///
/// Each case names the stage that failed, so a caller can tell bad DOT (``parse(message:)``)
/// from a graph the engine cannot lay out (``layout(engine:message:)``) or a format whose
/// plugin is missing (``render(format:message:)``).
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The DOT text is longer than ``GraphvizRenderer/maximumDOTBytes``; nothing was parsed.
    case inputTooLarge(bytes: Int, limit: Int)
    /// Graphviz could not parse the DOT text, e.g. `syntax error in line 3 near '->'`.
    case parse(message: String)
    /// The engine failed to lay the graph out, e.g. `Edge length … larger than maximum 65535 allowed.`
    case layout(engine: LayoutEngine, message: String)
    /// The laid-out graph could not be written in the format, e.g. a missing plugin.
    case render(format: DiagramFormat, message: String)
    /// Graphviz could not set up a rendering context.
    case unavailable(message: String)

    /// Graphviz's message (or ours, where Graphviz gave none), without the stage.
    public var message: String {
        switch self {
        case let .inputTooLarge(bytes, limit):
            "The DOT text is \(bytes) bytes; the limit is \(limit) bytes."
        case let .parse(message), let .layout(_, message), let .render(_, message), let .unavailable(message):
            message
        }
    }

    /// A sentence for the user: the stage, then Graphviz's message.
    public var description: String {
        switch self {
        case .inputTooLarge:
            "Graphviz was not run: \(message)"
        case .parse:
            "Graphviz could not parse the DOT text: \(message)"
        case let .layout(engine, _):
            "Graphviz could not lay out the graph with \"\(engine.rawValue)\": \(message)"
        case let .render(format, _):
            "Graphviz could not render \"\(format.rawValue)\": \(message)"
        case .unavailable:
            "Graphviz is unavailable: \(message)"
        }
    }
}
