import Alignment
import Testing

struct LexiconTests {
    @Test
    func foldsCaseAndDiacritics() {
        #expect(Lexicon.fold("Expédition") == "expedition")
        #expect(Lexicon.fold("ÉTÉ") == "ete")
        #expect(Lexicon.fold("Gefährten") == "gefahrten")
    }

    @Test
    func addsTermsWordByWordAndReverses() {
        var lexicon = Lexicon()
        lexicon.add(source: "Notice rouge", target: "Red Notice")
        lexicon.add(source: "traite des êtres humains", target: "human trafficking")
        #expect(lexicon.translations(of: "rouge") == ["notice"])
        #expect(lexicon.translations(of: "humains") == ["trafficking"])
        #expect(lexicon.reversed.translations(of: "red") == ["notice"])
    }
}
