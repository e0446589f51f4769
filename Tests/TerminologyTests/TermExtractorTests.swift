import Foundation
@testable import Terminology
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
        // Pairs inside the title are candidates too, ranked below the title without its modifier.
        let part = try #require(candidates.firstIndex { $0.source == "française des Droits des femmes" })
        #expect(part > candidates.firstIndex(of: minister)!)
        // Names written the same in both languages are not candidates.
        #expect(!candidates.contains { $0.source.lowercased() == $0.target.lowercased() })
        // Ranked best first.
        #expect(candidates.map(\.score) == candidates.map(\.score).sorted(by: >))
    }

    @Test(.requiresSharedData) func aHyphenatedWordIsLinkedThroughItsParts() throws {
        let pairs = TermExtractor(from: "fr", to: "en").analyse(try ReleasePairs.units("interpol-2013-PR144")).scored.map(\.candidate)
        // `organismes non gouvernementaux` ↔ `non-governmental agency`: `non` and `gouvernementaux`
        // translate the parts of `non-governmental` (never linked before).
        #expect(pairs.contains { $0.source == "organisme non gouvernemental" && $0.target == "non-governmental agency" })
    }

    @Test(.requiresSharedData) func twoWordsExplainedByOneLeaveTheWordBesideItToTranslate() throws {
        let pairs = TermExtractor(from: "fr", to: "en").analyse(try ReleasePairs.units("interpol-2013-PR144")).scored.map(\.candidate)
        // `êtres` and `humains` are both best explained by `Human`; `Beings`, beside it, is `êtres`'s.
        #expect(pairs.contains { $0.source == "trafic d’êtres humains" && $0.target == "Trafficking in Human Beings" })
        // `lutte contre le trafic d’êtres humains` ↔ `fighting human trafficking`: `fighting` stands
        // before `human`, where no English noun of it stands; it is not `êtres`'s translation.
        #expect(!pairs.contains { $0.source == "trafic d’êtres humains" && $0.target == "fighting human trafficking" })
    }

    @Test(.requiresSharedData) func aCoordinationSharingAModifierOrAComplementGivesEachConjunctItsTerm() throws {
        // `exploitation et d’abus sexuels` ↔ `sexual exploitation and abuse`: `sexual abuse` is written nowhere.
        let pr144 = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("interpol-2013-PR144"))
        #expect(pr144.contains { $0.source == "abus sexuel" && $0.target == "sexual abuse" })
        // `le trafic et l’exploitation sexuelle des enfants` ↔ `the sexual exploitation and trafficking of children`.
        let toews = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("canada-ps-2011-08-30-toews"))
        #expect(toews.contains { $0.source == "exploitation sexuelle des enfants" && $0.target == "sexual exploitation of children" })
    }

    @Test(.requiresSharedData) func noCandidateEndsInAPrepositionalPhrase() throws {
        // `Haïti à la suite` ↔ `Haiti following` was 49th on dev.
        let haiti = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("interpol-2010-haiti-earthquake"))
        #expect(!haiti.contains { $0.source.contains("à la suite") || $0.target.hasSuffix("following") })
        #expect(haiti.contains { $0.source == "Haïti" && $0.target == "Haiti" })
        // A name's possessive then a common noun is owned by the name, ranked below the name's own term.
        let toews = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("canada-ps-2011-08-30-toews"))
        let owned = try #require(toews.firstIndex { $0.target == "Government of Canada's commitment" })
        let government = try #require(toews.firstIndex { $0.source == "gouvernement du Canada" && $0.target == "Government of Canada" })
        #expect(toews[owned].score < 0.5 && government < owned)
    }

    @Test(.requiresSharedData) func aCoordinatedTermIsListedInItsBaseForm() throws {
        // `documents de voyage volés et perdus` ↔ `stolen and lost travel documents` (its key kept
        // `perdus` plural and its base form `volés` before).
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("euneighbours-2018-10-10-interpol-trigger-iv"))
        #expect(candidates.contains { $0.source == "document de voyage volé et perdu" && $0.target == "stolen and lost travel document" })
        #expect(!candidates.contains { $0.source.hasSuffix("volés") || $0.source.hasSuffix("perdus") })
    }

    @Test(.requiresSharedData) func theBestTranslationNotKeptIsListedLast() throws {
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("interpol-2013-PR144"))
        // `Trafficking in Human Beings` won; the gold's `human trafficking` is listed too, below.
        let won = try #require(candidates.firstIndex { $0.source == "trafic d’êtres humains" && $0.target == "Trafficking in Human Beings" })
        let alternative = try #require(candidates.firstIndex { $0.source == "trafic d’êtres humains" && $0.target == "human trafficking" })
        #expect(alternative > won)
        #expect(candidates[alternative].score <= 0.05 * candidates[won].score)
        #expect(candidates.map(\.score) == candidates.map(\.score).sorted(by: >))
        // One alternative per source term at most.
        #expect(candidates.filter { $0.source == "trafic d’êtres humains" }.count <= 3)
    }

    @Test func aSecondTranslationIsKeptWhenOneSpanHoldsTheOther() {
        let pairs = [("Proche-Orient", "East"), ("Proche-Orient", "Middle East"), ("Proche-Orient", "Middle"), ("armes", "weapons"),
                     ("armes", "arms"), ("Proche-Orient", "the Middle East")]
        let kept = TermExtractor.translationsKept(pairs) { $0 }
        #expect(kept.map(\.1) == ["East", "Middle East", "weapons"])
        // The same target written alike is the same line, not a second translation.
        #expect(TermExtractor.translationsKept([("armes", "weapons"), ("armes", "Weapons")]) { $0 }.count == 1)
    }

    /// `gouvernement du Canada` ↔ `Government of Canada` and `…Government of Canada's…` have different
    /// keys inside the extractor but show the same texts: the list shows the pair once.
    @Test(.requiresSharedData) func noPairIsListedTwice() throws {
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("canada-ps-2011-08-30-toews"))
        let shown = candidates.map { [TermNormalizer.key($0.source), TermNormalizer.key($0.target)] }
        #expect(Set(shown).count == shown.count)
        #expect(candidates.contains { $0.source == "gouvernement du Canada" && $0.target == "Government of Canada" })
    }

    @Test func anUnexplainedWordBesideADoublyClaimedWordIsCovered() {
        // Source tokens 0 `êtres`, 1 `humains`; target tokens 0 `Human`, 1 `Beings` (French puts the
        // noun first, English last).
        let frenchToEnglish = (source: true, target: false)
        var matrix = WordMatrix(rows: 2, columns: 2)
        matrix[0, 0] = 0.5
        matrix[1, 0] = 0.9
        #expect(TermExtractor.coverage([0, 1], [0, 1], matrix, headsFirst: frenchToEnglish) > 0.45)
        // Before `Human` (`fighting human`), an unexplained word is no noun of `Human`'s: not covered.
        var before = WordMatrix(rows: 2, columns: 2)
        before[0, 1] = 0.5
        before[1, 1] = 0.9
        #expect(TermExtractor.coverage([0, 1], [0, 1], before, headsFirst: frenchToEnglish) == 0)
        // Without the second claim on `Human`, `Beings` is an unexplained edge word.
        matrix[0, 0] = 0
        #expect(TermExtractor.coverage([1], [0, 1], matrix, headsFirst: frenchToEnglish) == 0)
    }

    @Test(.requiresSharedData) func aWordRepeatedInAUnitStillLinksAndPhrasesOfTheTextRankBelowTerms() throws {
        let units = try ReleasePairs.units("interpol-2013-PR144")
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: units)
        func rank(_ source: String, _ target: String) -> Int? { candidates.firstIndex { $0.source == source && $0.target == target } }
        // `human rights, women’s rights`: the first `rights` is as good a partner of `droits` as the second.
        let rights = try #require(rank("droits humains", "human rights"))
        // A common noun owned by a name is a phrase of the text, below the bodies and titles.
        let conference = try #require(rank("conférence d’INTERPOL", "INTERPOL conference"))
        #expect(conference > rights)
        #expect(conference > (try #require(rank("Secrétariat général d’INTERPOL", "INTERPOL General Secretariat"))))
        #expect(conference > (try #require(rank("Ministre des Droits des femmes", "Minister for Women’s Rights"))))
    }

    @Test(.requiresSharedData) func anAcronymInsideAHyphenCompoundIsPairedAndVerbPhrasesRankLow() throws {
        let trigger = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("euneighbours-2018-10-10-interpol-trigger-iv"))
        // `EU-funded`: `EU` is a word of its own, paired with `UE`; `INTERPOL-led` is no translation of `INTERPOL`.
        #expect(trigger.first { $0.source == "UE" }?.target == "EU")
        #expect(!trigger.contains { $0.target == "INTERPOL-led" })
        // A name ending on a numeral is no common noun owned by a name.
        #expect(try #require(trigger.firstIndex { $0.source == "opération Trigger IV" && $0.target == "Operation Trigger IV" }) < 5)
        let haiti = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("interpol-2010-haiti-earthquake"))
        // `offered to facilitate`, `deployed to Haiti`: a participle and a preposition start a verb phrase.
        for source in ["proposé de faciliter", "déployée à Haïti"] {
            let phrase = try #require(haiti.first { $0.source == source })
            #expect(phrase.score < 0.2)
        }
    }

    @Test(.requiresSharedData) func wordsThatAlwaysMeetAreToldApartByWhereTheyStand() throws {
        // `personnes recherchées` and `terroristes présumés` share their units: Model 1 alone pairs
        // `recherchées` with `suspected`, and `personne recherchée` ↔ `wanted person` was never linked.
        let units = try ReleasePairs.units("interpol-2009-PR028") + ReleasePairs.units("euneighbours-2018-10-10-interpol-trigger-iv")
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: units)
        #expect(candidates.first { $0.source == "personne recherchée" }?.target == "wanted person")
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
        // Linked in every unit that has both.
        #expect(dvi.frequency == units.filter { $0.source.contains("IVC") && $0.target.contains("DVI") }.count)
        #expect(dvi.frequency >= 3)
        // Only the known source term (with one or two translations).
        #expect(Set(candidates.filter(\.isKnown).map { TermNormalizer.key($0.source) }).count == 1)
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

    @Test func nestedPairsCognatesAndPluralOnlyTerms() {
        let units = [
            AlignedUnit(id: "1", source: "La Jordanie et le Liban ont rejoint l’opération, a indiqué le ministre.",
                        target: "Jordan and Lebanon joined the operation, the minister said."),
            AlignedUnit(id: "2", source: "Les équipes ont travaillé avec le Liban.",
                        target: "The teams worked with Lebanon."),
            AlignedUnit(id: "3", source: "Le respect des droits humains est essentiel.",
                        target: "Respect for human rights is essential."),
        ]
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: units)
        // Names spelled differently are paired by their spelling (`Liban`/`Lebanon`), even inside a longer pair.
        #expect(candidates.contains { $0.source == "Liban" && $0.target == "Lebanon" })
        #expect(candidates.contains { $0.source == "Jordanie" && $0.target == "Jordan" })
        // The translation is plural only, so the base form stays plural.
        #expect(candidates.contains { $0.source == "droits humains" && $0.target == "human rights" })
    }

    @Test func acronymsWithTheSameLettersMatch() {
        #expect(TermExtractor.sameAcronym("IVC", "DVI"))
        #expect(TermExtractor.sameAcronym("B.C.N.", "NCB"))
        #expect(TermExtractor.sameAcronym("UE", "EU"))
        #expect(TermExtractor.sameAcronym("CIPD", "ICMP"))
        #expect(!TermExtractor.sameAcronym("UN", "EU"))
        #expect(!TermExtractor.sameAcronym("OMS", "WHO"))
        #expect(!TermExtractor.sameAcronym("Eu", "UE"))
        #expect(!TermExtractor.sameAcronym("ue", "UE"))
        #expect(!TermExtractor.sameAcronym("", "UE"))
    }

    @Test(.requiresSharedData) func diagnosisExplainsEveryGoldPair() throws {
        let units = try ReleasePairs.units("interpol-2013-PR144")
        let gold: [(source: String, target: String)] = [
            ("Ministre des Droits des femmes", "Minister for Women’s Rights"),
            ("Au-delà des frontières", "Beyond Borders Inc."),
            ("notice rouge", "Red Notice"),
        ]
        let lines = TermExtractor(from: "fr", to: "en").diagnose(gold, in: units)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("Ministre des Droits des femmes → Minister for Women’s Rights: found at rank "))
        #expect(lines[1].hasSuffix("the en pattern cannot produce it"))
        #expect(lines[2].hasSuffix("never a fr candidate, never a en candidate"))
    }

    @Test func emptyMemoryGivesNoCandidate() {
        #expect(TermExtractor(from: "fr", to: "en").extract(from: []).isEmpty)
    }
}
