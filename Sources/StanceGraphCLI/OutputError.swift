import Foundation

/// Why an output cannot be written: the message names the path and the reason (exit 73).
struct OutputError: Error, CustomStringConvertible {
    var path: String
    var reason: String

    var description: String { "cannot write \"\(path)\": \(reason)" }

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }
}
