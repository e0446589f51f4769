/// A glossary term found in a text by ``TermMatcher``.
public struct TermOccurrence: Sendable, Hashable {
    /// The range of the match in the text.
    public var range: Range<String.Index>
    /// 1-based line and column (in characters) of the start of the match.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// The text as it appears (`la Ministre française des Droits des femmes` matched as `Ministre française des Droits des femmes`).
    public var text: String
    /// The glossary term it matched.
    public var term: Term
    /// The status of that term (a forbidden source term is worth a warning).
    public var status: TermStatus
    /// The entry, with all its languages (the first one, when several entries hold the term).
    public var entry: GlossaryEntry
    /// The translations into the target language: approved first, then candidates; forbidden ones are in ``forbidden``.
    /// When several entries hold the term (synonyms of different concepts), those of the other entries follow.
    public var translations: [Term]
    /// The target-language terms the glossary forbids.
    public var forbidden: [Term]
    /// Whether the match needed tolerance beyond case and accents (an inserted word, a plural, an elision).
    public var isApproximate: Bool
    /// Whether the term lies inside a longer term found at the same place (listed only on request:
    /// ``TermMatcher/occurrences(in:includingNested:)``).
    public var isNested = false
}
