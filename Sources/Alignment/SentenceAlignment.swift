/// The result of aligning two versions of a text: monotone beads covering every sentence of both
/// sides exactly once, in order.
public struct SentenceAlignment: Sendable, Hashable {
    /// The beads, in document order.
    public var beads: [Bead]
    /// Problems found in the input (an empty side, a side much longer than the other, identical
    /// versions, unrelated texts…), in words for the user. Empty when all looked normal.
    public var warnings: [String]
    /// The language of the source version (ISO 639-1), given or guessed; nil when unknown.
    public var sourceLanguage: String?
    /// The language of the target version (ISO 639-1), given or guessed; nil when unknown.
    public var targetLanguage: String?

    /// Creates an alignment.
    public init(beads: [Bead], warnings: [String] = [], sourceLanguage: String? = nil, targetLanguage: String? = nil) {
        self.beads = beads
        self.warnings = warnings
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }

    /// The beads that pair sentences of both sides.
    public var pairs: [Bead] { beads.filter(\.isPair) }

    /// Mean confidence of the pairs (0 when there are none).
    public var meanConfidence: Double {
        let pairs = self.pairs
        return pairs.isEmpty ? 0 : pairs.map(\.confidence).reduce(0, +) / Double(pairs.count)
    }
}
