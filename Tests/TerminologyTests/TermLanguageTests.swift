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

    @Test func theNounOfAFrenchPrepositionalPhraseEndsATerm() {
        let french = TermLanguage("fr")
        let tokens = TermTokenizer.tokens("l’aide à Haïti à la suite du séisme, au sein de l’Organisation, la suite des événements")
        func content(_ word: String, _ occurrence: Int = 0) -> Bool {
            let index = tokens.indices.filter { tokens[$0].text == word }[occurrence]
            return french.isContent(tokens, at: index)
        }
        #expect(!content("suite"))
        #expect(!content("sein"))
        #expect(content("suite", 1))
        #expect(content("séisme"))
        // English prepositions in `-ing` are stop words (`Haiti following`, `hotspots including`).
        #expect(!TermLanguage("en").isContent(TermTokenizer.tokens("following")[0]))
        #expect(!TermLanguage("en").isContent(TermTokenizer.tokens("including")[0]))
    }
}
