import Terminology
import Testing

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
}
