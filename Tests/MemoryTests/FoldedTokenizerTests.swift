import Testing
@testable import Memory

/// The concordance's folded words, and where phrase punctuation separates them.
struct FoldedTokenizerTests {
    @Test func wordsAreFoldedAndPunctuationBetweenThemIsMarked() {
        let words = FoldedTokenizer.words(of: "The U.S. Department, Étienne (DVI) paid 2.5 million. Then: done")
        #expect(words.map(\.key) == ["the", "u", "s", "department", "etienne", "dvi", "paid", "2", "5", "million", "then", "done"])
        // A comma, brackets, a colon and a sentence's full stop separate; the full stops of `U.S.` and
        // `2.5` do not.
        #expect(words.filter(\.followsBreak).map(\.key) == ["etienne", "dvi", "paid", "then", "done"])
    }
}
