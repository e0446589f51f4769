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
        #expect(forms("les documents de voyage volés et perdus", "fr").contains("document de voyage perdus"))
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
}
