extension Lexicon {
    /// Adds a glossary term pair, such as `Secrétaire Général d'INTERPOL` → `INTERPOL Secretary General`,
    /// as evidence for the aligner: its content words are paired.
    ///
    /// Function words (`d'`, `of`, `the`) carry no evidence and are left out. Words that are the
    /// same or cognates (same first four letters) on both sides are paired with each other; the
    /// words left over are paired one to one when there is one on each side, and each with each
    /// when there are at most three on either side (`notice rouge` → `Red Notice` gives
    /// notice → notice and rouge → red). Longer terms add only their identical and cognate words.
    public mutating func addTerm(source: String, target: String, sourceLanguage: String?, targetLanguage: String?) {
        let sourceWords = Self.contentWords(of: source, language: sourceLanguage)
        let targetWords = Self.contentWords(of: target, language: targetLanguage)
        guard !sourceWords.isEmpty, !targetWords.isEmpty else { return }
        var leftSource: [String] = []
        var pairedTarget = Set<String>()
        for word in sourceWords {
            if let match = targetWords.first(where: { Self.areCognates(word, $0) }) {
                insert(source: word, target: match)
                pairedTarget.insert(match)
            } else {
                leftSource.append(word)
            }
        }
        let leftTarget = targetWords.filter { !pairedTarget.contains($0) }
        guard !leftSource.isEmpty, !leftTarget.isEmpty, leftSource.count <= 3, leftTarget.count <= 3 else { return }
        for word in leftSource {
            for translation in leftTarget { insert(source: word, target: translation) }
        }
    }

    /// The folded words of a term without the function words of its language, in order, once each.
    static func contentWords(of term: String, language: String?) -> [String] {
        let functionWords = language.flatMap { FunctionWords.lists[$0] } ?? []
        var seen = Set<String>()
        return words(of: term).filter { word in
            !functionWords.contains(word) && (word.count > 1 || word.first?.isNumber == true) && seen.insert(word).inserted
        }
    }

    /// Identical words, or words of at least four letters that share their first four.
    private static func areCognates(_ a: String, _ b: String) -> Bool {
        a == b || (a.count >= 4 && b.count >= 4 && a.prefix(4) == b.prefix(4))
    }
}
