import Foundation
import Testing
import StanceGraphTestSupport

/// The report pages in a real browser: `scripts/check-report.py` drives headless Chromium
/// (Debian's chromium and chromedriver, through Selenium) with the network off. Without them
/// the tests are skipped, unless the environment variable `CI` is set: then they must be there.
@Suite(.serialized) struct ReportBrowserTests {
    static let chromedriver = "/usr/bin/chromedriver"
    static let chromium = "/usr/bin/chromium"

    static let browserAvailable = FileManager.default.isExecutableFile(atPath: chromedriver)
        && FileManager.default.isExecutableFile(atPath: chromium)
        && ProcessRunner.succeeds("python3", ["-c", "import selenium"])
    static let onCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "0" && $0 != "false" } ?? false
    static let skipped = "skipped: needs chromium and chromium-driver (apt) and selenium (pip); CI installs them and then requires them"

    @Test func theBrowserIsThereOnCI() {
        guard Self.onCI else { return }
        #expect(Self.browserAvailable, "CI is set, but \(Self.chromium), \(Self.chromedriver) or python3's selenium is missing")
    }

    func check(_ arguments: [String], extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let scratch = try Scratch()
        let page = scratch.path("page.html")
        let made = try CommandRunner.run(["report"] + arguments + ["-o", page])
        #expect(made.exitCode == 0, "\(made.stderr)", sourceLocation: sourceLocation)
        let script = PackageRoot.appending("scripts/check-report.py").path
        var options = [script, page] + extra
        if let folder = ProcessInfo.processInfo.environment["STANCEGRAPH_SCREENSHOTS"] { options += ["--screenshots", folder] }
        let result = try ProcessRunner.run("python3", options)
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: browserAvailable || onCI, "\(skipped)"))
    func theBundledGraphsPageWorksOffline() throws {
        try #require(Self.browserAvailable, "chromium is missing on CI")
        try check([])
    }

    @Test(.enabled(if: browserAvailable || onCI, "\(skipped)"))
    func theHostilePageRunsNoScript() throws {
        try #require(Self.browserAvailable, "chromium is missing on CI")
        try check(["-g", PackageRoot.appending("Tests/StanceGraphCLITests/Fixtures/report-hostile.yaml").path], extra: ["--hostile"])
        try check(["-g", PackageRoot.appending("Tests/StanceGraphTests/Fixtures/export/hostile.yaml").path], extra: ["--hostile"])
    }
}
