import Testing
@testable import Memory

struct TokenizerTests {
    @Test func numbersAndTagsAreSingleTokens() {
        let text = "On 8 March 2024, 1,250.5 officers met at 08:30 \u{FFFC}in Lyon\u{FFFC}."
        let tokens = Tokenizer.tokens(of: text)
        let numbers = tokens.filter { $0.kind == .number }.map { String(text.unicodeScalars[$0.range]) }
        #expect(numbers == ["8", "2024", "1,250.5", "08:30"])
        #expect(tokens.filter { $0.kind == .tag }.count == 2)
        #expect(Set(tokens.filter { $0.kind == .number }.map(\.key)).count == 1)
    }

    @Test func wordsCompareCaseInsensitivelyButKeepAccents() {
        #expect(Tokenizer.keys(of: "INTERPOL") == Tokenizer.keys(of: "interpol"))
        #expect(Tokenizer.keys(of: "été") == Tokenizer.keys(of: "ÉTÉ"))
        #expect(Tokenizer.keys(of: "ministre") != Tokenizer.keys(of: "ministré"))
    }

    @Test func apostrophesSplitElisions() {
        #expect(Tokenizer.wordCount(of: "d'INTERPOL") == 2)
        #expect(Tokenizer.keys(of: "l’INTERPOL").last == Tokenizer.keys(of: "INTERPOL").first)
    }

    @Test func foldingIgnoresCaseAccentsAndElision() {
        #expect(FoldedTokenizer.keys(of: "l’Élysée d'INTERPOL") == ["l", "elysee", "d", "interpol"])
    }
}
