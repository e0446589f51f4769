import Foundation
import Terminology
import Testing
import TestSupport

@Suite struct TermExtractorTests {
    @Test(.requiresSharedData) func ministerForWomensRightsIsACandidate() throws {
        let units = try ReleasePairs.units("interpol-2013-PR144")
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: units)
        let minister = try #require(candidates.first { $0.source == "Ministre des Droits des femmes" })
        #expect(minister.target == "Minister for Women’s Rights")
        #expect(minister.examples.first?.id == "interpol-2013-PR144#9")
        #expect(candidates.contains { $0.source == "Secrétaire Général d’INTERPOL" && $0.target == "INTERPOL Secretary General" })
        // Nested candidate resolved: inside the title, "Droits des femmes" is not linked on its own.
        #expect(!candidates.contains { $0.source == "Droits des femmes" })
        // Names written the same in both languages are not candidates.
        #expect(!candidates.contains { $0.source.lowercased() == $0.target.lowercased() })
        // Ranked best first.
        #expect(candidates.map(\.score) == candidates.map(\.score).sorted(by: >))
    }

    @Test(.requiresSharedData) func repeatedTermsAcrossReleasesAreCountedAndKnownTermsMarked() throws {
        let units = try ReleasePairs.units("interpol-2009-air-france-dvi") + ReleasePairs.units("interpol-2010-haiti-earthquake")
            + ReleasePairs.units("interpol-2014-mh17-irt")
        let known = Glossary(entries: [GlossaryEntry("Centre de commandement et de coordination", language: "fr", "Command and Co-ordination Centre", language: "en")])
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: units, knownIn: [known])
        let centre = try #require(candidates.first { TermNormalizer.key($0.source) == "centre de commandement et de coordination" })
        #expect(centre.isKnown)
        let dvi = try #require(candidates.first { $0.source == "IVC" })
        #expect(dvi.target == "DVI")
        #expect(dvi.frequency == 3)
        #expect(candidates.filter(\.isKnown).count == 1)
        #expect(TermExtractor(from: "fr", to: "en", minimumFrequency: 2).extract(from: units).allSatisfy { $0.frequency >= 2 })
    }

    @Test func pluralsAreGroupedUnderTheSingular() {
        let units = [
            AlignedUnit(id: "1", source: "Les réseaux sociaux sont utiles.", target: "Social networks are useful."),
            AlignedUnit(id: "2", source: "Un réseau social est utile.", target: "A social network is useful."),
        ]
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: units)
        let network = candidates.first { $0.source == "réseau social" }
        #expect(network?.target == "social network")
        #expect(network?.frequency == 2)
    }

    @Test func emptyMemoryGivesNoCandidate() {
        #expect(TermExtractor(from: "fr", to: "en").extract(from: []).isEmpty)
    }
}
