import Foundation
import Testing

/// Locates the project's root and the shared test data in `../shared` beside it.
///
/// Tests that need the shared data use ``SharedData/isAvailable`` in an `.enabled(if:)` trait, so
/// that they are skipped with a message when the folder is missing (`.ci/run` fails instead).
public enum SharedData {
    /// The package root (the folder holding `Package.swift`).
    public static let packageRoot: URL = {
        // Tests/TestSupport/SharedData.swift → package root
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
    }()

    /// `../shared` relative to the package root.
    public static let root: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether `../shared` exists.
    public static let isAvailable: Bool = {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }()

    /// The message tests print when they are skipped.
    public static let missingMessage: Comment = "../shared is missing beside the package: skipped (CI fails instead)"

    /// A file or folder inside `../shared`, e.g. `url("interop/tmx/lisa-ImportTest1A.tmx")`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The files of a folder inside `../shared` whose names end with `suffix`, sorted by name.
    public static func files(in folder: String, suffix: String = "") -> [URL] {
        let directory = url(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// A new empty temporary folder for one test.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("bitext-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Trait where Self == ConditionTrait {
    /// Skips a test (with a message) when `../shared` is missing.
    public static var requiresSharedData: Self {
        .enabled(if: SharedData.isAvailable, SharedData.missingMessage)
    }
}
