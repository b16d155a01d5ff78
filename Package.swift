// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "stancegraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "StanceGraph", targets: ["StanceGraph"]),
        .executable(name: "stancegraph", targets: ["StanceGraphCLI"]),
        .executable(name: "stancegraph-bench", targets: ["StanceGraphBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(
            name: "StanceGraph",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "StanceGraphRender",
            dependencies: ["CGraphviz", "StanceGraph"]
        ),
        .executableTarget(
            name: "StanceGraphCLI",
            dependencies: [
                "StanceGraph",
                "StanceGraphRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "StanceGraphBench",
            dependencies: ["StanceGraph", "StanceGraphRender"]
        ),
        // What the test targets share: the package root, running a program or the built binary,
        // golden files (re-recorded with STANCEGRAPH_RECORD=1) and scratch folders.
        .target(name: "StanceGraphTestSupport", path: "Tests/StanceGraphTestSupport"),
        .testTarget(name: "StanceGraphTests", dependencies: ["StanceGraph", "StanceGraphTestSupport"],
                    resources: [.copy("Fixtures"), .copy("Snapshots")]),
        .testTarget(name: "StanceGraphRenderTests", dependencies: ["StanceGraphRender", "StanceGraph", "StanceGraphTestSupport"]),
        .testTarget(name: "StanceGraphCLITests", dependencies: ["StanceGraphCLI", "StanceGraphTestSupport"], resources: [.copy("Fixtures")]),
    ]
)
