/// What to do while a long render runs: Graphviz's layout call blocks and says nothing until
/// it is done, so a thread of its own tells the caller how long it has been running.
///
/// Nothing is reported for a render that ends within ``delay``; after that, ``update`` is called
/// every ``interval`` with the time elapsed, and ``finish`` once the render has ended (only if
/// ``update`` was called), before the render returns, so that a line drawn on a terminal can
/// be erased before anything else is written. Both are called on the progress thread, never
/// inside Graphviz's lock, and never at the same time.
///
/// ```swift
/// let progress = RenderProgress(update: { elapsed in print("\rlaying out… \(elapsed)", terminator: "") },
///                               finish: { print("\r", terminator: "") })
/// let svg = try DiagramRenderer.render(graph, as: .svg, progress: progress)
/// ```
public struct RenderProgress: Sendable {
    /// How long a render runs before the first ``update`` (2 seconds by default).
    public var delay: Duration
    /// The time between updates (1 second by default).
    public var interval: Duration
    /// Called with the time since the render began.
    public var update: @Sendable (_ elapsed: Duration) -> Void
    /// Called once the render has ended, if ``update`` was called.
    public var finish: @Sendable () -> Void

    public init(delay: Duration = .seconds(2), interval: Duration = .seconds(1),
                update: @escaping @Sendable (_ elapsed: Duration) -> Void, finish: @escaping @Sendable () -> Void) {
        self.delay = delay
        self.interval = interval
        self.update = update
        self.finish = finish
    }
}
