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
        "ends_on_participle", "ends_on_name", "verb_phrase", "owned_by_name", "inside_longer", "contains_shorter", "source_spread",
        "prepositional_phrase",
    ]

    /// The bias, then one weight per feature, fitted by `scripts/fit-term-ranker` (L2 1.0) on the dev
    /// releases: the first 20 in session 4 (commit 17eb880: 1,509 pairs, 57 of them gold),
    /// `prepositional_phrase` in session 5 on top of them (refitted after merging terms7r: 1,511 pairs,
    /// 64 gold), the bias alone in session 6 after merging terms8r (1,564 pairs, 66 gold).
    static let weights: [Double] = [
        1.6094,  // bias
        2.1783,  // log_heuristic
        -0.2494,  // alignment
        -1.1181,  // dice
        -0.1069,  // log_links
        -0.1708,  // nested_share
        0.5008,  // single_words
        0.2386,  // named
        0.9479,  // acronyms
        -1.4738,  // word_gap
        -0.9743,  // long
        -0.8978,  // coordinated
        -0.2685,  // starts_on_adjective
        0.6216,  // whole_unit
        -0.4334,  // ends_on_participle
        0.9212,  // ends_on_name
        -0.3577,  // verb_phrase
        -0.5519,  // owned_by_name
        0.0043,  // inside_longer
        0.5020,  // contains_shorter
        0.6504,  // source_spread
        -1.4601,  // prepositional_phrase
    ]

    /// The probability-like score of `features`, 0…1; `heuristic` alone when no weights are set.
    static func score(_ features: Features, heuristic: Double) -> Double {
        guard weights.count == names.count + 1 else { return heuristic }
        var sum = weights[0]
        for (weight, value) in zip(weights.dropFirst(), features.values) { sum += weight * value }
        return 1 / (1 + exp(-sum))
    }
}
