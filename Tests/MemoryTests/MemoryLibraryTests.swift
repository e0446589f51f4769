import Foundation
import Testing
import TestSupport
@testable import Memory

struct MemoryLibraryTests {
    @Test func fuzzyMatchHasPercentHighlightTranslationAndOrigin() throws {
        let (_, memory) = try MemoryFixtures.folder()
        let library = MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
        #expect(library.problems.isEmpty)
        #expect(library.outcomes == [.created])
        let matches = try library.fuzzy("The Minister for Women's Rights thanked the firefighters.", from: "en", to: "fr")
        let best = try #require(matches.first)
        #expect(best.percent == 80) // 10 tokens against 9, one substitution and one insertion: 100 × 8/10
        #expect(best.source.highlights == ["police", "officers"] || best.source.highlights == ["police officers"])
        #expect(best.translations.map(\.text.text) == ["La Ministre des Droits des femmes a remercié les policiers."])
        #expect(best.translations.first?.language == "fr-fr")
        #expect(best.origin.document == "release-2024-03-08.docx")
        #expect(best.origin.date == "20240308T120000Z")
        #expect(matches.allSatisfy { $0.percent >= 70 })
    }

    @Test func exactAndNearExactMatches() throws {
        let (_, memory) = try MemoryFixtures.folder()
        let library = MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
        let exact = try library.fuzzy("INTERPOL published 12 new notices on Monday.", from: "en")
        #expect(exact.first?.percent == 100)
        let number = try library.fuzzy("INTERPOL published 15 new notices on Monday.", from: "en")
        #expect(number.first?.percent == 99)
        #expect(number.first?.source.highlights == ["12"])
    }

    @Test func anyLanguagePairThroughMultilingualUnits() throws {
        let (_, memory) = try MemoryFixtures.folder()
        let library = MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
        let matches = try library.fuzzy("La Ministra de Derechos de la Mujer se reunió con el Secretario General de INTERPOL en Lyon.",
                                        from: "es", to: "FR")
        #expect(matches.first?.percent == 100)
        #expect(matches.first?.translations.map(\.language) == ["fr-fr"])
        #expect(try library.fuzzy("The Minister for Women's Rights met the Secretary General of INTERPOL in Lyon.", from: "de").isEmpty)
    }

    @Test func concordanceGroupsByRenderingWithCounts() throws {
        let (_, memory) = try MemoryFixtures.folder()
        let library = MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
        let concordance = try library.concordance("Minister for Women's Rights", from: "en", to: "fr")
        #expect(concordance.totalHits == 4)
        #expect(concordance.groups.map(\.rendering) == ["Ministre des Droits des femmes", "Ministre aux Droits des femmes"])
        #expect(concordance.groups.map(\.count) == [3, 1])
        let hit = try #require(concordance.groups.first?.hits.first)
        #expect(hit.source.highlights == ["Minister for Women's Rights"])
        #expect(hit.translation.text.highlights == ["Ministre des Droits des femmes"])
    }

    @Test func concordanceIsCaseAccentAndElisionInsensitive() throws {
        let (_, memory) = try MemoryFixtures.folder()
        let library = MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
        let concordance = try library.concordance("interpol", from: "fr", to: "en")
        #expect(concordance.totalHits == 2)
        let sources = concordance.groups.flatMap(\.hits).map(\.source)
        #expect(sources.contains { $0.highlights == ["INTERPOL"] && $0.text.contains("d'INTERPOL") })
        // The rendering is the identical name.
        #expect(concordance.groups.map(\.rendering) == ["INTERPOL"])
        #expect(concordance.groups.first?.spanEvidence == "identical")
        let accents = try library.concordance("SECRETAIRE GENERAL", from: "fr")
        #expect(accents.totalHits == 1)
        #expect(accents.groups.first?.hits.first?.source.highlights == ["Secrétaire général"])
    }

    @Test func glossaryHintsChooseTheRendering() throws {
        let (_, memory) = try MemoryFixtures.folder()
        let library = MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
        let concordance = try library.concordance("conference", from: "en", to: "fr", hints: { _, _, _ in ["conférence"] })
        #expect(concordance.groups.map(\.rendering) == ["conférence"])
        #expect(concordance.groups.first?.count == 3)
        #expect(concordance.groups.first?.spanEvidence == "hint")
    }

    @Test func glossaryHintsMatchInflectedTranslations() throws {
        let (_, memory) = try MemoryFixtures.folder()
        let library = MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
        // The glossary gives the singular; the memory has the plural.
        let concordance = try library.concordance("police officers", from: "en", to: "fr", hints: { _, _, _ in ["policier"] })
        #expect(concordance.groups.map(\.rendering) == ["policiers"])
        #expect(concordance.groups.first?.spanEvidence == "hint")
        #expect(concordance.groups.first?.hits.map(\.translation.text.highlights) == [["policiers"], ["policiers"]])
    }

    @Test func badQueriesGiveClearErrors() throws {
        let (_, memory) = try MemoryFixtures.folder()
        let library = MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
        #expect(throws: MemoryIndexError.self) { try library.fuzzy("   ") }
        let long = Array(repeating: "word", count: 10_000).joined(separator: " ")
        do {
            _ = try library.fuzzy(long)
            Issue.record("a 10,000-word query was accepted")
        } catch {
            #expect("\(error)".contains("10000 words"))
        }
        #expect(throws: MemoryIndexError.self) { try library.concordance("?!") }
    }
}
