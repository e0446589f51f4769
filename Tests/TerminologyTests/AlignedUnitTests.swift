import Foundation
import TMX
import Terminology
import Testing
import TestSupport

@Suite struct AlignedUnitTests {
    private func memory(_ units: [(String, String, String, String)], boilerplate: Set<Int> = []) throws -> URL {
        let url = try SharedData.temporaryDirectory().appendingPathComponent("memory.tmx")
        let writer = try TMXWriter(url: url, header: .bitext(sourceLanguage: LanguageTag(units.first?.0 ?? "fr")))
        for (index, unit) in units.enumerated() {
            try writer.write(TranslationUnit(id: "tu\(index + 1)", variants: [
                TMXVariant(language: LanguageTag(unit.0), segment: TMXSegment(unit.1)),
                TMXVariant(language: LanguageTag(unit.2), segment: TMXSegment(unit.3)),
            ], properties: boilerplate.contains(index) ? [TMXProperty(type: "x-boilerplate", value: "yes")] : []))
        }
        try writer.finish()
        return url
    }

    @Test func readsThePairsOfAMemory() throws {
        let url = try memory([
            ("fr-FR", "La notice rouge a été publiée.", "en-GB", "The Red Notice was issued."),
            ("fr-FR", "Une autre notice rouge.", "de", "Eine weitere Rote Ausschreibung."),
        ])
        let contents = try AlignedUnit.read(memory: url, from: "fr", to: "en")
        #expect(contents.units == [AlignedUnit(id: "tu1", source: "La notice rouge a été publiée.", target: "The Red Notice was issued.")])
        #expect(contents.skipped == 1)
        #expect(contents.languages == [LanguageTag("fr-FR"), LanguageTag("en-GB"), LanguageTag("de")])
    }

    @Test func pageBoilerplateMarkedByAlignIsLeftOut() throws {
        let url = try memory([
            ("fr", "Contenu archivé", "en", "Archived Content"),
            ("fr", "La notice rouge a été publiée.", "en", "The Red Notice was issued."),
        ], boilerplate: [0])
        let contents = try AlignedUnit.read(memory: url, from: "fr", to: "en")
        #expect(contents.units.map(\.id) == ["tu2"])
        #expect(contents.boilerplate == 1)
        #expect(contents.skipped == 0)
    }

    @Test func memoryInOtherLanguagesHasNoUnit() throws {
        let url = try memory([("de", "Rote Ausschreibung", "es", "notificación roja")])
        let contents = try AlignedUnit.read(memory: url, from: "fr", to: "en")
        #expect(contents.units.isEmpty)
        #expect(contents.skipped == 1)
    }
}
