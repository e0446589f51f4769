@testable import Terminology
import Testing

@Suite struct TermLanguageTests {
    @Test func aLowerCaseEnglishPhraseWithAPrepositionInsideIsAPhraseNotACompound() {
        let english = TermLanguage("en")
        func phrase(_ text: String, _ language: TermLanguage) -> Bool { language.isPrepositionalPhrase(TermTokenizer.tokens(text)) }
        #expect(phrase("type of help", english))
        #expect(phrase("country in the region", english))
        // Compounds, names and coordinations are not.
        #expect(!phrase("law enforcement", english))
        #expect(!phrase("humanitarian relief operation", english))
        #expect(!phrase("Government of Canada", english))
        #expect(!phrase("experience and knowledge", english))
        #expect(!phrase("victim of", english))
        // French terms are prepositional phrases as a rule (`type d’aide`, `notice de police`).
        #expect(!phrase("type d’aide", TermLanguage("fr")))
    }

    @Test func frenchWordsInUsAreSingularButParticiplesAndTheirKin() {
        let french = TermLanguage("fr")
        #expect(french.singular("perdus") == "perdu")
        #expect(french.singular("individus") == "individu")
        #expect(french.singular("connus") == "connu")
        #expect(french.singular("reçus") == "reçu")
        #expect(french.singular("revenus") == "revenu")
        for word in ["abus", "processus", "virus", "bonus", "refus", "blocus", "consensus"] { #expect(french.singular(word) == word) }
    }
}
