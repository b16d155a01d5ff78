import Foundation

/// The formats a graph can be written in.
public enum InputFormat: String, CaseIterable, Sendable {
    case yaml
    case json

    /// The format a path's extension names: `.json` is JSON, `.yaml`/`.yml` YAML.
    public static func inferred(fromPath path: String) -> InputFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": return .json
        case "yaml", "yml": return .yaml
        default: return nil
        }
    }
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

    /// Reads a file, or standard input for `-`, refusing anything over the size limit.
    ///
    /// - Parameter format: the format to read it as; when `nil`, the extension decides.
    /// - Returns: the input, or the diagnostic that says why it cannot be read.
    public static func read(path: String, format: InputFormat? = nil, limits: InputLimits = .default) -> Result<GraphInput, Diagnostic> {
        let location = SourceLocation(file: path, line: 0, column: 0)
        func failure(_ problem: Problem) -> Result<GraphInput, Diagnostic> { .failure(Diagnostic.error(problem, at: location)) }
        if path == "-" {
            guard let format else { return failure(.unreadable(reason: "standard input needs --input-format yaml or json")) }
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
            return failure(.unreadable(reason: "cannot tell the format of \"\(path)\" from its extension; name it .yaml, .yml or .json, or pass --input-format"))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxBytes {
            return failure(.limitExceeded(.bytes(limits.maxBytes)))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return failure(.unreadable(reason: "\"\(path)\" cannot be opened (permission denied?)"))
        }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() else { return failure(.unreadable(reason: "reading \"\(path)\" failed")) }
        guard data.count <= limits.maxBytes else { return failure(.limitExceeded(.bytes(limits.maxBytes))) }
        let directory = (path as NSString).deletingLastPathComponent
        return .success(GraphInput(name: path, bytes: [UInt8](data), format: format, baseDirectory: directory.isEmpty ? "." : directory))
    }
}
