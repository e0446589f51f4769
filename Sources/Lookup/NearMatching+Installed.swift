import Memory
import Terminology

extension NearMatching {
    /// The tolerance of `bitext terms suggest`: the Terminology module's ``TermMatcher`` for a glossary
    /// holding the phrase alone, so that case, accents, elision, articles, `de`/`du`/`des`, plural and
    /// feminine endings (French, English, Spanish) and one word inserted inside the phrase (not a
    /// linker, not at its edges) are tolerated as they are there.
    public static let installed = NearMatching { phrase, language in
        let entry = GlossaryEntry(languages: [LanguageSection(language: language, terms: [Term(phrase)])])
        let matcher = TermMatcher(glossaries: [Glossary(entries: [entry])], language: language, targetLanguage: language)
        guard matcher.termCount > 0 else { return nil }
        return { text in matcher.occurrences(in: text).map(\.range) }
    }
}
