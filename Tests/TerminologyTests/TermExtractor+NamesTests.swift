import Foundation
@testable import Terminology
import Testing
import TestSupport

@Suite struct TermExtractorNamesTests {
    @Test(.requiresSharedData) func noCandidateOfTheToewsReleaseEndsWithAPersonalName() throws {
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("canada-ps-2011-08-30-toews"))
        #expect(!candidates.isEmpty)
        #expect(!candidates.contains { $0.source.hasSuffix("Toews") || $0.target.hasSuffix("Toews") })
        #expect(!candidates.contains { $0.source.hasSuffix("Vic") || $0.target.hasSuffix("Vic") })
        // The title the name stood beside is still a candidate, and so is the body of the name's minister.
        #expect(candidates.contains { $0.source == "ministre de la Sécurité publique" && $0.target == "Public Safety Minister" })
        #expect(candidates.contains { $0.source == "gouvernement du Canada" && $0.target == "Government of Canada" })
    }

    @Test(.requiresSharedData) func aTitleBesideANameTakesItsPlace() throws {
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("interpol-2009-PR028"))
        // `Major Général Mansour Al-Turki` ↔ `Major General Mansoor Al-Turki` (a name spelt differently).
        #expect(!candidates.contains { $0.source.contains("Mansour") || $0.target.contains("Mansoor") })
        let title = try #require(candidates.firstIndex { $0.source == "Major Général" && $0.target == "Major General" })
        #expect(title < 20)
        // Organisations and places are no personal names, even after a title word (`General Secretariat`).
        #expect(candidates.contains { $0.source == "Secrétariat général d’INTERPOL" && $0.target == "INTERPOL General Secretariat" })
        #expect(candidates.contains { $0.source == "Arabie saoudite" && $0.target == "Saudi Arabia" })
    }

    @Test(.requiresSharedData) func aNameAloneIsNoCandidate() throws {
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("interpol-2013-PR144"))
        // `Vallaud-Belkacem` ↔ `Minister Vallaud-Belkacem` was listed.
        #expect(!candidates.contains { $0.source.hasSuffix("Vallaud-Belkacem") || $0.target.hasSuffix("Vallaud-Belkacem") })
        #expect(candidates.contains { $0.source == "Ministre des Droits des femmes" && $0.target == "Minister for Women’s Rights" })
    }

    @Test(.requiresSharedData) func placesAndOperationsAreNoPersonalNames() throws {
        let trigger = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("euneighbours-2018-10-10-interpol-trigger-iv"))
        #expect(trigger.contains { $0.source == "opération Trigger IV" && $0.target == "Operation Trigger IV" })
        let pr144 = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("interpol-2013-PR144"))
        #expect(pr144.contains { $0.source == "police judiciaire d’Abou Dhabi" && $0.target == "Judicial Department of Abu Dhabi" })
    }

    @Test func aRunOfNamesAfterATitleOrAFirstNameIsAPersonalName() {
        let language = (fr: TermLanguage("fr"), en: TermLanguage("en"))
        func names(_ french: String, _ english: String) -> (source: [String], target: [String]) {
            let source = TermExtractor.Side(tokens: TermTokenizer.tokens(french), occurrences: [], language: language.fr)
            let target = TermExtractor.Side(tokens: TermTokenizer.tokens(english), occurrences: [], language: language.en)
            let found = TermExtractor.personalNames(source, target, sourceLanguage: language.fr, targetLanguage: language.en) { _ in false }
            return (found.source.sorted().map { source.tokens[$0].text }, found.target.sorted().map { target.tokens[$0].text })
        }
        let minister = names("a déclaré le ministre Dupuis à Lyon.", "said Minister Dupuis in Lyon.")
        #expect(minister.source == ["Dupuis"] && minister.target == ["Dupuis"])
        let firstAndLast = names("selon Karine Dupuis, porte-parole", "according to spokeswoman Karine Dupuis")
        #expect(firstAndLast.source == ["Karine", "Dupuis"] && firstAndLast.target == ["Karine", "Dupuis"])
        // Places after a preposition, an organisation after `General`, and acronyms are no names.
        #expect(names("la police de Sri Lanka à Buenos Aires", "the Sri Lanka police in Buenos Aires") == ([], []))
        #expect(names("le Secrétariat général", "the General Secretariat") == ([], []))
        #expect(names("le ministre KHOO", "Minister KHOO") == ([], []))
    }
}
