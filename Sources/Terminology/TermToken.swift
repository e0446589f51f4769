/// A word or punctuation mark of a text, with its place, as term extraction and matching see it.
public struct TermToken: Sendable, Hashable {
    /// The text as written (`d’`, `INTERPOL`, `Women’s`, `,`).
    public var text: String
    /// Its range in the tokenised string.
    public var range: Range<String.Index>
    /// Case, accents and apostrophes folded (`d'`, `interpol`, `women's`).
    public var key: String
    /// Whether it is a word (letters or digits), not punctuation.
    public var isWord: Bool

    /// Whether the first letter is upper-case (`Ministre`, `INTERPOL`).
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }

    /// Whether it is a French elided article or preposition (`d’`, `l’`, `qu’`).
    public var isElision: Bool { key.hasSuffix("'") }
}
