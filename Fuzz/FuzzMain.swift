// The libFuzzer entry point for every target. scripts/fuzz compiles the library's sources and
// every file of this folder into one instrumented binary (one module, so a target reaches
// internal types such as JSONReader as the tests do with @testable); the environment variable
// STANCEGRAPH_FUZZ_TARGET picks the target, one file each.

import Foundation

/// The targets by name, as scripts/fuzz and Fuzz/corpus/<name>/ call them.
let fuzzTargets: [String: @Sendable ([UInt8]) -> Void] = [
    "json-reader": fuzzJSONReader,
    "yaml-reader": fuzzYAMLReader,
    "graph-loader": fuzzGraphLoader,
    "dot-text": fuzzDOTText,
    "graphml-writer": fuzzGraphMLWriter,
    "name-resolver": fuzzNameResolver,
]

let fuzzTarget: @Sendable ([UInt8]) -> Void = {
    let name = ProcessInfo.processInfo.environment["STANCEGRAPH_FUZZ_TARGET"] ?? ""
    guard let target = fuzzTargets[name] else {
        fuzzFailure("set STANCEGRAPH_FUZZ_TARGET to one of \(fuzzTargets.keys.sorted().joined(separator: ", ")), not \"\(name)\"")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func stancegraphFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    fuzzTarget(bytes)
    return 0
}

/// Stops the run with a message; libFuzzer reports it as a crash and saves the input.
func fuzzFailure(_ message: @autoclosure () -> String, file: StaticString = #file, line: UInt = #line) -> Never {
    fatalError(message(), file: file, line: line)
}

/// Limits small enough that one input runs in milliseconds.
let fuzzLimits = InputLimits(maxBytes: 1 << 20, maxDepth: 64, maxValuesPerByte: 4)
