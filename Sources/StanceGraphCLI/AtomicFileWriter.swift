import Foundation

/// Writes a file all at once or not at all: the content goes to a temporary file in the
/// destination's folder, which `commit()` flushes to disk and renames over the destination.
/// Until then an existing file is untouched, and `discard()` (or dropping the writer) removes
/// the temporary file, so a failed export never leaves a half-written or clobbered file.
final class AtomicFileWriter {
    let destination: String
    let temporaryPath: String
    let stream: FileDescriptorStream
    private var finished = false

    /// Opens a temporary file beside `destination`.
    init(destination: String) throws(OutputError) {
        self.destination = destination
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputError(path: destination, reason: "it is a folder")
        }
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder as NSString).appendingPathComponent(".\(url.lastPathComponent).tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw OutputError(path: destination, reason: "the folder \"\(folder)\" does not exist") }
            throw OutputError(path: destination, errno: code)
        }
        temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        stream = FileDescriptorStream(descriptor: descriptor)
    }

    deinit {
        if !finished { discard() }
    }

    /// Flushes, syncs and renames the temporary file into place, with the permissions an
    /// existing destination had, or the default ones for a new file.
    func commit() throws(OutputError) {
        precondition(!finished, "commit() or discard() was already called")
        stream.flush()
        if let code = stream.errorNumber {
            discard()
            throw OutputError(path: destination, errno: code)
        }
        var mode: mode_t
        var existing = stat()
        if stat(destination, &existing) == 0 {
            mode = existing.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        if fchmod(stream.descriptor, mode) != 0 || fsync(stream.descriptor) != 0 {
            let code = errno
            discard()
            throw OutputError(path: destination, errno: code)
        }
        close(stream.descriptor)
        finished = true
        if rename(temporaryPath, destination) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw OutputError(path: destination, errno: code)
        }
    }

    /// Closes and removes the temporary file; the destination is left as it was.
    func discard() {
        guard !finished else { return }
        finished = true
        close(stream.descriptor)
        unlink(temporaryPath)
    }
}
