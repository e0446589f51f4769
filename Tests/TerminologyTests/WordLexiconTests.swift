import Testing

@testable import Terminology

struct WordLexiconTests {
    @Test func spellingDropsHyphensAndPossessives() {
        #expect(WordLexicon.spelling("co-operation", "cooperation") == 1)
        #expect(WordLexicon.spelling("women's", "women") == 1)
        // `'-s` becomes `'s` once the hyphen is dropped, and goes too.
        #expect(WordLexicon.spelling("women'-s", "women") == 1)
        #expect(WordLexicon.spelling("-terrorisme", "terrorisme") == 1)
        #expect(WordLexicon.spelling("terrorisme", "terrorism") > 0.8)
        #expect(WordLexicon.spelling("cooperations", "co-operation") > 0.8)
    }

    @Test func wordsStartingDifferentlyShareNoSpelling() {
        #expect(WordLexicon.spelling("rouge", "red") == 0)
        #expect(WordLexicon.spelling("Secrétaire", "secretary") == 0)
        #expect(WordLexicon.cognate("Liban", "lebanon") == 0)
        #expect(WordLexicon.cognate("liban", "lebanon") > 0.6)
        #expect(WordLexicon.cognate("Écosse", "Ecosse") == 0)
    }

    @Test func aPartOfAHyphenatedWordIsEvidence() {
        #expect(WordLexicon.hyphenPart("non", "non-governmental") == WordLexicon.partWeight)
        #expect(WordLexicon.hyphenPart("gouvernemental", "non-governmental") > 0.6)
        #expect(WordLexicon.hyphenPart("Al-Qaïda".lowercased(), "qaeda") > 0.6)
        // Two hyphenated words, or none: the whole words are compared elsewhere.
        #expect(WordLexicon.hyphenPart("non-gouvernemental", "non-governmental") == 0)
        #expect(WordLexicon.hyphenPart("agence", "agency") == 0)
    }
}
