/// The match percentage of a memory segment against a query, with the words that differ.
public struct FuzzyScore: Sendable, Hashable {
    /// 0…100: 100 only for identical text, 95…99 when only case, punctuation, numbers, tags or spacing
    /// differ, otherwise `100 × (1 − distance / longer length)` rounded down.
    public var percent: Int
    /// The word-level edit distance (numbers and tags as single tokens, case ignored).
    public var distance: Int
    /// The ranges of the segment's tokens that differ from the query.
    public var differences: [Range<String.Index>]
}
