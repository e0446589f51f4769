/// Graded word links learned by IBM Model 1 from many documents (``LexiconPool``): each source word
/// (folded) with the target words it translates and the strength of each link, √(P(t|s) P(s|t)),
/// in (0, 1]. A word that no lexicon entry matches counts, against a sentence, its strongest link to
/// one of the sentence's words as a partial match.
public struct TranslationLinks: Sendable, Hashable {
    /// Folded source word → folded target word → strength.
    public private(set) var strengths: [String: [String: Float]] = [:]

    /// Creates an empty set of links.
    public init() {}

    /// The number of links.
    public var count: Int { strengths.values.reduce(0) { $0 + $1.count } }

    /// Whether there is no link.
    public var isEmpty: Bool { strengths.isEmpty }

    /// Adds a link (folded words), keeping the stronger one when the pair is already linked.
    public mutating func insert(source: String, target: String, strength: Float) {
        strengths[source, default: [:]][target] = max(strengths[source]?[target] ?? 0, min(1, strength))
    }
}
