import Terminology
import Testing

@Suite struct TermTokenizerTests {
    @Test func elisionsPossessivesHyphensAndAcronyms() {
        let tokens = TermTokenizer.tokens("d’INTERPOL, l'Assemblée; Women’s Rights; Vice-président; le B.C.N. de Riyad.")
        #expect(tokens.filter(\.isWord).map(\.text) == ["d’", "INTERPOL", "l'", "Assemblée", "Women’s", "Rights", "Vice-président", "le", "B.C.N.", "de", "Riyad"])
        #expect(tokens[0].isElision)
        #expect(tokens[0].key == "d'")
        #expect(tokens.first { $0.text == "Assemblée" }?.key == "assemblee")
    }

    @Test func anAcronymBeforeAHyphenAndALowerCaseWordIsAWordOfItsOwn() {
        let words = TermTokenizer.tokens("an EU-funded, INTERPOL-led operation against Al-Qaïda in the Proche-Orient; UN-Habitat").filter(\.isWord)
        #expect(words.map(\.text) == ["an", "EU", "funded", "INTERPOL", "led", "operation", "against", "Al-Qaïda", "in", "the", "Proche-Orient", "UN-Habitat"])
    }

    @Test func normalizerFoldsCaseAccentsApostrophesAndSpaces() {
        #expect(TermNormalizer.key("  Secrétaire   Général d’INTERPOL ") == "secretaire general d'interpol")
    }
}
