import ArgumentParser
import Foundation
import StanceGraph
import StanceGraphRender

/// Where a command writes one document: standard output, or a file written atomically
/// (`AtomicFileWriter`), so a failure never leaves a half-written or clobbered file.
struct OutputDestination {
    /// The file, or `nil` for standard output.
    let path: String?

    /// `-o PATH`: `nil` or `-` is standard output.
    init(_ option: String?) {
        path = option == "-" ? nil : option
    }

    var isStandardOutput: Bool { path == nil }

    /// Whatever `body` writes to the stream.
    func write(_ body: (inout FileDescriptorStream) -> Void) throws(OutputError) {
        if let path {
            let writer = try AtomicFileWriter(destination: path)
            var stream = writer.stream
            body(&stream)
            try writer.commit()
        } else {
            var stream = FileDescriptorStream(descriptor: STDOUT_FILENO)
            body(&stream)
            stream.flush()
            if let code = stream.errorNumber { throw OutputError(path: "standard output", errno: code) }
        }
    }

    /// `text`, and a newline after it.
    func write(line text: String) throws(OutputError) {
        try write { $0.write(text + "\n") }
    }

    func write(bytes: [UInt8]) throws(OutputError) {
        try write { $0.write(bytes: bytes) }
    }

    func write(_ exporter: some SingleDocumentExporter, graph: Graph) throws(OutputError) {
        try write { exporter.write(graph, to: &$0) }
    }

    /// Refuses to send a binary format to a terminal.
    func checkCanTake(_ format: ExportFormat) throws {
        if format.isBinary && isStandardOutput && isatty(STDOUT_FILENO) != 0 {
            throw ValidationError("\(format.rawValue.uppercased()) is binary; pass -o FILE or redirect standard output.")
        }
    }
}
