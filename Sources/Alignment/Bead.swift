/// One bead of a sentence alignment: consecutive source sentences paired with consecutive target
/// sentences (either side may be empty: a sentence present in one version only).
public struct Bead: Sendable, Hashable {
    /// Indices of the source sentences (0-based, consecutive; empty for a 0-n bead).
    public var source: Range<Int>
    /// Indices of the target sentences (0-based, consecutive; empty for an n-0 bead).
    public var target: Range<Int>
    /// How sure the aligner is that this bead is right, in [0, 1].
    public var confidence: Double

    /// Creates a bead.
    public init(source: Range<Int>, target: Range<Int>, confidence: Double = 1) {
        self.source = source
        self.target = target
        self.confidence = confidence
    }

    /// The bead type as written in TMX props and reports, e.g. `1-2`.
    public var kind: String { "\(source.count)-\(target.count)" }

    /// Whether both sides hold at least one sentence (a translation pair, not an omission).
    public var isPair: Bool { !source.isEmpty && !target.isEmpty }
}
