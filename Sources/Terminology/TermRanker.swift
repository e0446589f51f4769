import Foundation

/// Ranks candidate pairs by the probability that they are glossary terms: a logistic regression
/// over ``Features`` of the evidence, fitted on the DEV releases of `scripts/eval-terms` by
/// `scripts/fit-term-ranker` (which prints the ``weights`` below). The held-out releases are never
/// used for fitting.
struct TermRanker {
    /// The evidence of one pair, as numbers (the order of ``names``).
    struct Features {
        var values: [Double]
    }

    /// The feature names, in the order of ``Features/values`` and ``weights`` (after the bias).
    static let names = [
        "log_heuristic", "alignment", "dice", "log_links", "nested_share", "single_words", "named",
        "acronyms", "word_gap", "long", "coordinated", "starts_on_adjective", "whole_unit",
        "ends_on_participle", "ends_on_name", "inside_longer", "contains_shorter", "source_spread",
    ]

    /// The bias, then one weight per feature. Fitted by `scripts/fit-term-ranker` (L2 1.0) on the dev
    /// releases: 1,156 pairs, 53 of them gold.
    static let weights: [Double] = [
        0.9303,  // bias
        1.9570,  // log_heuristic
        -0.0078,  // alignment
        -1.1728,  // dice
        -0.0294,  // log_links
        0.1309,  // nested_share
        0.2968,  // single_words
        0.2167,  // named
        0.8691,  // acronyms
        -1.3681,  // word_gap
        -0.8629,  // long
        -0.8457,  // coordinated
        -0.5053,  // starts_on_adjective
        0.7628,  // whole_unit
        -0.4128,  // ends_on_participle
        0.8382,  // ends_on_name
        -0.0945,  // inside_longer
        0.3745,  // contains_shorter
        0.4907,  // source_spread
    ]

    /// The probability-like score of `features`, 0…1; `heuristic` alone when no weights are set.
    static func score(_ features: Features, heuristic: Double) -> Double {
        guard weights.count == names.count + 1 else { return heuristic }
        var sum = weights[0]
        for (weight, value) in zip(weights.dropFirst(), features.values) { sum += weight * value }
        return 1 / (1 + exp(-sum))
    }
}
