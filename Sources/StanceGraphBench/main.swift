// stancegraph-bench: times the library's hot paths in one process.
//
//     swift build -c release --product stancegraph-bench
//     .build/release/stancegraph-bench --json /tmp/syn-100k.json --yaml /tmp/syn-100k.yaml
//
// Each case runs --runs times; the table gives the median and the fastest run, and the peak
// resident memory while the case ran (the high-water mark is reset before each case).
// Generate inputs with scripts/generate-synthetic. `--format json` is for scripts.
//
// To add a case (the query index, each export format, path queries once they exist), append
// a `BenchCase` in `cases(for:)` below; the table and the JSON output pick it up.
// scripts/bench-compare already looks for path cases: when `--help` mentions `--pairs FILE`
// (lines "FROM TO", written by bench-compare) and `--pair-count N`, it reads the cases named
// "path shortest…" and "path all…" from `--format json`, using "per_query_s" (one median per
// query, over the runs) when present.

import Foundation
import StanceGraph

// MARK: - Options

struct Options {
    var json: String?
    var yaml: String?
    var runs = 5
    var format = "text"
    var only: Set<String> = []

    static let usage = """
        usage: stancegraph-bench [--json FILE] [--yaml FILE] [--runs N] [--only NAME,...] [--format text|json]

        Times loading (parse + decode, validate, build), statistics and filters in one process.
        At least one of --json and --yaml is needed; the cases after loading use the JSON graph
        (or the YAML one when no JSON is given). --only keeps the cases whose names start with
        one of the given prefixes (e.g. --only load,filter).
        """

    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var index = 0
        func value() -> String {
            index += 1
            guard index < arguments.count else { fail("\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--json": options.json = value()
            case "--yaml": options.yaml = value()
            case "--runs":
                guard let runs = Int(value()), runs > 0 else { fail("--runs needs a positive number") }
                options.runs = runs
            case "--format":
                options.format = value()
                guard ["text", "json"].contains(options.format) else { fail("--format is text or json") }
            case "--only": options.only = Set(value().split(separator: ",").map(String.init))
            case "-h", "--help":
                print(usage)
                exit(0)
            default: fail("unknown argument \(arguments[index])")
            }
            index += 1
        }
        if options.json == nil && options.yaml == nil { fail("give --json FILE, --yaml FILE or both") }
        return options
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("stancegraph-bench: \(message)\n\n\(usage)\n".utf8))
        exit(64)
    }
}

// MARK: - Measuring

/// Keeps results alive so that the optimiser cannot drop the work that made them.
nonisolated(unsafe) var sink = 0

enum Memory {
    /// Resets the kernel's peak-RSS mark (VmHWM) to the current RSS (Linux: clear_refs 5).
    static func resetPeak() {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
        handle.write(Data("5".utf8))
        try? handle.close()
    }

    /// The peak resident set size since the last reset, in bytes.
    static func peak() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            var usage = rusage()
            #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return usage.ru_maxrss * 1024  // kilobytes on Linux
            #else
            getrusage(RUSAGE_SELF, &usage)
            return usage.ru_maxrss  // bytes on macOS
            #endif
        }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }
}

func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}

/// One row of the table: a name and the time of each run.
struct Row {
    var name: String
    var times: [Double]
    var peakBytes: Int?
    var note: String?

    var median: Double {
        let sorted = times.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
    var fastest: Double { times.min() ?? 0 }
}

/// A sub-phase of a case, measured in one run: its time, and the peak RSS so far in the case.
struct PhaseTime {
    var name: String
    var seconds: Double
    var peakBytes: Int?
}

/// A case: runs `body` once per run. `body` returns the times of its sub-phases, which become
/// indented rows. `note` is worked out (untimed) just before the runs.
struct BenchCase {
    var name: String
    var note: () -> String? = { nil }
    var body: () -> [PhaseTime]
}

/// The graph the cases after loading share, loaded (untimed) when the first of them runs,
/// so that the loading cases' peak memory does not include it.
final class SharedGraph {
    let path: String
    private var loaded: Graph?
    init(path: String) { self.path = path }
    var graph: Graph {
        if let loaded { return loaded }
        let graph = timedLoad(readInput(path)).graph
        loaded = graph
        return graph
    }
}

// MARK: - Cases

func readInput(_ path: String) -> GraphInput {
    switch GraphInput.read(path: path) {
    case .success(let input): return input
    case .failure(let diagnostic): Options.fail(diagnostic.formatted)
    }
}

/// Loads a file, timing the loader's phases; stops the benchmark if the graph is invalid.
func timedLoad(_ input: GraphInput) -> (graph: Graph, phases: [PhaseTime]) {
    let clock = ContinuousClock()
    var marks: [(GraphLoader.Phase, ContinuousClock.Instant, Int?)] = []
    let start = clock.now
    let result = GraphLoader().load([input]) { phase in
        let now = clock.now
        marks.append((phase, now, Memory.peak()))  // reading the peak takes a few µs: outside the phases
    }
    guard let graph = result.graph else {
        Options.fail("\(input.name) is not a valid graph: \(result.report.sorted.first.map(\.formatted) ?? "")")
    }
    var phases: [PhaseTime] = []
    var previous = start
    for (phase, instant, peak) in marks {
        let name: String
        switch phase {
        case .decoded: name = "parse + decode"
        case .validated: name = "validate (ids, references, kinds)"
        case .built: name = "build graph indices"
        }
        phases.append(PhaseTime(name: name, seconds: seconds(previous.duration(to: instant)), peakBytes: peak))
        previous = instant
    }
    return (graph, phases)
}

/// The actor with the most edges: the centre for ego-network filters.
func busiestActor(in graph: Graph) -> String? {
    var degree = [Int](repeating: 0, count: graph.nodes.count)
    for index in graph.edges.indices {
        degree[graph.edgeSources[index]] += 1
        degree[graph.targetNodeIndex(ofEdge: index)] += 1
    }
    return graph.nodes.indices.filter { graph.nodes[$0].kind == .actor }.max { degree[$0] < degree[$1] }.map { graph.nodes[$0].id }
}

func cases(for options: Options) -> [BenchCase] {
    var list: [BenchCase] = []
    for (label, path) in [("JSON", options.json), ("YAML", options.yaml)] {
        guard let path else { continue }
        list.append(BenchCase(name: "read \(label) file") {
            sink &+= readInput(path).bytes.count
            return []
        })
        // The file is read once, before the runs: this times the library's work on its bytes.
        var input: GraphInput?
        list.append(BenchCase(name: "load \(label)", note: {
            input = readInput(path)
            return "parse, decode, validate, build"
        }) {
            let (graph, phases) = timedLoad(input!)
            sink &+= graph.edges.count
            return phases
        })
    }

    // Everything after loading works on one loaded graph.
    let shared = SharedGraph(path: options.json ?? options.yaml!)
    list.append(BenchCase(name: "statistics") {
        sink &+= GraphStatistics(shared.graph).provenanceRecords
        return []
    })
    var asOf: PartialDate?
    list.append(BenchCase(name: "filter --as-of (middle year)", note: {
        if let range = shared.graph.dateRange {
            asOf = try? PartialDate(year: (range.lowerBound.year + range.upperBound.year) / 2)
        }
        return asOf?.description
    }) {
        sink &+= (try? GraphFilter(asOf: asOf).apply(to: shared.graph).edges.count) ?? 0
        return []
    })
    list.append(BenchCase(name: "filter --type supports,opposes") {
        sink &+= (try? GraphFilter(types: [.supports, .opposes]).apply(to: shared.graph).edges.count) ?? 0
        return []
    })
    var centre: String?
    list.append(BenchCase(name: "filter --actor (busiest) --depth 2", note: {
        centre = busiestActor(in: shared.graph)
        return centre
    }) {
        sink &+= (try? GraphFilter(egoCentre: centre, egoDepth: 2).apply(to: shared.graph).edges.count) ?? 0
        return []
    })
    // Next, as they land: building the query index, export --format graphml/json/dot/svg,
    // path queries (shortest, k = 10, max-hops 4) between the pairs bench-compare writes.
    return list
}

// MARK: - Running

func run(_ benchCase: BenchCase, runs: Int) -> [Row] {
    let clock = ContinuousClock()
    var times: [Double] = []
    var phaseTimes: [String: [Double]] = [:], phasePeaks: [String: Int] = [:], phaseOrder: [String] = []
    let note = benchCase.note()
    Memory.resetPeak()
    for _ in 0..<runs {
        var phases: [PhaseTime] = []
        let elapsed = clock.measure { phases = benchCase.body() }
        times.append(seconds(elapsed))
        for phase in phases {
            if phaseTimes[phase.name] == nil {
                phaseOrder.append(phase.name)
                // The first run's: later runs reuse memory the allocator kept from it.
                phasePeaks[phase.name] = phase.peakBytes
            }
            phaseTimes[phase.name, default: []].append(phase.seconds)
        }
    }
    var rows = [Row(name: benchCase.name, times: times, peakBytes: Memory.peak(), note: note)]
    for name in phaseOrder { rows.append(Row(name: "  " + name, times: phaseTimes[name]!, peakBytes: phasePeaks[name])) }
    return rows
}

func formatSeconds(_ value: Double) -> String {
    if value >= 1 { return String(format: "%.3f s", value) }
    if value >= 1e-3 { return String(format: "%.1f ms", value * 1e3) }
    return String(format: "%.1f µs", value * 1e6)
}

func megabytes(_ bytes: Int?) -> String { bytes.map { String(format: "%.0f MB", Double($0) / 1_048_576) } ?? "" }

func fileSize(_ path: String?) -> Int? {
    guard let path else { return nil }
    return (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
}

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
let selected = cases(for: options).filter { benchCase in
    options.only.isEmpty || options.only.contains { benchCase.name.hasPrefix($0) }
}
var rows: [Row] = []
for benchCase in selected { rows.append(contentsOf: run(benchCase, runs: options.runs)) }

if options.format == "json" {
    var cases: [JSONValue] = []
    for row in rows {
        var members: [(String, JSONValue)] = [
            ("name", .string(row.name.trimmingCharacters(in: .whitespaces))),
            ("phase", .bool(row.name.hasPrefix(" "))),
            ("median_s", .double(row.median)),
            ("min_s", .double(row.fastest)),
            ("runs", .array(row.times.map { .double($0) })),
        ]
        if let peak = row.peakBytes { members.append(("peak_rss_bytes", .int(peak))) }
        if let note = row.note { members.append(("note", .string(note))) }
        cases.append(.object(members))
    }
    let document: JSONValue = .object([
        ("stancegraph", .string(StanceGraph.version)),
        ("json", JSONValue(options.json)),
        ("json_bytes", fileSize(options.json).map { .int($0) } ?? .null),
        ("yaml", JSONValue(options.yaml)),
        ("yaml_bytes", fileSize(options.yaml).map { .int($0) } ?? .null),
        ("runs", .int(options.runs)),
        ("cases", .array(cases)),
    ])
    print(document.serialized())
} else {
    var header = "stancegraph-bench \(StanceGraph.version), \(options.runs) runs per case"
    for (label, path) in [("JSON", options.json), ("YAML", options.yaml)] {
        if let path { header += "\n\(label): \(path) (\(megabytes(fileSize(path))))" }
    }
    print(header + "\n")
    let width = max(36, rows.map(\.name.count).max() ?? 0)
    func pad(_ text: String, _ count: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, count - text.count))
        return left ? padding + text : text + padding
    }
    print(pad("case", width) + pad("median", 12, left: true) + pad("fastest", 12, left: true) + pad("peak RSS", 11, left: true))
    for row in rows {
        var line = pad(row.name, width) + pad(formatSeconds(row.median), 12, left: true) + pad(formatSeconds(row.fastest), 12, left: true)
            + pad(megabytes(row.peakBytes), 11, left: true)
        if let note = row.note { line += "   (\(note))" }
        print(line)
    }
    print("")
    print("peak RSS: the process's high-water mark while the case ran (reset before each case, so it")
    print("includes memory the allocator kept from earlier cases); on a phase row, the peak up to the")
    print("end of that phase in the first run.")
}
