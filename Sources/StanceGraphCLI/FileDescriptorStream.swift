import Foundation
import StanceGraph

/// A buffered text and byte stream to a file descriptor that remembers its first error, so
/// exporters can stream to it through `TextOutputStream` (whose `write` cannot throw) and the
/// caller checks once at the end.
final class FileDescriptorStream: UTF8OutputStream {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16
    /// The `errno` of the first failed write.
    private(set) var errorNumber: Int32?

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(FileDescriptorStream.bufferSize)
    }

    func write(_ string: String) {
        // A piece as large as the buffer (exporters hand over a megabyte at a time) goes out
        // as it is, without being copied into the buffer first.
        if string.utf8.count >= FileDescriptorStream.bufferSize {
            flush()
            var string = string
            string.withUTF8 { writeAll(UnsafeRawBufferPointer($0)) }
            return
        }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= FileDescriptorStream.bufferSize { flush() }
    }

    /// UTF-8 bytes from an exporter (`UTF8Buffer`): a megabyte goes out as it is, as a large string does.
    func write(utf8 bytes: UnsafeRawBufferPointer) {
        if bytes.count >= FileDescriptorStream.bufferSize {
            flush()
            writeAll(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= FileDescriptorStream.bufferSize { flush() }
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= FileDescriptorStream.bufferSize { flush() }
    }

    /// Writes out what is buffered; after an error, further output is dropped.
    func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        buffer.withUnsafeBytes { writeAll($0) }
    }

    /// Writes all of `bytes`, retrying after interruptions; after an error, writes nothing more.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard errorNumber == nil, let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                errorNumber = errno
                return
            }
            offset += written
        }
    }
}
