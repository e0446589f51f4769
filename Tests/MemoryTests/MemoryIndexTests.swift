import Foundation
import GRDB
import Testing
import TestSupport
@testable import Memory

struct MemoryIndexTests {
    @Test func indexIsBesideTheMemoryAndReusedWhenCurrent() throws {
        let (folder, memory) = try MemoryFixtures.folder()
        #expect(try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader).outcome == .created)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".bitext-index/release.txt.sqlite").path))
        let (index, outcome) = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader)
        #expect(outcome == .current)
        #expect(index.unitCount == 7)
        #expect(index.languages == ["en-gb", "fr-fr", "es-es"])
    }

    @Test func changedMemoryIsReindexed() throws {
        let (_, memory) = try MemoryFixtures.folder()
        _ = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader)
        var units = MemoryFixtures.releaseUnits
        units.append(MemoryFixtures.unit("u8", en: "Europol and INTERPOL signed an agreement.", fr: "Europol et INTERPOL ont signé un accord."))
        try MemoryFixtures.write(units, to: memory)
        let (index, outcome) = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader)
        #expect(outcome == .updated)
        #expect(index.unitCount == 8)
        let library = MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
        #expect(try library.fuzzy("Europol and INTERPOL signed an agreement.").first?.percent == 100)
    }

    @Test func touchedButUnchangedMemoryIsNotReindexed() throws {
        let (_, memory) = try MemoryFixtures.folder()
        _ = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: memory.path)
        #expect(try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader).outcome == .current)
        // The new time is recorded: the next opening does not need the content hash.
        let (index, _) = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader)
        let recorded = try index.database.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'modified'") }
        #expect(recorded == String(try FileStamp(of: memory).modified))
    }

    @Test func corruptIndexIsDetectedAndRebuilt() throws {
        let (folder, memory) = try MemoryFixtures.folder()
        _ = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader)
        let directory = folder.appendingPathComponent(".bitext-index")
        let fuzzy = try #require(try FileManager.default.contentsOfDirectory(atPath: directory.path).first { $0.hasSuffix(".fuzzy") })
        try Data("garbage".utf8).write(to: directory.appendingPathComponent(fuzzy))
        let outcome = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader).outcome
        guard case .repaired = outcome else { Issue.record("outcome \(outcome)"); return }
        try Data(repeating: 0x41, count: 4096).write(to: directory.appendingPathComponent("release.txt.sqlite"))
        let again = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader).outcome
        guard case .repaired = again else { Issue.record("outcome \(again)"); return }
        #expect(try MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader).fuzzy("INTERPOL published 12 new notices on Monday.").first?.percent == 100)
    }

    @Test func badMemoriesAreReportedAndOthersStillAnswered() throws {
        let (folder, memory) = try MemoryFixtures.folder()
        let broken = folder.appendingPathComponent("broken.txt")
        try MemoryFixtures.write([MemoryFixtures.unit("b1", en: "Interpol is in Lyon.", fr: "Interpol est à Lyon.")], to: broken)
        _ = MemoryLibrary(memories: [memory, broken], reader: MemoryFixtures.reader)
        // Malformed after indexing, and a deleted memory.
        try "no tabs on this line\n".write(to: broken, atomically: true, encoding: .utf8)
        let missing = folder.appendingPathComponent("deleted.txt")
        let library = MemoryLibrary(memories: [memory, broken, missing], reader: MemoryFixtures.reader)
        #expect(library.indexes.count == 1)
        #expect(library.problems.map(\.memory) == [broken, missing])
        #expect(library.problems.map(\.error.description).contains { $0.contains("line 1: no variants") })
        #expect(library.problems.map(\.error.description).contains { $0.contains("deleted.txt: no such file") })
        #expect(try library.fuzzy("INTERPOL published 12 new notices on Monday.").first?.percent == 100)
    }

    @Test func readOnlyFolderUsesTheCache() throws {
        let (folder, memory) = try MemoryFixtures.folder()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        guard !FileManager.default.isWritableFile(atPath: folder.path) else { return } // running as root
        let (index, _) = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader)
        #expect(index.location.directory.path.contains("bitext/index"))
    }

    @Test func indexAgreesWithBruteForce() throws {
        let (_, memory) = try MemoryFixtures.folder()
        let (index, _) = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader)
        for unit in MemoryFixtures.releaseUnits {
            let keys = Tokenizer.keys(of: unit.variants[0].text + " extra words here")
            for minimum in [50, 70, 90] {
                let fast = index.fuzzy.candidates(query: keys, languages: [0], minimum: minimum, limit: 1000)
                let slow = index.fuzzy.bruteForce(query: keys, languages: [0], minimum: minimum, limit: 1000)
                #expect(Set(fast) == Set(slow))
            }
        }
    }
}

struct MemoryIndexConcurrencyTests {
    @Test func severalReadersAndBuildersAtOnce() throws {
        let (_, memory) = try MemoryFixtures.folder()
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let library = MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
            let percent = try? library.fuzzy("INTERPOL published 12 new notices on Monday.").first?.percent
            results.append(percent ?? -1)
        }
        #expect(results.values == [100, 100, 100, 100])
        #expect(try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader).index.unitCount == 7)
    }

    @Test func leftoversOfAKilledBuildAreIgnoredAndRemoved() throws {
        let (folder, memory) = try MemoryFixtures.folder()
        _ = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader)
        let directory = folder.appendingPathComponent(".bitext-index")
        // What a build killed half-way leaves: temporary files of a process that no longer exists.
        let leftovers = ["release.txt.sqlite.tmp-999999-1f", "release.txt.2f.fuzzy.tmp-999999-2f"]
        for name in leftovers { try Data("half-written".utf8).write(to: directory.appendingPathComponent(name)) }
        try MemoryFixtures.write(Array(MemoryFixtures.releaseUnits.prefix(3)), to: memory)
        let (index, outcome) = try MemoryIndex.open(memory: memory, reader: MemoryFixtures.reader)
        #expect(outcome == .updated)
        #expect(index.unitCount == 3)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers.allSatisfy { !names.contains($0) })
        #expect(names.filter { $0.hasSuffix(".fuzzy") }.count == 1)
    }
}

/// A memory that cannot be indexed leaves no lock file in the index folder; the others keep theirs.
struct MemoryIndexFailureTests {
    /// A TMX cut off in the middle of a unit (written for this test).
    static let truncated = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="test" creationtoolversion="1" o-tmf="test"/>
        <body><tu tuid="1"><tuv xml:lang="en"><seg>The Red Notice was issued.</seg></tuv><tuv xml:lang="fr"><seg>La notice rouge a été
        """

    @Test func aMemoryThatFailsToIndexLeavesNoLockFile() throws {
        let (folder, good) = try MemoryFixtures.folder()
        let broken = folder.appendingPathComponent("broken.tmx")
        try Data(Self.truncated.utf8).write(to: broken)
        #expect(throws: MemoryIndexError.self) { try MemoryIndex.open(memory: broken, reader: TMXUnitSource.reader) }
        let directory = folder.appendingPathComponent(".bitext-index")
        #expect(!FileManager.default.fileExists(atPath: directory.path))
        // A rebuild that fails too; then a library of a good memory and the broken one.
        #expect(throws: MemoryIndexError.self) { try MemoryIndex.open(memory: broken, reader: TMXUnitSource.reader, rebuild: true) }
        let library = MemoryLibrary(memories: [broken, good], reader: { url in
            url == broken ? try TMXUnitSource.reader(url) : try MemoryFixtures.reader(url)
        })
        #expect(library.problems.map(\.memory) == [broken])
        #expect(library.indexes.count == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(!names.contains { $0.hasPrefix("broken.tmx") })
        #expect(names.contains("release.txt.sqlite"))
    }
}

extension MemoryIndexFailureTests {
    /// When every memory of a folder failed to index, an empty `.bitext-index/` was left behind.
    @Test func aFolderWhoseMemoriesAllFailKeepsNoIndexFolderItCreated() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memories = ["a.tmx", "b.tmx"].map { folder.appendingPathComponent($0) }
        for memory in memories { try Data(Self.truncated.utf8).write(to: memory) }
        let library = MemoryLibrary(memories: memories, reader: TMXUnitSource.reader)
        #expect(library.problems.map(\.memory) == memories)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.tmx", "b.tmx"])
        // A folder Bitext did not create stays, even empty.
        let directory = folder.appendingPathComponent(".bitext-index")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        _ = MemoryLibrary(memories: memories, reader: TMXUnitSource.reader)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}

/// Collects values from concurrent work.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int] = []
    var values: [Int] { lock.withLock { stored } }
    func append(_ value: Int) { lock.withLock { stored.append(value) } }
}
