extension TermLanguage {
    /// Whether a folded word (lower case, no accents) is one of the language's stop words: the
    /// grammatical words, months, days and numbers in words that never start or end a term.
    public func isStopWord(_ folded: String) -> Bool {
        stopWords.contains(folded)
    }

    /// The singular of a folded word (`reseaux` → `reseau`, `countries` → `country`), or the word.
    public func singularForm(_ folded: String) -> String {
        singular(folded)
    }
}
