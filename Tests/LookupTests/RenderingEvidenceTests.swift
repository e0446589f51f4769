import Foundation
import Lookup
import Memory
import Terminology
import Testing
import TestSupport

/// The word knowledge the concordance gets from `Lookup`, and what it changes on real releases.
struct RenderingEvidenceTests {
    @Test func stopWordsAndSingleLettersAreFunctionWords() {
        let evidence = RenderingEvidence.installed
        #expect(evidence.isFunctionWord("the", "en"))
        #expect(evidence.isFunctionWord("against", "en"))
        #expect(evidence.isFunctionWord("d", "fr")) // d’INTERPOL
        #expect(evidence.isFunctionWord("contre", "fr"))
        #expect(!evidence.isFunctionWord("police", "en"))
        #expect(!evidence.isFunctionWord("traite", "fr"))
        #expect(evidence.translations("rouge", "fr", "xx").isEmpty) // no such dictionary
    }

    /// The gold pairs (en.sent, fr.sent, gold.align) of six releases as memory units.
    static func goldUnits() throws -> [MemoryUnit] {
        let releases = ["admin-fedpol-2016-10-25", "canada-ps-2011-08-30-toews", "euneighbours-2018-10-10-interpol-trigger-iv",
                        "interpol-2009-PR028", "interpol-2010-haiti-earthquake", "interpol-2013-PR144"]
        var units: [MemoryUnit] = []
        for release in releases {
            func lines(_ name: String) throws -> [String] {
                try String(contentsOf: SharedData.url("corpus/releases/\(release)/\(name)"), encoding: .utf8)
                    .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            let english = try lines("en.sent"), french = try lines("fr.sent")
            for (number, bead) in try lines("gold.align").enumerated() where !bead.isEmpty {
                let sides = bead.split(separator: ":", omittingEmptySubsequences: false).map { side in
                    side.filter { $0.isNumber || $0 == "," }.split(separator: ",").compactMap { Int($0) }
                }
                guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else { continue }
                units.append(MemoryUnit(
                    id: "\(release)-\(number)",
                    variants: [.init(language: "en", text: sides[0].map { english[$0] }.joined(separator: " ")),
                               .init(language: "fr", text: sides[1].map { french[$0] }.joined(separator: " "))],
                    document: release, date: nil))
            }
        }
        return units
    }

    /// On the gold pairs of real releases, a title met in a few units is highlighted as the title, not
    /// as the title and the name after it (`Secretary General Ronald`) or the words around it.
    @Test(.requiresSharedData) func titlesAreHighlightedWithoutTheirNeighbours() throws {
        let units = try Self.goldUnits()
        let folder = try SharedData.temporaryDirectory()
        let url = folder.appendingPathComponent("gold.tmx")
        try Data().write(to: url)
        let library = MemoryLibrary(memories: [url], reader: { _ in MemoryUnitArray(units) })
        #expect(library.problems.isEmpty)
        func rendering(_ phrase: String) throws -> String? {
            try library.concordance(phrase, from: "fr", to: "en", evidence: RenderingEvidence.installed).groups.first?.rendering
        }
        #expect(try rendering("Secrétaire Général d’INTERPOL") == "INTERPOL Secretary General")
        #expect(try rendering("ministre de la Sécurité publique") == "Public Safety Minister")
        #expect(try rendering("lutte contre le terrorisme") == "fight against terrorism")
        // `femmes` → `woman` in FreeDict; `Women’s` is an irregular plural, not `150 law` (`droit` → `law`).
        #expect(try rendering("Droits des femmes") == "Women’s Rights")
        // Words no dictionary links, right beside one that is linked, complete the rendering.
        #expect(try rendering("application de la loi") == "law enforcement")
        #expect(try rendering("alerte mondiale") == "global alert")
        #expect(try rendering("reconnaissance faciale") == "facial recognition")
    }

    @Test func irregularEnglishPluralsFindTheirTranslations() {
        let evidence = RenderingEvidence.installed
        guard !evidence.translations("femme", "fr", "en").isEmpty else { return } // FreeDict not installed
        #expect(evidence.translations("women", "en", "fr").contains("femme"))
        #expect(TermLanguage("en").singularForm("children") == "child")
        #expect(TermLanguage("en").singularForm("specimen") == "specimen")
    }
}
