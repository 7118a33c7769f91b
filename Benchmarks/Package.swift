// swift-tools-version: 6.1
import PackageDescription

/// Hearth's benchmarks, apart from the main package so that `swift build` and `swift test`
/// never build the benchmark harness. Run with `swift package benchmark` in this folder.
let package = Package(
    name: "HearthBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Hearth", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "AnalyzerBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "HearthLanguage", package: "Hearth"),
            ],
            path: "Benchmarks/AnalyzerBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
