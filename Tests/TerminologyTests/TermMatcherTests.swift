import Foundation
import Terminology
import Testing
import TestSupport

@Suite struct TermMatcherTests {
    private let glossary: Glossary = {
        var glossary = Glossary(entries: [
            GlossaryEntry("Ministre des Droits des femmes", language: "fr", "Minister for Women’s Rights", language: "en"),
            GlossaryEntry("Secrétaire Général d’INTERPOL", language: "fr", "INTERPOL Secretary General", language: "en"),
            GlossaryEntry("notice rouge", language: "fr", "Red Notice", language: "en"),
            GlossaryEntry("pays membre", language: "fr", "member country", language: "en"),
            GlossaryEntry("traite des personnes", language: "fr", "trafficking in persons", language: "en"),
            GlossaryEntry("Droits des femmes", language: "fr", "women’s rights", language: "en"),
        ])
        glossary.entries[4].languages[1].terms.append(Term("people smuggling", status: .forbidden))
        glossary.entries[4].languages[1].terms.append(Term("human trafficking", status: .candidate))
        return glossary
    }()

    private func matches(_ text: String) -> [TermOccurrence] {
        TermMatcher(glossaries: [glossary], language: "fr", targetLanguage: "en").occurrences(in: text)
    }

    @Test func oneInsertedModifierMatches() {
        let found = matches("Hier, la Ministre française des Droits des femmes a parlé.")
        #expect(found.count == 1)
        #expect(found.first?.text == "Ministre française des Droits des femmes")
        #expect(found.first?.term.text == "Ministre des Droits des femmes")
        #expect(found.first?.translations.map(\.text) == ["Minister for Women’s Rights"])
        #expect(found.first?.isApproximate == true)
        #expect(found.first?.column == 10)
    }

    /// "human trafficking" is a synonym in two concepts of a real glossary: both translations are
    /// given, not only the first entry's.
    @Test func aTermInSeveralEntriesGivesEveryTranslation() {
        let glossary = Glossary(entries: [
            GlossaryEntry("trafic d’êtres humains", language: "fr", "human trafficking", language: "en"),
            GlossaryEntry("traite des êtres humains", language: "fr", "human trafficking", language: "en"),
        ])
        let found = TermMatcher(glossaries: [glossary], language: "en", targetLanguage: "fr")
            .occurrences(in: "Police fight human trafficking.")
        #expect(found.count == 1)
        #expect(found.first?.translations.map(\.text) == ["trafic d’êtres humains", "traite des êtres humains"])
    }

    @Test func twoInsertedWordsDoNotMatch() {
        #expect(matches("la Ministre française déléguée des Droits des femmes").map(\.term.text) == ["Droits des femmes"])
    }

    @Test func caseAccentsElisionAndPlural() {
        #expect(matches("le secretaire general de l'Interpol").first?.term.text == "Secrétaire Général d’INTERPOL")
        #expect(matches("Les NOTICES ROUGES publiées").first?.text == "NOTICES ROUGES")
        #expect(matches("les pays membres d’INTERPOL").first?.text == "pays membres")
        #expect(matches("deux notice, rouge").isEmpty)
    }

    @Test func theLongerTermWinsAndLinesAreCounted() {
        let found = matches("Titre\nla Ministre des droits des femmes")
        #expect(found.map(\.term.text) == ["Ministre des Droits des femmes"])
        #expect(found.first?.line == 2)
        #expect(found.first?.column == 4)
    }

    @Test func forbiddenTranslationsAreSeparatedAndApprovedComeFirst() throws {
        let found = try #require(matches("la traite des personnes").first)
        #expect(found.translations.map(\.text) == ["trafficking in persons", "human trafficking"])
        #expect(found.forbidden.map(\.text) == ["people smuggling"])
    }

    private func matcher(_ pairs: [(String, String)]) -> TermMatcher {
        let glossary = Glossary(entries: pairs.map { GlossaryEntry($0.0, language: "fr", $0.1, language: "en") })
        return TermMatcher(glossaries: [glossary], language: "fr", targetLanguage: "en")
    }

    /// A hyphenated word meets the same words written apart, both ways; a term is never found in
    /// a part of a hyphenated word.
    @Test func hyphenatedAndSeparateWordsMeet() {
        let spaced = matcher([("organisation non gouvernementale", "NGO"), ("président", "president")])
        #expect(spaced.occurrences(in: "des membres d’organisations non-gouvernementales").map(\.text) == ["organisations non-gouvernementales"])
        #expect(spaced.occurrences(in: "le Vice-président a parlé").isEmpty)
        let hyphenated = matcher([("organisme non-gouvernemental", "non-governmental agency")])
        #expect(hyphenated.occurrences(in: "d’organismes non gouvernementaux").map(\.text) == ["organismes non gouvernementaux"])
    }

    /// A hyphenated inserted word is one word (`franco-allemande`).
    @Test func aHyphenatedInsertedWordIsOneWord() {
        #expect(matches("la Ministre franco-allemande des Droits des femmes").first?.term.text == "Ministre des Droits des femmes")
    }

    /// Plural participles in -us (`perdus`, `connus`) meet their singular.
    @Test func pluralParticiplesInUs() {
        let found = matcher([("document de voyage volé et perdu", "stolen and lost travel document")])
            .occurrences(in: "les documents de voyage volés et perdus, les véhicules")
        #expect(found.map(\.text) == ["documents de voyage volés et perdus"])
        #expect(matcher([("abus sexuel", "sexual abuse")]).occurrences(in: "des abus sexuels").map(\.text) == ["abus sexuels"])
    }

    /// Elision with a typographic or a straight apostrophe, whichever the glossary has.
    @Test func elisionWithEitherApostrophe() {
        let found = matcher([("agent d'immigration", "Immigration Officer")]).occurrences(in: "aux agents d’immigration")
        #expect(found.map(\.text) == ["agents d’immigration"])
        #expect(matches("le Secrétaire général d'Interpol").map(\.term.text) == ["Secrétaire Général d’INTERPOL"])
    }

    /// Two entries whose terms differ only by `de`/`des`: the one written as in the text is shown,
    /// with the other's translations after its own.
    @Test func theVariantWrittenAsInTheTextIsShown() throws {
        let terms = matcher([("traite de personnes", "human trafficking"), ("traite des personnes", "trafficking in persons")])
        let found = try #require(terms.occurrences(in: "La traite des personnes dépouille les gens.").first)
        #expect(found.term.text == "traite des personnes")
        #expect(found.translations.map(\.text) == ["trafficking in persons", "human trafficking"])
        #expect(!found.isApproximate)
    }

    /// The longest term wins; the terms inside it are listed after it only on request.
    @Test func nestedTermsOnRequest() {
        let terms = matcher([("police judiciaire d’Abou Dhabi", "Judicial Department of Abu Dhabi"), ("Abou Dhabi", "Abu Dhabi")])
        let text = "parrainé par la police judiciaire d’Abou Dhabi. Abou Dhabi"
        #expect(terms.occurrences(in: text).map(\.text) == ["police judiciaire d’Abou Dhabi", "Abou Dhabi"])
        let all = terms.occurrences(in: text, includingNested: true)
        #expect(all.map(\.text) == ["police judiciaire d’Abou Dhabi", "Abou Dhabi", "Abou Dhabi"])
        #expect(all.map(\.isNested) == [false, true, false])
        #expect(all[1].translations.map(\.text) == ["Abu Dhabi"])
    }

    /// A term inside a longer one is not listed when the longer one's translation renders it
    /// otherwise: its own translation would contradict the approved one.
    @Test func aNestedTermRenderedOtherwiseIsLeftOut() {
        let terms = matcher([
            ("Conférence mondiale d’INTERPOL sur le trafic d’êtres humains", "INTERPOL Global Conference on Trafficking in Human Beings"),
            ("trafic d’êtres humains", "human trafficking"), ("Conférence mondiale", "Global Conference"),
        ])
        let found = terms.occurrences(in: "la 2ème Conférence mondiale d’INTERPOL sur le trafic d’êtres humains", includingNested: true)
        #expect(found.map(\.term.text) == ["Conférence mondiale d’INTERPOL sur le trafic d’êtres humains", "Conférence mondiale"])
    }

    /// On a real release with its own gold terms as the glossary, every gold term is found, nested
    /// ones included (a dev release of scripts/eval-suggest).
    @Test(.requiresSharedData) func everyGoldTermOfARealReleaseIsFound() throws {
        let folder = SharedData.url("corpus/releases/euneighbours-2018-10-10-interpol-trigger-iv")
        let glossary = try GlossaryFormat.read(contentsOf: folder.appendingPathComponent("terms.tsv"), languages: ("fr", "en"))
        let text = try String(contentsOf: folder.appendingPathComponent("fr.txt"), encoding: .utf8)
        let found = Set(TermMatcher(glossaries: [glossary], language: "fr", targetLanguage: "en")
            .occurrences(in: text, includingNested: true).map(\.term.text))
        let gold = glossary.entries.flatMap { $0.terms(in: "fr").map(\.text) }
        #expect(gold.count == 18)
        #expect(gold.filter { !found.contains($0) } == [])
    }
}
