import Foundation

/// Writes one message, and a newline, to standard error.
func writeError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
