/// Strict and lax precision, recall and F1 of predicted beads against gold beads, as defined by
/// Sennrich and Volk (2011) and used in the Vecalign and Bertalign papers.
///
/// Precision is over all predicted beads (1-0 and 0-1 included): strict when the bead is a gold
/// bead, lax when it is one or shares a source and a target sentence with a gold bead. Recall is over
/// the gold beads with both sides, matched against predicted beads with both sides. Scores of several
/// documents add their counts (micro average).
public struct AlignmentScore: Sendable, Hashable {
    /// Predicted beads.
    public var predicted = 0
    /// Gold beads with both sides.
    public var goldPairs = 0
    /// Predicted beads that are gold beads.
    public var strictCorrect = 0
    /// Predicted beads that are gold beads or overlap one on both sides.
    public var laxCorrect = 0
    /// Gold pairs found exactly among the predicted pairs.
    public var strictFound = 0
    /// Gold pairs that overlap a predicted pair on both sides.
    public var laxFound = 0

    /// An empty score.
    public init() {}

    /// The score of one document.
    public init(predicted: [Bead], gold: [Bead]) {
        self.init(predicted: predicted, gold: gold.map(VecalignFormat.Entry.init))
    }

    /// The score of one document whose gold may pair non-adjacent sentences.
    public init(predicted beads: [Bead], gold: [VecalignFormat.Entry]) {
        let predicted = beads.map(VecalignFormat.Entry.init)
        let goldSet = Set(gold)
        let isPair: (VecalignFormat.Entry) -> Bool = { !$0.source.isEmpty && !$0.target.isEmpty }
        let predictedPairs = predicted.filter(isPair)
        let goldPairs = gold.filter(isPair)
        self.predicted = predicted.count
        self.goldPairs = goldPairs.count
        for bead in predicted {
            if goldSet.contains(bead) {
                strictCorrect += 1
                laxCorrect += 1
            } else if isPair(bead), goldPairs.contains(where: { Self.overlaps($0, bead) }) {
                laxCorrect += 1
            }
        }
        let predictedSet = Set(predictedPairs)
        for bead in goldPairs {
            if predictedSet.contains(bead) { strictFound += 1 }
            if predictedPairs.contains(where: { Self.overlaps($0, bead) }) { laxFound += 1 }
        }
    }

    /// Adds the counts of another document.
    public static func + (lhs: AlignmentScore, rhs: AlignmentScore) -> AlignmentScore {
        var sum = lhs
        sum.predicted += rhs.predicted
        sum.goldPairs += rhs.goldPairs
        sum.strictCorrect += rhs.strictCorrect
        sum.laxCorrect += rhs.laxCorrect
        sum.strictFound += rhs.strictFound
        sum.laxFound += rhs.laxFound
        return sum
    }

    /// Strict precision.
    public var strictPrecision: Double { ratio(strictCorrect, predicted) }
    /// Strict recall.
    public var strictRecall: Double { ratio(strictFound, goldPairs) }
    /// Strict F1.
    public var strictF1: Double { harmonic(strictPrecision, strictRecall) }
    /// Lax precision.
    public var laxPrecision: Double { ratio(laxCorrect, predicted) }
    /// Lax recall.
    public var laxRecall: Double { ratio(laxFound, goldPairs) }
    /// Lax F1.
    public var laxF1: Double { harmonic(laxPrecision, laxRecall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    private func harmonic(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    private static func overlaps(_ a: VecalignFormat.Entry, _ b: VecalignFormat.Entry) -> Bool {
        !Set(a.source).isDisjoint(with: b.source) && !Set(a.target).isDisjoint(with: b.target)
    }
}
