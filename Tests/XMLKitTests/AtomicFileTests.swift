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

    @Test func aMissingFolderIsAnError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-folder-\(UUID())/x.tmx")
        #expect(throws: XMLError.self) { try AtomicFile(destination: url) }
    }
}
