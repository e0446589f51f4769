/// What Bitext knows of two languages' words, used by the concordance to find the span of a translation
/// that renders a looked-up phrase when no glossary gives the rendering: which words are grammatical
/// (a rendering never starts or ends on `the`, `and`, `de`), and how a word translates (a bilingual
/// dictionary: `rouge` → `red`). Words are passed and returned folded (lower case, no accents), languages
/// as their primary subtags (`en`, `fr`).
///
/// The Memory module has no language knowledge of its own; `Lookup` makes one from the term
/// extractor's stop words and the installed FreeDict dictionaries.
public struct RenderingEvidence: Sendable {
    /// Whether a folded word of a language is a grammatical word.
    public var isFunctionWord: @Sendable (_ word: String, _ language: String) -> Bool
    /// The folded one-word translations of a folded word of `from` into `to` (empty when unknown).
    public var translations: @Sendable (_ word: String, _ from: String, _ to: String) -> [String]

    /// Evidence from the two closures.
    public init(
        isFunctionWord: @escaping @Sendable (_ word: String, _ language: String) -> Bool,
        translations: @escaping @Sendable (_ word: String, _ from: String, _ to: String) -> [String]
    ) {
        self.isFunctionWord = isFunctionWord
        self.translations = translations
    }

    /// No knowledge of any language: spelling (identical words, cognates) is the only word evidence.
    public static let none = RenderingEvidence(isFunctionWord: { _, _ in false }, translations: { _, _, _ in [] })
}
