/// One aligned pair of a memory as term extraction reads it: the source text, the target text and
/// the translation unit's id (for the examples shown with each candidate).
public struct AlignedUnit: Sendable, Hashable {
    /// The unit's id (`tuid`, or a file and line).
    public var id: String
    /// The source-language text.
    public var source: String
    /// The target-language text.
    public var target: String

    /// Creates a unit.
    public init(id: String, source: String, target: String) {
        self.id = id
        self.source = source
        self.target = target
    }
}
