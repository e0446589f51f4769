/// The terms of one concept in one language: the first is the main term, the others synonyms.
public struct LanguageSection: Sendable, Hashable {
    /// The language tag as written in the file (`fr`, `en-US`, `EN`); compare with `LanguageTag.matches`.
    public var language: String
    /// The terms, main term first.
    public var terms: [Term]
    /// Language-level data categories (definitions, …), kept for writing back.
    public var properties: [TermProperty]

    /// Creates a language section.
    public init(language: String, terms: [Term], properties: [TermProperty] = []) {
        self.language = language
        self.terms = terms
        self.properties = properties
    }
}
