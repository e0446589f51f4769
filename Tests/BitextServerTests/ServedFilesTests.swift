@testable import BitextServer
import Foundation
import TestSupport
import Testing

struct ServedFilesTests {
    /// A served folder `tmx/` with one memory and a folder beside it that must stay out of reach.
    static func layout() throws -> (root: URL, files: ServedFiles) {
        let root = try SharedData.temporaryDirectory()
        let tmx = root.appendingPathComponent("tmx")
        let secret = root.appendingPathComponent("secret")
        try FileManager.default.createDirectory(at: tmx.appendingPathComponent("2026"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: secret, withIntermediateDirectories: true)
        try Data("<tmx/>".utf8).write(to: tmx.appendingPathComponent("2026/release.tmx"))
        try Data("private".utf8).write(to: secret.appendingPathComponent("notes.tmx"))
        try FileManager.default.createSymbolicLink(at: tmx.appendingPathComponent("escape"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(
            at: tmx.appendingPathComponent("link.tmx"), withDestinationURL: secret.appendingPathComponent("notes.tmx"))
        let named = root.appendingPathComponent("named.tmx")
        try Data("<tmx/>".utf8).write(to: named)
        return (root, try ServedFiles(folders: [tmx], files: [named]))
    }

    @Test func resolvesFilesUnderTheServedFolder() throws {
        let (root, files) = try Self.layout()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = try files.resolve("tmx/2026/release.tmx")
        #expect(url.lastPathComponent == "release.tmx")
        #expect(try files.resolve("files/named.tmx").lastPathComponent == "named.tmx")
        // A file to write in folders that do not exist yet (writing creates them).
        #expect(try files.resolve("tmx/new/sub/glossary.tbx").path.hasSuffix("/tmx/new/sub/glossary.tbx"))
    }

    @Test(arguments: [
        "tmx/../secret/notes.tmx", "tmx/2026/../../secret/notes.tmx", "/etc/passwd", "tmx//release.tmx",
        "tmx/./2026/release.tmx", "tmx/escape/notes.tmx", "tmx/escape/new/notes.tmx", "tmx/link.tmx", "tmx", "tmx\\..\\secret\\notes.tmx",
        "files/../secret/notes.tmx", "..", "",
    ])
    func refusesPathsLeadingOutside(path: String) throws {
        let (root, files) = try Self.layout()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: ServerError.self) { try files.resolve(path) }
    }

    @Test func unknownFolderIsNotFound() throws {
        let (root, files) = try Self.layout()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: ServerError(.notFound, "secret/notes.tmx: secret is not a served folder")) {
            try files.resolve("secret/notes.tmx")
        }
    }

    @Test func listsMemoriesOfTheFolderAndTheNamedFiles() throws {
        let (root, files) = try Self.layout()
        defer { try? FileManager.default.removeItem(at: root) }
        let paths = files.list().map(\.path)
        #expect(paths.contains("tmx/2026/release.tmx"))
        #expect(paths.contains("files/named.tmx"))
        #expect(!paths.contains("tmx/escape/notes.tmx"), "symbolic links leading outside are not listed")
        #expect(!paths.contains("tmx/link.tmx"))
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: ServerError.self) {
            try ServedFiles(folders: [URL(fileURLWithPath: "/nonexistent-bitext-folder")], files: [])
        }
    }
}
