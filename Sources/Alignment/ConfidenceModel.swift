import Foundation

/// Turns what the aligner knows about a pair bead into a calibrated confidence: a logistic model over
/// the bead's posterior probability, its lexical evidence, the share of its words that match, its
/// length cost and its type, fitted on the tuning documents (`scripts/eval-alignment --fit`) and
/// checked on held-out ones.
struct ConfidenceModel: Sendable {
    /// What the confidence of one pair bead is computed from.
    struct Features: Sendable {
        /// Posterior probability of the bead (forward–backward over the band).
        var posterior: Double
        /// Lexical log-likelihood ratio of the bead (before the model's weight).
        var evidence: Double
        /// Share (weight) of the bead's content words that match the other side.
        var matchedShare: Double
        /// Content words of the bead, both sides.
        var words: Double
        /// Gale and Church's length cost.
        var lengthCost: Double
        /// Whether the bead is 1-1.
        var isOneToOne: Bool

        /// The inputs of the logistic model, in the order of ``ConfidenceModel/coefficients``.
        var vector: [Double] {
            let p = min(max(posterior, 1e-4), 1 - 1e-4)
            return [log(p / (1 - p)), evidence, matchedShare, log(1 + words), lengthCost, isOneToOne ? 1 : 0]
        }
    }

    /// Intercept, then one coefficient per feature of ``Features/vector``.
    /// Fitted on Text+Berg dev, five TransRead books and the twelve releases (`--fit`, 3,200 pairs).
    static let coefficients: [Double] = [-0.213, 0.440, -0.460, 2.576, 0.119, -0.183, 0.072]

    /// The confidence of a pair bead, in [0, 1].
    static func confidence(_ features: Features) -> Double {
        var z = coefficients[0]
        for (weight, value) in zip(coefficients.dropFirst(), features.vector) { z += weight * value }
        return 1 / (1 + exp(-z))
    }
}
