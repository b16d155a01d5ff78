import Foundation
import StanceGraph
import Testing
@testable import StanceGraphRender

@Suite struct RenderConcurrencyTests {
    /// A graph only caller `index` renders; odd callers also get a warning of their own.
    private static func dot(for index: Int) -> String {
        let color = index.isMultiple(of: 2) ? "black" : "nocolor\(index)"
        return #"digraph { n\#(index) [id="mine-\#(index)"]; n\#(index) -> m\#(index) [color="\#(color)"] }"#
    }

    @Test func callsFromManyThreadsAreSerialisedAndEachGetsItsOwnResult() throws {
        let callers = 16
        let engines = LayoutEngine.allCases
        let results = Locked([Int: Result<RenderedDiagram, RenderError>]())
        let group = DispatchGroup()
        for index in 0..<callers {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                let engine = engines[index % engines.count]
                let result = Result { () throws(RenderError) in
                    try GraphvizRenderer.render(dot: Self.dot(for: index), format: .svg, engine: engine)
                }
                results.withValue { $0[index] = result }
            }
        }
        #expect(group.wait(timeout: .now() + 300) == .success)

        let all = results.withValue { $0 }
        #expect(all.count == callers)
        for index in 0..<callers {
            let diagram = try #require(try all[index]?.get())
            let svg = try SVGDocument.parse(diagram.bytes)
            #expect(svg.group(id: "mine-\(index)")?.title == "n\(index)")
            let others = svg.allElements.compactMap { $0.attributes["id"] }.filter { $0.hasPrefix("mine-") && $0 != "mine-\(index)" }
            #expect(others.isEmpty)
            #expect(diagram.warnings == (index.isMultiple(of: 2) ? [] : ["nocolor\(index) is not a known color."]))
        }
    }

    @Test func parsesAndRendersInterleaveSafely() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<12 {
                group.addTask {
                    if index.isMultiple(of: 3) {
                        #expect(throws: RenderError.self) { try GraphvizRenderer.counts(dot: "digraph { x\(index) -> }") }
                    } else if index.isMultiple(of: 2) {
                        #expect(try GraphvizRenderer.counts(dot: Self.dot(for: index)) == (2, 1))
                    } else {
                        let png = try GraphvizRenderer.render(dot: Self.dot(for: index), format: .png, engine: .neato)
                        #expect(png.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    @Test func renderingFiftyTimesGivesTheSameBytes() throws {
        let first = try GraphvizRenderer.render(dot: stanceDOT, format: .svg, engine: .dot)
        for _ in 1..<50 {
            let again = try GraphvizRenderer.render(dot: stanceDOT, format: .svg, engine: .dot)
            #expect(again == first)
        }
    }
}

/// A value shared between threads under a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withValue<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
