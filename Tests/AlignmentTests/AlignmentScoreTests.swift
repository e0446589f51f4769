import Alignment
import Testing

struct AlignmentScoreTests {
    @Test
    func strictAndLaxCounts() throws {
        let gold = try VecalignFormat.parse("[0]:[0]\n[1]:[1, 2]\n[2]:[]\n[3]:[3]\n")
        let predicted = try VecalignFormat.parse("[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[]\n[3]:[3]\n")
        let score = AlignmentScore(predicted: predicted, gold: gold)
        // Strict: [0]:[0], [2]:[], [3]:[3] of 5 predicted; 2 of 3 gold pairs found.
        #expect(score.strictPrecision == 3.0 / 5)
        #expect(score.strictRecall == 2.0 / 3)
        // Lax: [1]:[1] overlaps [1]:[1, 2]; []:[2] does not count.
        #expect(score.laxPrecision == 4.0 / 5)
        #expect(score.laxRecall == 1)
        let twice = score + score
        #expect(twice.predicted == 10 && twice.strictF1 == score.strictF1)
    }
}
