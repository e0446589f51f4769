/// A bilingual term candidate found in a memory, with the evidence a terminologist needs to accept it.
public struct TermCandidate: Sendable, Hashable {
    /// The source term, in base form (singular, no article).
    public var source: String
    /// The target term, in base form.
    public var target: String
    /// The ranking score, 0…1: the probability that the pair is a glossary term (``TermRanker``, over
    /// association, in-unit alignment, termhood and nesting).
    public var score: Double
    /// In how many units the pair was linked.
    public var frequency: Int
    /// Dice coefficient of the two terms over the units (2·linked / (units with source + units with target)).
    public var dice: Double
    /// Mean word-alignment coverage of the pair inside the units where it was linked (0…1).
    public var alignment: Double
    /// Up to three units where the pair was linked.
    public var examples: [AlignedUnit]
    /// Whether a glossary already holds this source term (``isKnownPair``: with this translation).
    public var isKnown: Bool
    /// Whether a glossary already holds exactly this pair.
    public var isKnownPair: Bool
}
