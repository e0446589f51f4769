// swift-tools-version: 6.0
import PackageDescription

// The pipeline, one module per stage:
// documents → segmentation → alignment → memory (TMX via libxml2, index) → lookup and terminology,
// with a thin command line (`bitext`) on top. CLibXML2 is the only target that sees C.
let package = Package(
    name: "Bitext",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bitext", targets: ["bitext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // MARK: C
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // MARK: Library modules
        .target(name: "XMLKit", dependencies: ["CLibXML2"]),
        .target(name: "TMX", dependencies: ["XMLKit"]),
        .target(
            name: "Documents",
            dependencies: ["XMLKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "Segmentation", dependencies: ["XMLKit", "Documents"]),
        .target(name: "Alignment", dependencies: ["Documents", "Segmentation", "TMX"]),
        .target(name: "Memory", dependencies: ["TMX", "XMLKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "Terminology",
            dependencies: ["XMLKit", "TMX", "Alignment"]
        ),
        .target(name: "Lookup", dependencies: ["Memory", "Terminology", "Alignment"]),
        .target(
            name: "BitextServer",
            dependencies: [
                "TMX", "Documents", "Segmentation", "Alignment", "Memory", "Terminology", "Lookup",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),

        // MARK: Command line
        .target(
            name: "BitextCommand",
            dependencies: [
                "XMLKit", "TMX", "Documents", "Segmentation", "Alignment", "Memory", "Terminology", "Lookup", "BitextServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "bitext",
            dependencies: ["BitextCommand", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "bitext-bench-lookup", dependencies: ["Memory", "TMX", "Lookup"]),
        .executableTarget(name: "bitext-bench-align", dependencies: ["Alignment"]),

        // MARK: Tests
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "XMLKitTests", dependencies: ["XMLKit", "TestSupport"]),
        .testTarget(name: "TMXTests", dependencies: ["TMX", "TestSupport"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")], exclude: ["Fixtures"]),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation", "TestSupport"]),
        .testTarget(name: "AlignmentTests", dependencies: ["Alignment", "Segmentation", "TestSupport"]),
        .testTarget(name: "MemoryTests", dependencies: ["Memory", "TestSupport"]),
        .testTarget(name: "LookupTests", dependencies: ["Lookup", "Memory", "Terminology", "TestSupport"]),
        .testTarget(name: "TerminologyTests", dependencies: ["Terminology", "TMX", "TestSupport"]),
        .testTarget(name: "BitextCommandTests", dependencies: ["BitextCommand", "TestSupport"]),
        .testTarget(
            name: "BitextServerTests",
            dependencies: [
                "BitextServer", "TestSupport", "TMX",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
