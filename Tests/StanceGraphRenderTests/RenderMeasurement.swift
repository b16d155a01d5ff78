import Foundation
import StanceGraph
import Testing
@testable import StanceGraphRender

/// Not a timed test (it asserts nothing about time): prints in-process SVG render times for
/// scripts/measure-render, which sets STANCEGRAPH_MEASURE_DOT to "FILE:RUNS,FILE:RUNS" and
/// compares them with `dot -Tsvg`. Skipped when that variable is not set.
@Suite struct RenderMeasurement {
    static let request = ProcessInfo.processInfo.environment["STANCEGRAPH_MEASURE_DOT"]

    @Test(.enabled(if: request != nil)) func printInProcessSVGRenderTimes() throws {
        for item in (Self.request ?? "").split(separator: ",") {
            let parts = item.split(separator: ":")
            let path = String(parts[0])
            let runs = parts.count > 1 ? max(2, Int(parts[1]) ?? 5) : 5
            let dot = try String(contentsOfFile: path, encoding: .utf8)
            var wall: [Double] = [], cpu: [Double] = []
            for _ in 0..<runs {
                let (startWall, startCPU) = (Self.now(CLOCK_MONOTONIC), Self.now(CLOCK_PROCESS_CPUTIME_ID))
                let diagram = try GraphvizRenderer.render(dot: dot, format: .svg, engine: .dot)
                wall.append(Self.now(CLOCK_MONOTONIC) - startWall)
                cpu.append(Self.now(CLOCK_PROCESS_CPUTIME_ID) - startCPU)
                #expect(diagram.bytes.count > dot.utf8.count / 2)
            }
            print(String(
                format: "in-process  %@: first %.1f ms wall, %.1f ms CPU; then median of %d: %.1f ms wall, %.1f ms CPU",
                (path as NSString).lastPathComponent, wall[0], cpu[0], runs - 1,
                Self.median(wall.dropFirst()), Self.median(cpu.dropFirst())))
        }
    }

    /// Milliseconds on `clock`.
    private static func now(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1_000_000
    }

    private static func median(_ values: ArraySlice<Double>) -> Double {
        let sorted = values.sorted()
        return sorted.count.isMultiple(of: 2)
            ? (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2 : sorted[sorted.count / 2]
    }
}
