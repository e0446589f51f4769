extension TermLanguage {
    /// Whether a folded word (lower case, no accents) is one of the language's stop words: the
    /// grammatical words, months, days and numbers in words that never start or end a term.
    public func isStopWord(_ folded: String) -> Bool {
        stopWords.contains(folded)
    }

    /// The singular of a folded word (`reseaux` → `reseau`, `countries` → `country`, and English
    /// irregular plurals: `women` → `woman`, `children` → `child`), or the word.
    public func singularForm(_ folded: String) -> String {
        if code == "en", let irregular = Self.englishIrregularPlurals[folded] { return irregular }
        return singular(folded)
    }

    /// English plurals that no ending rule gives (`women` is no `-s` plural), as releases use them.
    private static let englishIrregularPlurals: [String: String] = [
        "women": "woman", "men": "man", "children": "child", "people": "person", "policemen": "policeman",
        "policewomen": "policewoman", "spokesmen": "spokesman", "chairmen": "chairman", "gunmen": "gunman",
        "businessmen": "businessman", "fishermen": "fisherman", "lives": "life", "wives": "wife",
        "knives": "knife", "thieves": "thief", "feet": "foot", "teeth": "tooth", "criteria": "criterion",
        "phenomena": "phenomenon",
    ]
}
