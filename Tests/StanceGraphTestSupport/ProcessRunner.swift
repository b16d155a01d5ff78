import Foundation

/// What running a program produced.
public struct CommandResult: Sendable {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String

    public init(exitCode: Int32, stdout: String, stderr: String) {
        self.exitCode = exitCode
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs a program and collects its exit code and output streams.
public enum ProcessRunner {
    /// The full path of a program on `PATH`, or nil.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether the program `name` is on `PATH` and exits 0 with `arguments`.
    public static func succeeds(_ name: String, _ arguments: [String]) -> Bool {
        guard let path = find(name) else { return false }
        return (try? run(URL(fileURLWithPath: path), arguments).exitCode) == 0
    }

    /// Runs `executable` with `arguments` in `directory` (the current one when nil), with
    /// `environment` added to this process's. `stdin` is written to its standard input.
    /// Output goes to files, not pipes, so that a large output can never block the child.
    public static func run(_ executable: URL, _ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
                           environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        // Under scripts/sanitize address the stancegraph binary (run directly, through a shell
        // or by a checker script) is instrumented too; it ends through exit() with its answer
        // still live, which LeakSanitizer would report at exit. Leaks are checked in the test
        // process, which runs the same library code.
        if let options = env["ASAN_OPTIONS"] { env["ASAN_OPTIONS"] = options + ":detect_leaks=0" }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let scratch = try Scratch(prefix: "stancegraph-run")
        let outURL = scratch.url.appendingPathComponent("stdout"), errURL = scratch.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return CommandResult(exitCode: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the program `name` found on `PATH`; throws when it is not there.
    public static func run(_ name: String, _ arguments: [String], stdin: String? = nil) throws -> CommandResult {
        guard let path = find(name) else { throw NotOnPath(name: name) }
        return try run(URL(fileURLWithPath: path), arguments, stdin: stdin)
    }

    public struct NotOnPath: Error, CustomStringConvertible {
        public var name: String
        public var description: String { "\(name) is not on PATH" }
    }
}

/// Runs the `stancegraph` executable built beside the tests, as swift-argument-parser's
/// `AssertExecuteCommand` does, so CLI tests check real exit codes and output streams.
public enum CommandRunner {
    /// The package's root folder (where `graphs/` is).
    public static var packageRoot: URL { PackageRoot.url }

    /// The folder holding the built products.
    public static let productsDirectory: URL = {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }()

    public static var executable: URL { productsDirectory.appendingPathComponent("stancegraph") }

    /// Runs `stancegraph` with `arguments` in `directory` (the package root by default), with
    /// `NO_COLOR=1` and `environment` added to this process's environment.
    public static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
                           environment: [String: String] = [:]) throws -> CommandResult {
        var env = ["NO_COLOR": "1"]
        for (key, value) in environment { env[key] = value }
        return try ProcessRunner.run(executable, arguments, stdin: stdin, in: directory ?? packageRoot, environment: env)
    }
}
