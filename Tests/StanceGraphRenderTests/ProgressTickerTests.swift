import Foundation
import Testing
@testable import StanceGraphRender

/// The progress thread reports a long piece of work after the delay, every interval, and
/// finishes before the work's caller goes on; a short piece of work hears nothing.
@Suite struct ProgressTickerTests {
    /// What the progress closures were called with, in order: the elapsed milliseconds, or nil for `finish`.
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var log: [Int?] = []
        var all: [Int?] { lock.withLock { log } }
        func append(_ call: Int?) { lock.withLock { log.append(call) } }

        func progress(delay: Duration, interval: Duration) -> RenderProgress {
            RenderProgress(delay: delay, interval: interval,
                           update: { elapsed in self.append(Int(elapsed / .milliseconds(1))) },
                           finish: { self.append(nil) })
        }
    }

    @Test func longWorkIsReportedAfterTheDelayAndFinishedBeforeItReturns() {
        let calls = Calls()
        let result = ProgressTicker.run(calls.progress(delay: .milliseconds(50), interval: .milliseconds(50))) {
            Thread.sleep(forTimeInterval: 0.4)
            return 42
        }
        #expect(result == 42)
        let log = calls.all
        #expect(log.last == .some(nil), "finish comes last, before run returns: \(log)")
        let updates = log.compactMap { $0 }
        #expect(updates.count == log.count - 1, "one finish: \(log)")
        #expect(updates.count >= 2, "\(log)")
        #expect(updates.allSatisfy { $0 >= 50 }, "nothing before the delay: \(log)")
        #expect(updates == updates.sorted())
    }

    @Test func shortWorkIsNeitherReportedNorFinished() {
        let calls = Calls()
        _ = ProgressTicker.run(calls.progress(delay: .seconds(30), interval: .seconds(1))) { 1 }
        #expect(calls.all.isEmpty)
    }

    @Test func workThatThrowsStillStopsTheThread() {
        struct Failure: Error {}
        let calls = Calls()
        #expect(throws: Failure.self) {
            try ProgressTicker.run(calls.progress(delay: .zero, interval: .milliseconds(20))) { () throws(Failure) -> Int in
                Thread.sleep(forTimeInterval: 0.1)
                throw Failure()
            }
        }
        #expect(calls.all.last == .some(nil), "\(calls.all)")
    }

    @Test func withoutProgressTheWorkJustRuns() {
        #expect(ProgressTicker.run(nil) { "done" } == "done")
    }
}
