// swift-tools-version: 6.1
import PackageDescription

/// Hearth: a self-hosted practice space for closer, calmer relationships.
///
/// Targets are layered; dependencies point inward only:
/// `hearth` (command line) -> `HearthServer` (Vapor, Leaf) -> `HearthStore` (Fluent models, migrations, repositories)
/// -> `HearthCore` (domain: parts, pauses, practices, check-ins, sharing rules)
/// -> `HearthLanguage` (the analyzer, pure Swift).
let package = Package(
    name: "Hearth",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hearth", targets: ["hearth"]),
        .library(name: "HearthLanguage", targets: ["HearthLanguage"]),
        .library(name: "HearthCore", targets: ["HearthCore"]),
        .library(name: "HearthStore", targets: ["HearthStore"]),
        .library(name: "HearthServer", targets: ["HearthServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/leaf-kit.git", from: "1.14.3"),
    ],
    targets: [
        .target(
            name: "HearthLanguage",
            resources: [.copy("Resources/model.bin")]
        ),
        .target(
            name: "HearthCore",
            dependencies: ["HearthLanguage"],
            resources: [.copy("Resources/Practices"), .copy("Resources/common-passwords.txt")]
        ),
        .target(
            name: "HearthStore",
            dependencies: [
                "HearthCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "HearthServer",
            dependencies: [
                "HearthCore",
                "HearthStore",
                "HearthLanguage",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "LeafKit", package: "leaf-kit"),
            ],
            resources: [.copy("Resources/Views"), .copy("Resources/Public"), .copy("Resources/openapi.yaml")]
        ),
        .executableTarget(
            name: "hearth",
            dependencies: [
                "HearthLanguage",
                "HearthCore",
                "HearthStore",
                "HearthServer",
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
            name: "HearthCoreTests",
            dependencies: ["HearthCore"]
        ),
        .testTarget(
            name: "HearthStoreTests",
            dependencies: ["HearthStore", "HearthCore"]
        ),
        .testTarget(
            name: "HearthServerTests",
            dependencies: [
                "HearthServer", "HearthCore", "HearthStore",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
        .testTarget(
            name: "HearthCommandTests",
            dependencies: ["hearth"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
