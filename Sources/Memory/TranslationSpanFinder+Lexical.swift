import TMX

extension TranslationSpanFinder {
    /// How well the words of a candidate sequence of the translations fit the words of the phrase:
    /// identical words, cognates, and dictionary translations (``RenderingEvidence``) in either direction,
    /// compared without a final plural or feminine ending. Translations are looked up once per word.
    final class Lexical {
        /// The phrase's content words (all its words when it has no other).
        private let phraseWords: [String]
        /// The loose forms of each content word's translations.
        private let phraseTranslations: [Set<Substring>]
        private let from: String?
        private let to: String
        private let evidence: RenderingEvidence
        /// The loose forms of the phrase-language translations of the target words met so far.
        private var backTranslations: [String: Set<Substring>] = [:]

        init(finder: TranslationSpanFinder) {
            from = finder.phraseLanguage.map { LanguageTag($0).primary }
            let target = LanguageTag(finder.targetLanguage).primary
            to = target
            evidence = finder.evidence
            let phraseLanguage = from
            let content = finder.phrase.filter { word in !(phraseLanguage.map { finder.evidence.isFunctionWord(word, $0) } ?? false) }
            phraseWords = content.isEmpty ? finder.phrase : content
            phraseTranslations = phraseWords.map { word in
                phraseLanguage.map { Set(finder.evidence.translations(word, $0, target).map(TranslationSpanFinder.loose)) } ?? []
            }
        }

        /// Whether a sequence starts or ends on a grammatical word of the target language (`the sexual`,
        /// `official spokesman for`), which a rendering never does.
        func hasGrammaticalEdge(_ gram: [String]) -> Bool {
            guard let first = gram.first, let last = gram.last else { return true }
            return evidence.isFunctionWord(first, to) || evidence.isFunctionWord(last, to)
        }

        /// How many content words `gram` has more or fewer than the phrase.
        func lengthGap(_ gram: [String]) -> Int {
            abs(gram.filter { !evidence.isFunctionWord($0, to) }.count - phraseWords.count)
        }

        /// Whether the phrase's content word at `index` and a word of a translation match.
        private func matches(_ index: Int, _ candidate: String) -> Bool {
            let word = phraseWords[index]
            if TranslationSpanFinder.areCognates(word, candidate) { return true }
            guard let from else { return false }
            let loose = TranslationSpanFinder.loose(candidate)
            if phraseTranslations[index].contains(loose) { return true }
            let back: Set<Substring>
            if let known = backTranslations[candidate] {
                back = known
            } else {
                back = Set(evidence.translations(candidate, to, from).map(TranslationSpanFinder.loose))
                backTranslations[candidate] = back
            }
            return back.contains(TranslationSpanFinder.loose(word))
        }

        /// What a pair of words matched by nothing counts, beside words that match (see ``fit(_:)``).
        static let unmatchedPairCredit = 0.5

        /// The harmonic mean of the share of the phrase's content words matched by a word of `gram` and
        /// the share of `gram`'s content words matched by a word of the phrase: 1 when every word on
        /// each side has a partner on the other, 0 when none has.
        func fit(_ gram: [String]) -> Double {
            let content = gram.indices.filter { !evidence.isFunctionWord(gram[$0], to) }
            let positions = content.isEmpty ? Array(gram.indices) : content
            // Each pair of words is compared once.
            let matched = phraseWords.indices.map { index in positions.map { matches(index, gram[$0]) } }
            let explainedCount = matched.filter { $0.contains(true) }.count
            let isMatched = positions.indices.map { column in matched.contains { $0[column] } }
            let explainingCount = isMatched.filter { $0 }.count
            // Once a word matches, a word left unmatched on each side may be each other's translation
            // (`global alert` for `alerte mondiale` when only `alert` is known): each such pair counts
            // `unmatchedPairCredit` of a match, so the rendering is not cut to its known words. The
            // unmatched word of the sequence must stand right beside a matched one (not `communication
            // system and our previous`).
            let matchedPositions = Set(positions.indices.filter { isMatched[$0] }.map { positions[$0] })
            let besideMatch = positions.indices.filter { column in
                !isMatched[column] && (matchedPositions.contains(positions[column] - 1) || matchedPositions.contains(positions[column] + 1))
            }.count
            let credit = explainedCount > 0
                ? Self.unmatchedPairCredit * Double(min(phraseWords.count - explainedCount, besideMatch)) : 0
            let explained = (Double(explainedCount) + credit) / Double(phraseWords.count)
            let explaining = (Double(explainingCount) + credit) / Double(positions.count)
            return explained + explaining > 0 ? 2 * explained * explaining / (explained + explaining) : 0
        }
    }
}
