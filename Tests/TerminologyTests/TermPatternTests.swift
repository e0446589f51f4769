@testable import Terminology
import Testing

@Suite struct TermPatternTests {
    private func forms(_ text: String, _ language: String) -> [String] {
        TermPattern(language: TermLanguage(language)).occurrences(in: TermTokenizer.tokens(text)).map(\.baseForm)
    }

    @Test func aCoordinationIsDistributedOverWhatItsConjunctsShare() {
        // A shared modifier before the conjuncts, a shared complement after them.
        #expect(forms("new avenues for sexual exploitation and abuse", "en").contains("sexual abuse"))
        #expect(forms("to combat the sexual exploitation and trafficking of children", "en").contains("sexual exploitation of children"))
        // French adjectives after the noun: the noun and its complement are shared.
        #expect(forms("les documents de voyage volés et perdus", "fr").contains("document de voyage perdu"))
        // Names are not distributed (`Saudi Arabia and INTERPOL` is no `Saudi INTERPOL`).
        #expect(!forms("Saudi Arabia and INTERPOL", "en").contains("Saudi INTERPOL"))
        #expect(!forms("Arabie saoudite et INTERPOL", "fr").contains("Arabie INTERPOL"))
    }

    @Test func aDistributedConjunctIsLinkedButATitleWithoutItsModifierIsNot() {
        let occurrences = TermPattern(language: TermLanguage("en")).occurrences(in: TermTokenizer.tokens("sexual exploitation and abuse"))
        let distributed = occurrences.first { $0.baseForm == "sexual abuse" }
        #expect(distributed?.isDistributed == true)
        #expect(distributed?.isGapped == false)
        let title = TermPattern(language: TermLanguage("fr")).occurrences(in: TermTokenizer.tokens("Ministre française des Droits des femmes"))
        #expect(title.contains { $0.baseForm == "Ministre des Droits des femmes" && $0.isGapped })
    }

    @Test func baseFormsAreSingularAsAGlossaryWritesThem() {
        // An adjective after a complement in the singular agrees with the plural head.
        let documents = forms("les documents de voyage volés et perdus", "fr")
        #expect(documents.contains("document de voyage volé et perdu"))
        #expect(documents.contains("document de voyage volé"))
        #expect(forms("des systèmes de communication mondiaux", "fr").contains("système de communication mondial"))
        // After a plural complement it may agree with the complement: it stays as written.
        #expect(forms("des notices internationales visant des personnes recherchées", "fr")
            .contains("notice internationale visant des personnes recherchées"))
        #expect(forms("le mouvement d’armes illicites", "fr").contains("mouvement d’armes illicites"))
        // Coordinated words: every conjunct goes to the singular, and in English the head does.
        #expect(forms("expérience et connaissances", "fr").contains("expérience et connaissance"))
        #expect(forms("stolen and lost travel documents", "en").contains("stolen and lost travel document"))
        #expect(forms("countries of origin", "en").contains("country of origin"))
    }
}
