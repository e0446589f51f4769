/// One token of a segment, as the fuzzy scorer sees it.
///
/// Words compare case-insensitively (the case difference costs a small penalty), every number is one
/// token that matches any other number (a different number costs a small penalty), every inline tag
/// is one token, and punctuation is kept apart from the edit distance (a different punctuation costs a
/// small penalty).
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: Sendable, Hashable {
        case word
        case number
        case tag
        case punctuation
    }

    /// What the token is.
    public var kind: Kind
    /// Where the token is in its text.
    public var range: Range<String.Index>
    /// The key compared by the edit distance: a hash of the lowercased word, or one constant for every
    /// number and one for every tag.
    public var key: UInt32

    /// Whether the token takes part in the edit distance (punctuation does not).
    public var isScored: Bool { kind != .punctuation }
}
