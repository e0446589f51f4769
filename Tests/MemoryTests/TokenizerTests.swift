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
        #expect(FoldedTokenizer.keys(of: "ÀÉÎÕÜÇÑÝ àéîõüçñýÿ Ærø Ŝţ") == ["aeioucny", "aeioucnyy", "ærø", "st"])
    }

    @Test(arguments: [
        "The Minister for Women's Rights met 12 police chiefs on 8 March 2024, at 08:30.",
        "La Ministre des Droits des femmes a rencontré le Secrétaire général d’INTERPOL à Lyon.",
        "ÉTAT, Œuvre, Straße, İstanbul, ΣΟΦΊΑ, Москва — 1,250.5 km/h; 3rd 1990s \u{FFFC}x\u{FFFC}",
        "国際刑事警察機構は2024年3月に声明を発表した。",
        "Emoji 👮🏽‍♀️ and combining e\u{0301}te\u{0301} 9-", "", "12-", "a.b.c 1.2.3",
    ])
    func keysFromBytesEqualKeysOfTokens(text: String) {
        #expect(Tokenizer.keys(of: text) == Tokenizer.tokens(of: text).filter(\.isScored).map(\.key))
    }
}
