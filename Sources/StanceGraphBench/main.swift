// stancegraph-bench: times the library's hot paths in one process.
//
//     swift build -c release --product stancegraph-bench
//     .build/release/stancegraph-bench --json /tmp/syn-100k.json --yaml /tmp/syn-100k.yaml
//
// Each case runs --runs times; the table gives the median and the fastest run, and the peak
// resident memory while the case ran (the high-water mark is reset before each case).
// Generate inputs with scripts/generate-synthetic. `--format json` is for scripts.
//
// Cases: read and load (JSON, YAML), statistics, filters, the query index build, each export
// format (written to an in-memory sink that drops its bytes every 64 KiB, as the CLI's file
// stream does, so the disk is not timed), and path queries between pairs of nodes. To add a
// case, append a `BenchCase` in `cases(for:)`; the table and the JSON output pick it up.
// scripts/bench-compare reads the cases named "path shortest…" and "path all…" from
// `--format json`, using "per_query_s" (one median per query, over the runs).

import Foundation
import StanceGraph
import StanceGraphRender

// MARK: - Options

struct Options {
    var json: String?
    var yaml: String?
    var runs = 5
    var format = "text"
    var only: Set<String> = []
    var pairs: String?
    var pairCount = 10
    var svgMaxEdges = 2_000
    var dot: [String] = []
    var soak: Int?

    static let usage = """
        usage: stancegraph-bench [--json FILE] [--yaml FILE] [--runs N] [--only NAME,...] [--format text|json]
                                 [--pairs FILE] [--pair-count N] [--svg-max-edges N] [--dot FILE ...]
               stancegraph-bench --soak N [--yaml FILE] [--format text|json]

        Times loading (parse + decode, validate, build), statistics, filters, the query index,
        each export format and path queries in one process. At least one of --json and --yaml
        is needed; the cases after loading use the JSON graph (or the YAML one when no JSON is
        given). --only keeps the cases whose names start with one of the given prefixes (e.g.
        --only load,export,path).

        Path queries follow edges either way and may pass through source documents (as the
        networkx and igraph references do), with the index built once, before the runs.
        --pairs FILE gives the pairs, one "FROM TO" (node ids) per line; without it, 100
        deterministic pairs of non-source nodes are drawn. "path shortest" runs every pair;
        "path k=10" and "path all <=4 hops" (at most 1000 paths per pair) the first
        --pair-count (default 10). The SVG export (Graphviz layout, in-process) runs only
        on graphs of at most --svg-max-edges edges (default 2000): layout dominates above.

        --dot FILE (repeatable) times rendering that DOT file to SVG in-process (Graphviz
        layout and render, as `dot -Tsvg` does; scripts/measure-render compares the two). Its
        note gives the first render alone, which includes creating the Graphviz context. With
        only --dot, no graph is loaded.

        --soak N renders the graph of --yaml (default graphs/ceasefire-signals.yaml) to SVG
        N times in this one process and reports the resident memory at the start, after the
        first render, after 1,000 and at the end: whether long runs stay flat.
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
            case "--pairs": options.pairs = value()
            case "--pair-count":
                guard let count = Int(value()), count > 0 else { fail("--pair-count needs a positive number") }
                options.pairCount = count
            case "--svg-max-edges":
                guard let count = Int(value()), count >= 0 else { fail("--svg-max-edges needs a number") }
                options.svgMaxEdges = count
            case "--dot": options.dot.append(value())
            case "--soak":
                guard let count = Int(value()), count > 0 else { fail("--soak needs a positive number") }
                options.soak = count
            case "-h", "--help":
                print(usage)
                exit(0)
            default: fail("unknown argument \(arguments[index])")
            }
            index += 1
        }
        if options.json == nil && options.yaml == nil && options.dot.isEmpty && options.soak == nil {
            fail("give --json FILE, --yaml FILE or both, or --dot FILE")
        }
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
    /// Path cases: each query's median over the runs, in seconds.
    var perQuery: [Double]?

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
    /// Path cases: each query's times, one array per run (read after the runs).
    var perQuery: (() -> [[Double]])? = nil
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
/// `cleanEdges: false` reads every JSON edge the general way (the loader before its edge fast path).
func timedLoad(_ input: GraphInput, cleanEdges: Bool = true) -> (graph: Graph, phases: [PhaseTime]) {
    let clock = ContinuousClock()
    var marks: [(GraphLoader.Phase, ContinuousClock.Instant, Int?)] = []
    let start = clock.now
    var loader = GraphLoader()
    loader.readsCleanEdgesDirectly = cleanEdges
    let result = loader.load([input]) { phase in
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
        degree[graph.edgeTails[index]] += 1
        degree[graph.targetNodeIndex(ofEdge: index)] += 1
    }
    return graph.nodes.indices.filter { graph.nodes[$0].kind == .actor }.max { degree[$0] < degree[$1] }.map { graph.nodes[$0].id }
}

/// The position most stance edges point at: the busiest answer of `who`.
func mostHeldPosition(in graph: Graph) -> Int? {
    var held = [Int](repeating: 0, count: graph.nodes.count)
    for index in graph.edges.indices where graph.edges[index].type.isStance {
        held[graph.targetNodeIndex(ofEdge: index)] += 1
    }
    return graph.nodes.indices.filter { graph.nodes[$0].kind == .position }.max { held[$0] < held[$1] }
}

func cases(for options: Options) -> [BenchCase] {
    var list: [BenchCase] = []
    for path in options.dot {
        list.append(renderCase(path))
    }
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
        if label == "JSON" {
            // The same load with every edge read through the DocumentValue tree: the before/after
            // of the edge fast path, in one process.
            list.append(BenchCase(name: "load JSON without the edge fast path", note: {
                if input == nil { input = readInput(path) }
                return "every edge through DocumentValue"
            }) {
                let (graph, phases) = timedLoad(input!, cleanEdges: false)
                sink &+= graph.edges.count
                return phases
            })
        }
    }

    // Everything after loading works on one loaded graph.
    guard let graphPath = options.json ?? options.yaml else { return list }
    let shared = SharedGraph(path: graphPath)
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

    list.append(BenchCase(name: "index build (QueryIndex)") {
        sink &+= QueryIndex(shared.graph).edgeCount
        return []
    })

    // The answers of `stances`, `who` and `contradictions` after loading: the query index
    // over the whole graph and the name index are built once, before the runs, as the CLI
    // builds them once per process; each run computes the answer and serialises its JSON.
    var queryIndex: QueryIndex?
    var busiest = 0, mostHeld = 0
    func prepareQueries() -> String {
        if queryIndex == nil {
            queryIndex = QueryIndex(shared.graph)
            busiest = busiestActor(in: shared.graph).flatMap { shared.graph.nodeIndex(of: $0) } ?? 0
            mostHeld = mostHeldPosition(in: shared.graph) ?? 0
        }
        return "actor \(shared.graph.nodes[busiest].id), position \(shared.graph.nodes[mostHeld].id)"
    }
    list.append(BenchCase(name: "name index (NameResolver) + 1 lookup") {
        sink &+= (try? NameResolver(graph: shared.graph).resolve(shared.graph.nodes[0].id)) ?? -1
        return []
    })
    // The same answers without their JSON: what the query itself costs, whatever it prints.
    list.append(BenchCase(name: "answer only: stances (busiest actor)", note: {
        let names = prepareQueries()
        let answer = ActorStances(actor: busiest, in: queryIndex!)
        return "\(names); \(answer.all.count) stances, \(answer.voiced.count) voiced for \(answer.principals.count) principals"
    }) {
        sink &+= ActorStances(actor: busiest, in: queryIndex!).all.count
        return []
    })
    list.append(BenchCase(name: "answer only: who (most-held position)", note: prepareQueries) {
        sink &+= PositionStances(target: mostHeld, in: queryIndex!).groups.count
        return []
    })
    list.append(BenchCase(name: "answer only: contradictions (all sections)", note: prepareQueries) {
        let answer = Contradictions(in: queryIndex!)
        sink &+= answer.conflicts.count + answer.explicit.count + answer.doubts.count
        return []
    })
    list.append(BenchCase(name: "query stances (busiest actor)", note: prepareQueries) {
        sink &+= ActorStances(actor: busiest, in: queryIndex!).json.serialized().utf8.count
        return []
    })
    list.append(BenchCase(name: "query who (most-held position)", note: prepareQueries) {
        sink &+= PositionStances(target: mostHeld, in: queryIndex!).json.serialized().utf8.count
        return []
    })
    list.append(BenchCase(name: "query contradictions (all sections)", note: prepareQueries) {
        sink &+= Contradictions(in: queryIndex!).json.serialized().utf8.count
        return []
    })

    // Exports, to a sink that keeps no more than 64 KiB, as the CLI's buffered file stream.
    list.append(BenchCase(name: "export dot") {
        var out = DiscardingSink()
        DOTExporter().write(shared.graph, to: &out)
        sink &+= out.bytes
        return []
    })
    list.append(BenchCase(name: "export graphml") {
        var out = DiscardingSink()
        GraphMLExporter().write(shared.graph, to: &out)
        sink &+= out.bytes
        return []
    })
    list.append(BenchCase(name: "export json") {
        var out = DiscardingSink()
        JSONExporter().write(shared.graph, to: &out)
        sink &+= out.bytes
        return []
    })
    list.append(BenchCase(name: "export csv") {
        var out = DiscardingSink()
        let exporter = CSVExporter()
        for document in exporter.documents { exporter.write(document, of: shared.graph, to: &out) }
        sink &+= out.bytes
        return []
    })
    var svgSkipped = false
    list.append(BenchCase(name: "export svg (Graphviz in-process)", note: {
        let edges = shared.graph.edges.count
        svgSkipped = edges > options.svgMaxEdges
        return svgSkipped ? "skipped: \(edges) edges > --svg-max-edges \(options.svgMaxEdges)" : "DOT + layout + SVG"
    }) {
        guard !svgSkipped else { return [] }
        do {
            sink &+= try DiagramRenderer.render(shared.graph, as: .svg).bytes.count
        } catch {
            Options.fail("SVG rendering failed: \(error)")
        }
        return []
    })

    // Path queries over an index built once (untimed), pairs resolved before the runs.
    var search: GraphSearch?
    var pairs: [(Int, Int)] = []
    func prepare() {
        guard search == nil else { return }
        let index = QueryIndex(shared.graph)
        search = GraphSearch(index: index, rules: TraversalRules(direction: .both, throughSources: true))
        pairs = queryPairs(in: shared.graph, file: options.pairs)
    }
    func pathCase(_ name: String, count: @escaping () -> Int, query: @escaping (inout GraphSearch, Int, Int) -> Int) -> BenchCase {
        var times: [[Double]] = []
        return BenchCase(name: name, note: {
            prepare()
            return "\(count()) pairs, per query: see per_query_s"
        }, perQuery: { times }) {
            let clock = ContinuousClock()
            var run: [Double] = []
            for (start, goal) in pairs.prefix(count()) {
                var found = 0
                let elapsed = clock.measure { found = query(&search!, start, goal) }
                sink &+= found
                run.append(seconds(elapsed))
            }
            times.append(run)
            return []
        }
    }
    list.append(pathCase("path shortest", count: { pairs.count }) { search, start, goal in
        search.shortestPath(from: start, to: goal)?.hops ?? -1
    })
    list.append(pathCase("path k=10", count: { min(pairs.count, options.pairCount) }) { search, start, goal in
        search.kShortestPaths(from: start, to: goal, k: 10).count
    })
    list.append(pathCase("path all <=4 hops, <=1000 per pair", count: { min(pairs.count, options.pairCount) }) { search, start, goal in
        search.simplePaths(from: start, to: goal, maxHops: 4, limit: 1000).paths.count
    })
    // The shared graph is loaded before a case's runs (with its note), not in its first run,
    // whichever case --only lets run first.
    for position in list.indices where !list[position].name.hasPrefix("read ") && !list[position].name.hasPrefix("load ") {
        let note = list[position].note
        list[position].note = {
            _ = shared.graph
            return note()
        }
    }
    return list
}


/// A text stream that counts what it is given and keeps at most 64 KiB of it, like a buffered file.
final class DiscardingSink: UTF8OutputStream {
    var buffer: [UInt8] = []
    var bytes = 0

    init() { buffer.reserveCapacity(1 << 16) }

    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 {
            bytes += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Bytes as the exporters that write bytes hand them over (as to the CLI's file stream):
    /// copied as a string's bytes are.
    func write(utf8 piece: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: piece)
        if buffer.count >= 1 << 16 {
            bytes += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
    }
}

/// The pairs for path queries: from `file` ("FROM TO" node ids per line), else 100 pairs of
/// distinct non-source nodes drawn with a fixed seed.
func queryPairs(in graph: Graph, file: String?) -> [(Int, Int)] {
    if let file {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { Options.fail("cannot read \(file)") }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { return nil }
            guard let a = graph.nodeIndex(of: String(parts[0])), let b = graph.nodeIndex(of: String(parts[1])) else {
                Options.fail("\(file): no node \(parts[0]) or \(parts[1]) in the graph")
            }
            return (a, b)
        }
    }
    let candidates = graph.nodes.indices.filter { graph.nodes[$0].kind != .source }
    guard candidates.count > 1 else { return [] }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(truncatingIfNeeded: state >> 33) % candidates.count
    }
    var result: [(Int, Int)] = []
    while result.count < 100 {
        let a = candidates[next()], b = candidates[next()]
        if a != b { result.append((a, b)) }
    }
    return result
}

/// Renders a DOT file to SVG in-process; the note times the first render alone (untimed by
/// the runs), which includes creating the Graphviz context when it is the process's first.
func renderCase(_ path: String) -> BenchCase {
    var dot = ""
    func render() {
        do {
            sink &+= try GraphvizRenderer.render(dot: dot, format: .svg, engine: .dot).bytes.count
        } catch {
            Options.fail("\(path): SVG rendering failed: \(error)")
        }
    }
    return BenchCase(name: "render svg \((path as NSString).lastPathComponent)", note: {
        do {
            dot = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            Options.fail("cannot read \(path): \(error)")
        }
        let first = ContinuousClock().measure { render() }
        return "in-process, dot engine; first render \(formatSeconds(seconds(first)))"
    }) {
        render()
        return []
    }
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
    var row = Row(name: benchCase.name, times: times, peakBytes: Memory.peak(), note: note)
    if let perQuery = benchCase.perQuery?(), let first = perQuery.first, !first.isEmpty {
        row.perQuery = first.indices.map { query in Row(name: "", times: perQuery.map { $0[query] }).median }
        row.times = perQuery.map { $0.reduce(0, +) }  // the queries alone, not the preparation
    }
    var rows = [row]
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
if let renders = options.soak {
    let path = options.yaml ?? "graphs/ceasefire-signals.yaml"
    Soak.report(Soak.run(renders: renders, graphPath: path), graphPath: path, format: options.format)
    exit(0)
}
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
        if let perQuery = row.perQuery {
            members.append(("per_query_s", .array(perQuery.map { .double($0) })))
            members.append(("per_query_median_s", .double(Row(name: "", times: perQuery).median)))
        }
        cases.append(.object(members))
    }
    let document: JSONValue = .object([
        ("stancegraph", .string(StanceGraph.version)),
        ("json", JSONValue(options.json)),
        ("json_bytes", fileSize(options.json).map { .int($0) } ?? .null),
        ("yaml", JSONValue(options.yaml)),
        ("yaml_bytes", fileSize(options.yaml).map { .int($0) } ?? .null),
        ("dot", .array(options.dot.map { .string($0) })),
        ("runs", .int(options.runs)),
        ("cases", .array(cases)),
    ])
    print(document.serialized())
} else {
    var header = "stancegraph-bench \(StanceGraph.version), \(options.runs) runs per case"
    for (label, path) in [("JSON", options.json), ("YAML", options.yaml)] {
        if let path { header += "\n\(label): \(path) (\(megabytes(fileSize(path))))" }
    }
    for path in options.dot { header += "\nDOT: \(path) (\(fileSize(path) ?? 0) bytes)" }
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
        if let perQuery = row.perQuery {
            line += "   (\(perQuery.count) queries, median \(formatSeconds(Row(name: "", times: perQuery).median)) per query)"
        } else if let note = row.note {
            line += "   (\(note))"
        }
        print(line)
    }
    print("")
    print("peak RSS: the process's high-water mark while the case ran (reset before each case, so it")
    print("includes memory the allocator kept from earlier cases); on a phase row, the peak up to the")
    print("end of that phase in the first run.")
}
