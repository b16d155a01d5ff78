import StanceGraph
import Testing
@testable import StanceGraphRender

@Suite struct GraphvizMessageTests {
    @Test func fragmentsFoldIntoMessagesBySeverity() {
        let messages = GraphvizMessageLog.fold([
            "Warning", ": ", "using box for unknown shape x\n",
            "Error", ": ", "Edge length 1 larger than maximum 65535 allowed.\nCheck for overwide node(s).\n",
            "and a continuation\n",
            "Warning", ": ", "  \n",
        ])
        #expect(messages == [
            GraphvizMessage(severity: .warning, text: "using box for unknown shape x"),
            GraphvizMessage(severity: .error, text: "Edge length 1 larger than maximum 65535 allowed.\nCheck for overwide node(s).\nand a continuation"),
        ])
    }

    @Test func aMessageWithoutAPrefixIsKeptAsAWarning() {
        #expect(GraphvizMessageLog.fold(["Error", "no colon follows\n"]) == [
            GraphvizMessage(severity: .warning, text: "Errorno colon follows"),
        ])
    }

    @Test func theHookFeedsTheLog() throws {
        // Inside the gate: renders running in parallel share the log.
        let drained = try GraphvizGate.shared.withSession { _ in
            _ = graphvizMessageLog.drain()
            for fragment in ["Error", ": ", "from the hook\n"] {
                var bytes = Array(fragment.utf8CString)
                _ = bytes.withUnsafeMutableBufferPointer { graphvizMessageHook($0.baseAddress) }
            }
            return graphvizMessageLog.drain()
        }
        #expect(drained == [GraphvizMessage(severity: .error, text: "from the hook")])
    }

    @Test func aFailedCallWithoutMessagesStillSaysSomething() {
        #expect(GraphvizReport([]).failureText(fallback: "nothing said") == "nothing said")
        #expect(GraphvizReport([GraphvizMessage(severity: .warning, text: "w")]).failureText(fallback: "x") == "w")
    }
}
