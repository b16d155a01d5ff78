import Foundation
import StanceGraph
import StanceGraphRender

/// `--soak N`: renders one graph to SVG N times in this process and reports the resident
/// memory at the start, after the first render (Graphviz's context and plugins loaded), after
/// 1,000 renders and at the end. A long-running service renders like this; memory that grows
/// with every render would show here. docs/performance.md has the figures.
enum Soak {
    struct Sample {
        var renders: Int
        var residentBytes: Int
        var seconds: Double
    }

    static func run(renders count: Int, graphPath: String) -> [Sample] {
        let input = readInput(graphPath)
        let result = GraphLoader().load([input])
        guard let graph = result.graph else { Options.fail("\(graphPath) does not load: \(result.report.errorCount) errors") }
        let clock = ContinuousClock()
        let start = clock.now
        var samples = [Sample(renders: 0, residentBytes: Memory.resident() ?? 0, seconds: 0)]
        let marks: Set<Int> = [1, 10, 100, 1_000, 2_000, 5_000, count]
        for number in 1...count {
            do {
                sink &+= try DiagramRenderer.render(graph, as: .svg).bytes.count
            } catch {
                Options.fail("render \(number) failed: \(error)")
            }
            if marks.contains(number) || number % 10_000 == 0 {
                samples.append(Sample(renders: number, residentBytes: Memory.resident() ?? 0, seconds: seconds(clock.now - start)))
            }
        }
        return samples
    }

    static func report(_ samples: [Sample], graphPath: String, format: String) {
        if format == "json" {
            print(JSONValue.object([
                ("stancegraph", .string(StanceGraph.version)),
                ("soak", .string(graphPath)),
                ("samples", .array(samples.map { sample in
                    .object([("renders", .int(sample.renders)), ("rss_bytes", .int(sample.residentBytes)), ("elapsed_s", .double(sample.seconds))])
                })),
            ]).serialized())
            return
        }
        print("stancegraph-bench \(StanceGraph.version): soak, \(graphPath) rendered to SVG in one process\n")
        print("renders      RSS        elapsed")
        for sample in samples {
            let renders = String(sample.renders).padding(toLength: 8, withPad: " ", startingAt: 0)
            print("\(renders) \(String(format: "%8.1f MB", Double(sample.residentBytes) / 1_048_576))   \(formatSeconds(sample.seconds))")
        }
        if let thousand = samples.first(where: { $0.renders == 1_000 }), let last = samples.last, last.renders > 1_000 {
            let perThousand = Double(last.residentBytes - thousand.residentBytes) / Double(last.renders - 1_000) * 1_000
            print(String(format: "\ngrowth after the first 1,000 renders: %.1f KB per 1,000 renders", perThousand / 1024))
        }
    }
}

extension Memory {
    /// The resident set size now (VmRSS), in bytes; Linux only.
    static func resident() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }
}
