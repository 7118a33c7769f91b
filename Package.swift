// swift-tools-version: 6.1
import PackageDescription

/// Hearth: a self-hosted practice space for closer, calmer relationships.
///
/// Targets are layered; dependencies point inward only:
/// `hearth` (command line) -> `HearthLanguage` (the analyzer, pure Swift).
let package = Package(
    name: "Hearth",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hearth", targets: ["hearth"]),
        .library(name: "HearthLanguage", targets: ["HearthLanguage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "HearthLanguage",
            resources: [.copy("Resources/model.bin")]
        ),
        .executableTarget(
            name: "hearth",
            dependencies: [
                "HearthLanguage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "HearthLanguageTests",
            dependencies: [
                "HearthLanguage",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "HearthCommandTests",
            dependencies: ["hearth"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
