import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// read(2); `GraphInput.read(path:)` hides the global name inside the type.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, buffer, count)
    #else
    return Darwin.read(descriptor, buffer, count)
    #endif
}

/// One input to load: its name for messages, its bytes and its format.
public struct GraphInput: Sendable {
    public var name: String
    public var bytes: [UInt8]
    public var format: InputFormat
    /// The folder relative paths in the graph (source `file:`) resolve against.
    public var baseDirectory: String?

    public init(name: String, bytes: [UInt8], format: InputFormat, baseDirectory: String? = nil) {
        self.name = name
        self.bytes = bytes
        self.format = format
        self.baseDirectory = baseDirectory
    }

    public init(name: String, text: String, format: InputFormat) {
        self.init(name: name, bytes: Array(text.utf8), format: format)
    }

    /// Reads a file as `read(path:format:limits:)` does, or a folder as the CSV export writes
    /// it: its `nodes.csv` and, when there is one, its `edges.csv`.
    public static func readAll(path: String, format: InputFormat? = nil, limits: InputLimits = .default) -> Result<[GraphInput], Diagnostic> {
        var isDirectory: ObjCBool = false
        guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return read(path: path, format: format, limits: limits).map { [$0] }
        }
        let nodes = (path as NSString).appendingPathComponent(CSVLayout.nodesFileName)
        let edges = (path as NSString).appendingPathComponent(CSVLayout.edgesFileName)
        guard FileManager.default.fileExists(atPath: nodes) else {
            return .failure(.error(.unreadable(reason: "\"\(path)\" is a folder without \(CSVLayout.nodesFileName); a folder is read as the CSV export writes it (\(CSVLayout.nodesFileName) and \(CSVLayout.edgesFileName))"),
                                   at: SourceLocation(file: path, line: 0, column: 0)))
        }
        var inputs: [GraphInput] = []
        for file in [nodes, edges] where file == nodes || FileManager.default.fileExists(atPath: file) {
            switch read(path: file, format: .csv, limits: limits) {
            case .success(let input): inputs.append(input)
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        }
        return .success(inputs)
    }

    /// Reads a file, or standard input for `-`, refusing anything over the size limit.
    ///
    /// - Parameter format: the format to read it as; when `nil`, the extension decides.
    /// - Returns: the input, or the diagnostic that says why it cannot be read.
    public static func read(path: String, format: InputFormat? = nil, limits: InputLimits = .default) -> Result<GraphInput, Diagnostic> {
        let location = SourceLocation(file: path, line: 0, column: 0)
        func failure(_ problem: Problem) -> Result<GraphInput, Diagnostic> { .failure(Diagnostic.error(problem, at: location)) }
        if path == "-" {
            guard let format else { return failure(.formatUnknown(path: nil)) }
            let stdin = FileHandle.standardInput
            var data = Data()
            while true {
                let chunk = stdin.readData(ofLength: 1 << 20)
                if chunk.isEmpty { break }
                data.append(chunk)
                if data.count > limits.maxBytes { return failure(.limitExceeded(.bytes(limits.maxBytes))) }
            }
            return .success(GraphInput(name: "<stdin>", bytes: [UInt8](data), format: format, baseDirectory: FileManager.default.currentDirectoryPath))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failure(.unreadable(reason: "no such file \"\(path)\"; check the path"))
        }
        guard !isDirectory.boolValue else { return failure(.unreadable(reason: "\"\(path)\" is a folder, not a graph file")) }
        guard let format = format ?? InputFormat.inferred(fromPath: path) else {
            return failure(.formatUnknown(path: path))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
        if let size, size > limits.maxBytes {
            return failure(.limitExceeded(.bytes(limits.maxBytes)))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return failure(.unreadable(reason: "\"\(path)\" cannot be opened (permission denied?)"))
        }
        defer { try? handle.close() }
        // An empty file reads fine; the decoder then says it is empty, at line 1.
        guard let bytes = readAll(handle.fileDescriptor, sizeHint: size ?? 0, limit: limits.maxBytes) else {
            return failure(.unreadable(reason: "reading \"\(path)\" failed"))
        }
        guard bytes.count <= limits.maxBytes else { return failure(.limitExceeded(.bytes(limits.maxBytes))) }
        let directory = (path as NSString).deletingLastPathComponent
        return .success(GraphInput(name: path, bytes: bytes, format: format, baseDirectory: directory.isEmpty ? "." : directory))
    }

    /// Reads a file to its end straight into an array: no `Data` to copy from, so a large
    /// graph is in memory once, not twice. Stops after `limit + 1` bytes (enough to tell that
    /// the file is too large); `nil` when a read fails.
    static func readAll(_ descriptor: Int32, sizeHint: Int, limit: Int) -> [UInt8]? {
        var failed = false, atEnd = false
        // One allocation when the size is known: one byte more than the size, to see the end.
        var bytes = [UInt8](unsafeUninitializedCapacity: min(max(sizeHint, 0), limit) + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let got = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    atEnd = true
                    return
                } else if errno != EINTR {
                    failed = true
                    return
                }
            }
        }
        // The file is larger than it said (it grew, or it is not a regular file): read on in chunks.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !failed, !atEnd, bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let got = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, wanted) }
            if got > 0 {
                bytes.append(contentsOf: chunk[..<got])
            } else if got == 0 {
                atEnd = true
            } else if errno != EINTR {
                failed = true
            }
        }
        return failed ? nil : bytes
    }
}
