import Foundation

/// Runs a piece of work while a thread of its own calls a ``RenderProgress`` back.
///
/// The thread only waits on a condition and calls the progress closures; it never touches
/// Graphviz, so it needs no part of `GraphvizGate`'s lock.
final class ProgressTicker: @unchecked Sendable {
    private let progress: RenderProgress
    /// Guards `done`; the thread waits on it between updates.
    private let condition = NSCondition()
    private var done = false
    /// Signalled by the thread when it has called `finish` (or found nothing to finish).
    private let ended = DispatchSemaphore(value: 0)

    private init(_ progress: RenderProgress) {
        self.progress = progress
    }

    /// `work`'s result, with `progress` called back while it runs; with no progress, just `work`.
    static func run<T, E: Error>(_ progress: RenderProgress?, _ work: () throws(E) -> T) throws(E) -> T {
        guard let progress else { return try work() }
        let ticker = ProgressTicker(progress)
        let began = ContinuousClock.now
        Thread.detachNewThread { ticker.tick(from: began) }
        defer { ticker.stop() }
        return try work()
    }

    private func tick(from began: ContinuousClock.Instant) {
        let interval = max(progress.interval, .milliseconds(10))
        var next = began + progress.delay
        var reported = false
        condition.lock()
        while !done {
            let now = ContinuousClock.now
            guard now >= next else {
                _ = condition.wait(until: Date(timeIntervalSinceNow: Self.seconds(next - now)))
                continue
            }
            condition.unlock()
            progress.update(now - began)
            reported = true
            while next <= now { next += interval }
            condition.lock()
        }
        condition.unlock()
        if reported { progress.finish() }
        ended.signal()
    }

    /// Ends the ticking and waits until `finish` has been called.
    private func stop() {
        condition.lock()
        done = true
        condition.signal()
        condition.unlock()
        ended.wait()
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
