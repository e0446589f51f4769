import Testing
@testable import Memory

struct FuzzyScorerTests {
    let query = "The Minister for Women's Rights met 12 police chiefs in Lyon on Monday."

    @Test func identicalTextScores100() {
        #expect(FuzzyScorer.score(query: query, candidate: query).percent == 100)
    }

    @Test(arguments: [
        "the minister for women's rights met 12 police chiefs in Lyon on Monday.", // case
        "The Minister for Women’s Rights met 12 police chiefs in Lyon on Monday!", // punctuation
        "The Minister for Women's Rights met 14 police chiefs in Lyon on Monday.", // number
        "The Minister for Women's Rights  met 12 police chiefs in Lyon on Monday.", // spacing
    ])
    func smallDifferencesScore95To99(candidate: String) {
        let percent = FuzzyScorer.score(query: query, candidate: candidate).percent
        #expect((95...99).contains(percent), "\(candidate): \(percent)")
    }

    @Test func tagsCountAsTokens() {
        // Two tags are two extra tokens for the edit distance: 16 tokens against 14.
        let score = FuzzyScorer.score(query: query, candidate: "The Minister for Women's Rights met 12 police chiefs in \u{FFFC}Lyon\u{FFFC} on Monday.")
        #expect(score.distance == 2)
    }

    @Test func oneWordInFourteenScores92AndIsHighlighted() {
        let candidate = "The Minister for Women's Rights met 12 police chiefs in Paris on Monday."
        let score = FuzzyScorer.score(query: query, candidate: candidate)
        // 14 tokens (Women ' s → Women, s; 12 is one token), one substitution: 100 × 13/14 = 92.
        #expect(score.percent == 92)
        #expect(HighlightedText(candidate, highlighting: score.differences).highlights == ["Paris"])
    }

    @Test func insertionsAreHighlightedAndTheLongerSegmentNormalises() {
        let candidate = "The new Minister for Women's Rights met 12 senior police chiefs in Lyon on Monday."
        let score = FuzzyScorer.score(query: query, candidate: candidate)
        #expect(score.distance == 2)
        #expect(score.percent == 87) // 100 × 14/16
        #expect(HighlightedText(candidate, highlighting: score.differences).highlights == ["new", "senior"])
    }

    @Test func numberDifferenceIsHighlighted() {
        let candidate = "The Minister for Women's Rights met 14 police chiefs in Lyon on Monday."
        let score = FuzzyScorer.score(query: query, candidate: candidate)
        #expect(HighlightedText(candidate, highlighting: score.differences).highlights == ["14"])
    }

    @Test func unrelatedTextScoresLow() {
        #expect(FuzzyScorer.score(query: query, candidate: "Floods hit the north of the country.").percent < 30)
    }
}
