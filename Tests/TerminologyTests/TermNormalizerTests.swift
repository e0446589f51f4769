@testable import Terminology
import Testing

@Suite struct TermNormalizerTests {
    /// The table path of `fold` gives what Foundation gives, for every character of the table, alone
    /// and next to ASCII, and for French text.
    @Test func tableFoldingEqualsFoundationFolding() {
        #expect(TermNormalizer.foldingTable["é".unicodeScalars.first!.value] == "e")
        let ascii = (0x20...0x7E).map { String(Character(Unicode.Scalar($0)!)) }.filter { $0 != "`" }.joined()
        for value in TermNormalizer.foldingTable.keys {
            let character = String(Character(Unicode.Scalar(value)!))
            for text in [character, "A" + character + "z", ascii + character + ascii] {
                #expect(TermNormalizer.fold(text) == TermNormalizer.foundationFold(text), "\(text)")
            }
        }
        for text in ["Secrétaire Général d’INTERPOL", "Ministre française des Droits des femmes", "ÉCOLE NATIONALE", "Œuvre", "e\u{301}té"] {
            #expect(TermNormalizer.fold(text) == TermNormalizer.foundationFold(text), "\(text)")
        }
    }

    /// The ASCII path of `key` collapses whitespace as `split(whereSeparator: \.isWhitespace)` does.
    @Test func asciiKeyCollapsesWhitespaceLikeSplit() {
        for text in ["  Red \t Notice\r\n", "a\u{0B}b\u{0C}c", "", "   ", "Secrétaire  Général\nd’INTERPOL ", "x\u{1C}y"] {
            #expect(TermNormalizer.key(text) == TermNormalizer.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " "), "\(text)")
        }
    }
}
