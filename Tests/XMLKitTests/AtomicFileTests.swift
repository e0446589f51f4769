import Foundation
import TestSupport
import Testing
import XMLKit

@Suite struct AtomicFileTests {
    @Test func writesThroughATemporaryFileInTheSameFolder() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("data.txt")
        let file = try AtomicFile(destination: url)
        #expect(file.temporaryURL.deletingLastPathComponent() == url.deletingLastPathComponent().standardizedFileURL)
        try Data("new".utf8).write(to: file.temporaryURL)
        #expect(!FileManager.default.fileExists(atPath: url.path))
        try file.commit()
        #expect(try String(contentsOf: url, encoding: .utf8) == "new")
        try AtomicFile.write(Data("newer".utf8), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "newer")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["data.txt"])
    }

    /// `-o newdir/x.tsv` was refused while `bitext align -o newdir/m.tmx` created the folder: every
    /// writer now creates it, as `mkdir -p` would.
    @Test func aMissingFolderIsCreatedAndRemovedAgainWhenTheWriteIsDiscarded() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("new/sub/x.tsv")
        let file = try AtomicFile(destination: url)
        #expect(file.createdFolders.map(\.lastPathComponent) == ["new", "sub"])
        #expect(file.temporaryURL.deletingLastPathComponent().lastPathComponent == "sub")
        try Data("a".utf8).write(to: file.temporaryURL)
        file.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)

        try AtomicFile.write(Data("kept".utf8), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "kept")
        // A discarded write into a folder that now holds a file leaves both.
        let other = try AtomicFile(destination: folder.appendingPathComponent("new/sub/y.tsv"))
        #expect(other.createdFolders.isEmpty)
        other.discard()
        #expect(FileManager.default.fileExists(atPath: url.path))
    }

    @Test func aFolderThatIsAFileIsAnError() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: blocker)
        let url = blocker.appendingPathComponent("sub/x.tmx")
        #expect(throws: XMLError(path: url.path, message: "\(blocker.path) is a file, not a folder")) {
            try AtomicFile(destination: url)
        }
    }
}
