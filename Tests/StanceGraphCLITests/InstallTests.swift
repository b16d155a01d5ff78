import Foundation
import Testing
import StanceGraphTestSupport

/// `scripts/install` and `scripts/package`: a binary that runs without Swift, its man page and
/// completions. They need the static release build: `scripts/test` makes it and installs it
/// into a scratch prefix (`STANCEGRAPH_INSTALLED_PREFIX`) before the tests run; elsewhere the
/// tests install the build in `.build-static` when there is one, and are skipped when there is
/// none, except on CI, where they must run.
@Suite(.enabled(if: StaticBuild.installable || StaticBuild.environment["CI"] != nil,
                "needs scripts/install's static build (.build-static) or STANCEGRAPH_INSTALLED_PREFIX"))
struct InstallTests {
    static let environment = StaticBuild.environment

    /// An installed prefix: the one `scripts/test` made, or a fresh install of the static build.
    struct Installation {
        var prefix: URL
        var scratch: Scratch?
        func path(_ relative: String) -> String { prefix.appendingPathComponent(relative).path }
    }

    static func installation() throws -> Installation {
        if let prefix = environment["STANCEGRAPH_INSTALLED_PREFIX"] {
            return Installation(prefix: URL(fileURLWithPath: prefix), scratch: nil)
        }
        let scratch = try Scratch(prefix: "stancegraph-install")
        let result = try ProcessRunner.run(PackageRoot.appending("scripts/install"), ["--no-build", "--prefix", scratch.path("prefix")],
                                           in: PackageRoot.url)
        try #require(result.exitCode == 0, "scripts/install: \(result.stderr)")
        return Installation(prefix: scratch.url.appendingPathComponent("prefix"), scratch: scratch)
    }

    @Test func everythingIsInItsPlace() throws {
        let installed = try Self.installation()
        for file in ["bin/stancegraph", "share/man/man1/stancegraph.1", "share/bash-completion/completions/stancegraph",
                     "share/zsh/site-functions/_stancegraph", "share/fish/vendor_completions.d/stancegraph.fish"] {
            #expect(FileManager.default.fileExists(atPath: installed.path(file)), "\(file)")
        }
        #expect(FileManager.default.isExecutableFile(atPath: installed.path("bin/stancegraph")))
    }

    @Test func theInstalledBinaryRuns() throws {
        let installed = try Self.installation()
        let binary = URL(fileURLWithPath: installed.path("bin/stancegraph"))
        let version = try ProcessRunner.run(binary, ["--version"])
        #expect(version.exitCode == 0)
        #expect(try #/stancegraph \d+\.\d+\.\d+ \(Graphviz \d+\.\d+(\.\d+)*\)\n/#.wholeMatch(in: version.stdout) != nil, "\(version.stdout)")
        let validate = try ProcessRunner.run(binary, ["validate", "graphs/ceasefire-signals.yaml"], in: PackageRoot.url)
        #expect(validate.exitCode == 0, "\(validate.stderr)")
        let svg = try ProcessRunner.run(binary, ["export", "--format", "svg"], in: PackageRoot.url)
        #expect(svg.exitCode == 0)
        #expect(svg.stdout.contains("<svg"), "it renders with Graphviz's library")
    }

    /// Swift's runtime and Foundation are inside the binary; only the system's and Graphviz's
    /// libraries are loaded.
    @Test func itNeedsNoSwiftLibraries() throws {
        let installed = try Self.installation()
        let ldd = try ProcessRunner.run("ldd", [installed.path("bin/stancegraph")])
        #expect(ldd.exitCode == 0)
        for library in ["libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime", "not found"] {
            #expect(!ldd.stdout.contains(library), "\(library) in:\n\(ldd.stdout)")
        }
        #expect(ldd.stdout.contains("libgvc"))
    }

    @Test func theManPageRenders() throws {
        let installed = try Self.installation()
        let page = installed.path("share/man/man1/stancegraph.1")
        if let groff = ProcessRunner.find("groff") {
            let rendered = try ProcessRunner.run(URL(fileURLWithPath: groff), ["-man", "-Tutf8", "-ww", "-P-cbou", page])
            #expect(rendered.exitCode == 0)
            #expect(rendered.stderr.isEmpty, "\(rendered.stderr)")
            #expect(rendered.stdout.contains("SYNOPSIS"))
        } else if let man = ProcessRunner.find("man") {
            let rendered = try ProcessRunner.run(URL(fileURLWithPath: man), ["-l", page])
            #expect(rendered.exitCode == 0, "\(rendered.stderr)")
        } else {
            let headings = try String(contentsOfFile: page, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix(".SH ") }
            #expect(headings.prefix(3) == [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION"])
        }
    }

    /// bash is always checked; zsh and fish where they are installed.
    @Test func theCompletionsAreValid() throws {
        let installed = try Self.installation()
        let scripts = [("bash", "share/bash-completion/completions/stancegraph"), ("zsh", "share/zsh/site-functions/_stancegraph"),
                       ("fish", "share/fish/vendor_completions.d/stancegraph.fish")]
        for (shell, file) in scripts {
            guard let program = ProcessRunner.find(shell) else {
                #expect(shell != "bash")
                continue
            }
            let check = try ProcessRunner.run(URL(fileURLWithPath: program), ["-n", installed.path(file)])
            #expect(check.exitCode == 0, "\(shell) -n \(file): \(check.stderr)")
        }
    }

    /// The same binary gives the same archive, which holds what an install does and the README.
    @Test(.enabled(if: StaticBuild.built || StaticBuild.environment["CI"] != nil, "needs scripts/install's static build"))
    func thePackageIsTheSameBytesTwice() throws {
        let scratch = try Scratch(prefix: "stancegraph-package")
        var archives: [Data] = []
        for run in ["first", "second"] {
            let result = try ProcessRunner.run(PackageRoot.appending("scripts/package"), ["--no-build", "--output", scratch.path(run)],
                                               in: PackageRoot.url)
            try #require(result.exitCode == 0, "scripts/package: \(result.stderr)")
            let archive = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            archives.append(try Data(contentsOf: URL(fileURLWithPath: archive)))
            if run == "first" {
                let listing = try ProcessRunner.run("tar", ["-tzf", archive]).stdout
                for file in ["bin/stancegraph", "share/man/man1/stancegraph.1", "share/bash-completion/completions/stancegraph",
                             "share/zsh/site-functions/_stancegraph", "share/fish/vendor_completions.d/stancegraph.fish", "README.md"] {
                    #expect(listing.contains("/\(file)\n"), "\(file) in:\n\(listing)")
                }
            }
        }
        #expect(archives[0] == archives[1])
    }
}

/// Whether there is something for `InstallTests` to check.
enum StaticBuild {
    static let environment = ProcessInfo.processInfo.environment
    static let binary = PackageRoot.appending(".build-static/release/stancegraph")
    static var built: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }
    static var installable: Bool { environment["STANCEGRAPH_INSTALLED_PREFIX"] != nil || built }
}
