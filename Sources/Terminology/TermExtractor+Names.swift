extension TermExtractor {
    /// The tokens of a unit's two sides that belong to a personal name (`Toews` in `ministre Toews`,
    /// `Mansour Al-Turki` in `Major Général Mansour Al-Turki`). Personal names are never terms, so a
    /// pair that is or ends with one is not linked and the title beside it takes its place.
    ///
    /// A name word is capitalised but not an acronym, no personal title (``TermLanguage/isPersonalTitle(_:)``),
    /// unknown to the dictionaries as a word (`isKnown`: `Noble`, `Canada` are), and written the same or
    /// nearly so on the other side (`Mansour`/`Mansoor`). A run of name words is a personal name when a
    /// title stands right before it (`M. Minihane`, `Général Mansour`), or when it has two words or
    /// more written exactly alike in the other text and does not follow a preposition or an article
    /// (`Vic Toews`, but not `à Lugano`, `du Sri Lanka`, `d’Abou Dhabi`); and the other text has such a
    /// run too, with the same name in it.
    static func personalNames(
        _ source: Side, _ target: Side, sourceLanguage: TermLanguage, targetLanguage: TermLanguage,
        isKnown: (String) -> Bool
    ) -> (source: Set<Int>, target: Set<Int>) {
        let sourceRuns = Self.nameRuns(in: source.tokens, other: target.tokens, sourceLanguage, isKnown)
        let targetRuns = Self.nameRuns(in: target.tokens, other: source.tokens, targetLanguage, isKnown)
        // Both texts name the person: `Secretariat` after `General` in `INTERPOL General Secretariat`
        // is no name, since `Secrétariat` follows no title in `le Secrétariat général`.
        func confirmed(_ runs: [Range<Int>], _ tokens: [TermToken], by others: [Range<Int>], _ otherTokens: [TermToken]) -> Set<Int> {
            let otherKeys = others.flatMap { run in run.map { Self.withoutPossessive(otherTokens[$0].key) } }
            return Set(runs.filter { run in
                run.contains { index in
                    let key = Self.withoutPossessive(tokens[index].key)
                    return otherKeys.contains { $0 == key || WordLexicon.cognate(key, $0) >= 0.75 }
                }
            }.joined())
        }
        return (confirmed(sourceRuns, source.tokens, by: targetRuns, target.tokens),
                confirmed(targetRuns, target.tokens, by: sourceRuns, source.tokens))
    }

    /// The runs of name words of one side that stand after a title or are a first name and a surname.
    private static func nameRuns(
        in tokens: [TermToken], other: [TermToken], _ language: TermLanguage, _ isKnown: (String) -> Bool
    ) -> [Range<Int>] {
        let otherNames = other.filter { $0.isCapitalized && $0.isWord }.map { Self.withoutPossessive($0.key) }
        // How the word is written on the other side: 2 exactly alike, 1 nearly, 0 not at all.
        func likeness(_ token: TermToken) -> Int {
            guard token.isWord, token.isCapitalized, token.text.contains(where: \.isLowercase),
                  !TermLanguage.isPersonalTitle(token.key) else { return 0 }
            let key = Self.withoutPossessive(token.key)
            guard !isKnown(language.singular(key)), !isKnown(key) else { return 0 }
            if otherNames.contains(key) { return 2 }
            return otherNames.contains { WordLexicon.cognate(key, $0) >= 0.75 } ? 1 : 0
        }
        let written = tokens.map(likeness)
        var runs: [Range<Int>] = []
        var start = 0
        while start < tokens.count {
            guard written[start] > 0 else {
                start += 1
                continue
            }
            var end = start
            while end < tokens.count, written[end] > 0 { end += 1 }
            let previous = start > 0 ? tokens[start - 1].key : ""
            let afterTitle = TermLanguage.isPersonalTitle(previous)
            let firstAndLast = end - start >= 2 && written[start..<end].allSatisfy { $0 == 2 }
                && !language.linkers.contains(previous) && !language.articles.contains(previous)
                && !TermLanguage.placePrepositions.contains(previous)
            if afterTitle || firstAndLast { runs.append(start..<end) }
            start = end
        }
        return runs
    }

    /// A key without its possessive `'s` (`vallaud-belkacem's`).
    private static func withoutPossessive(_ key: String) -> String {
        key.hasSuffix("'s") ? String(key.dropLast(2)) : key
    }
}
