import Foundation
import Testing
import TestSupport
@testable import BitextCommand

struct IndexCommandTests {
    @Test func indexRebuildsBesideTheMemories() throws {
        let memory = try LookupCommandTests.memory()
        try IndexCommand.parse(["--tm", memory.path]).run()
        let folder = memory.deletingLastPathComponent().appendingPathComponent(".bitext-index")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.contains("release.tmx.sqlite"))
        #expect(files.filter { $0.hasSuffix(".fuzzy") }.count == 1)
        try IndexCommand.parse(["--tm", memory.path]).run()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".fuzzy") }.count == 1)
    }
}
