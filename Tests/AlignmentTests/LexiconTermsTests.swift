import Testing
@testable import Alignment

/// Glossary terms as lexicon entries: content words paired, function words left out.
struct LexiconTermsTests {
    @Test func pairsIdenticalAndCognateWordsFirst() {
        var lexicon = Lexicon()
        lexicon.addTerm(source: "Secrétaire Général d'INTERPOL", target: "INTERPOL Secretary General", sourceLanguage: "fr", targetLanguage: "en")
        #expect(lexicon.translations(of: "secretaire") == ["secretary"])
        #expect(lexicon.translations(of: "general") == ["general"])
        #expect(lexicon.translations(of: "interpol") == ["interpol"])
        #expect(lexicon.translations(of: "d").isEmpty)
    }

    @Test func pairsTheWordsLeftOver() {
        var lexicon = Lexicon()
        lexicon.addTerm(source: "notice rouge", target: "Red Notice", sourceLanguage: "fr", targetLanguage: "en")
        #expect(lexicon.translations(of: "rouge") == ["red"])
        #expect(lexicon.translations(of: "notice") == ["notice"])
        lexicon.addTerm(source: "trafic d'êtres humains", target: "human trafficking", sourceLanguage: "fr", targetLanguage: "en")
        #expect(lexicon.translations(of: "trafic") == ["trafficking"])
        #expect(lexicon.translations(of: "humains") == ["human"])
        // êtres has no counterpart left: it adds nothing.
        #expect(lexicon.translations(of: "etres").isEmpty)
    }

    @Test func ignoresTermsOfFunctionWordsOnly() {
        var lexicon = Lexicon()
        lexicon.addTerm(source: "de la", target: "of the", sourceLanguage: "fr", targetLanguage: "en")
        #expect(lexicon.count == 0)
    }
}
