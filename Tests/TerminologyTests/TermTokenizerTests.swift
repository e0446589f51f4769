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

    @Test func normalizerFoldsCaseAccentsApostrophesAndSpaces() {
        #expect(TermNormalizer.key("  Secrétaire   Général d’INTERPOL ") == "secretaire general d'interpol")
    }
}
