import Foundation
import Testing
import TestSupport
@testable import Memory

/// Lookup over the TMX files other tools wrote (../shared/interop/tmx), copied to a temporary folder so
/// that the index is written beside the copies.
struct TMXUnitSourceTests {
    static func copies(_ names: [String]) throws -> [URL] {
        let folder = try SharedData.temporaryDirectory().appendingPathComponent("tmx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try names.map { name in
            let copy = folder.appendingPathComponent(name)
            try FileManager.default.copyItem(at: SharedData.url("interop/tmx/\(name)"), to: copy)
            return copy
        }
    }

    @Test(.requiresSharedData) func everyInteropMemoryIsIndexedOrRejectedClearly() throws {
        let names = SharedData.files(in: "interop/tmx", suffix: ".tmx").map(\.lastPathComponent)
        let library = MemoryLibrary(memories: try Self.copies(names), reader: TMXUnitSource.reader)
        #expect(library.indexes.count + library.problems.count == names.count)
        #expect(library.indexes.count >= names.count - 3)
        let zeroBytes = try #require(library.problems.first { $0.memory.lastPathComponent == "heartsome-NEGATIVE-zero-bytes.tmx" })
        #expect(zeroBytes.error.description.contains("heartsome-NEGATIVE-zero-bytes.tmx:"))
        // UTF-16 memories are read like the others.
        #expect(library.indexes.contains { $0.memory.lastPathComponent == "lisa-ImportTest1A.tmx" })
    }

    @Test(.requiresSharedData) func inlineCodesAreSingleTokensAndHiTextIsKept() throws {
        let library = MemoryLibrary(memories: try Self.copies(["lisa-ImportTest2A-0index.tmx"]), reader: TMXUnitSource.reader)
        // 9 tokens with the four codes against 5 words: 100 × 5/9 = 55, below the default minimum.
        #expect(try library.fuzzy("The big black cat sleeps.", from: "en", to: "fr").isEmpty)
        let best = try #require(try library.fuzzy("The big black cat sleeps.", from: "en", to: "fr", minimum: 50).first)
        #expect(best.percent == 55)
        #expect(best.source.text == "The big ⟨⟩black⟨⟩ ⟨⟩cat⟨⟩ sleeps.")
        #expect(best.source.highlights == ["⟨⟩", "⟨⟩ ⟨⟩", "⟨⟩"])
        #expect(best.translations.first?.language == "fr-ca")
    }

    @Test(.requiresSharedData) func anyPairOfAMultilingualMemory() throws {
        let library = MemoryLibrary(memories: try Self.copies(["lisa-ImportTest1C.tmx"]), reader: TMXUnitSource.reader)
        let matches = try library.fuzzy("Second entry in Spanish", from: "ES", to: "ja_JP")
        #expect(matches.first?.percent == 100)
        #expect(matches.first?.translations.map(\.text.text) == ["Second entry in Japanese"])
        let concordance = try library.concordance("french canadian", from: "fr", to: "en-gb")
        #expect(concordance.totalHits == 3)
        #expect(concordance.groups.flatMap(\.hits).allSatisfy { $0.source.highlights == ["French Canadian"] })
    }

    @Test(.requiresSharedData) func realMemoryFuzzyAndConcordance() throws {
        let library = MemoryLibrary(memories: try Self.copies(["omegat-project_save-6.1.tmx"]), reader: TMXUnitSource.reader)
        let matches = try library.fuzzy("Error while reading the MT results", from: "en", to: "fr")
        let best = try #require(matches.first)
        #expect(best.percent == 83) // 5 tokens against 6, one insertion: 100 × 5/6
        #expect(best.source.text == "Error while reading MT results")
        #expect(best.translations.map(\.text.text) == ["Erreur lors de la lecture des résultats de TA"])
    }

    @Test(.requiresSharedData) func changedMemoryIsReindexedAndMalformedOneSkipped() throws {
        let copies = try Self.copies(["lisa-ImportTest1C.tmx", "omegat-project_save-6.1.tmx"])
        _ = MemoryLibrary(memories: copies, reader: TMXUnitSource.reader)
        // The OmegaT memory becomes malformed after it was indexed.
        let text = try String(contentsOf: copies[1], encoding: .utf8)
        try String(text.prefix(text.count / 2)).write(to: copies[1], atomically: true, encoding: .utf8)
        let library = MemoryLibrary(memories: copies, reader: TMXUnitSource.reader)
        #expect(library.indexes.map(\.memory) == [copies[0]])
        let problem = try #require(library.problems.first)
        #expect(problem.error.description.hasPrefix(copies[1].path + ":"))
        #expect(try library.fuzzy("First entry in US English").first?.percent == 100)
    }
}
