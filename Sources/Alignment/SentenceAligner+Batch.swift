/// Alignment of several documents with one lexicon learned from all of them (``LexiconPool``).
extension SentenceAligner {
    /// The pairs of a pooled lexicon between the vocabularies of two versions: source vocabulary id →
    /// target vocabulary ids (the words as they are, numbers left out).
    static func pooledTranslations(_ pooled: Lexicon, _ sourceSide: SideFeatures,
                                   _ targetSide: SideFeatures) -> [Int32: [Int32]] {
        guard !pooled.entries.isEmpty else { return [:] }
        var result: [Int32: [Int32]] = [:]
        for (index, word) in sourceSide.vocabulary.enumerated() where !sourceSide.isNumber[index] {
            let ids = pooled.translations(of: word).compactMap { targetSide.ids[$0] }
            if !ids.isEmpty { result[Int32(index)] = ids.sorted() }
        }
        return result
    }

    /// The pooled model's graded links between the words of two versions: source vocabulary id →
    /// (target vocabulary id, strength), strongest first.
    static func pooledLinks(_ pooled: TranslationLinks, _ sourceSide: SideFeatures,
                            _ targetSide: SideFeatures) -> [Int32: [(target: Int32, strength: Float)]] {
        guard !pooled.isEmpty else { return [:] }
        var result: [Int32: [(target: Int32, strength: Float)]] = [:]
        for (index, word) in sourceSide.vocabulary.enumerated() where !sourceSide.isNumber[index] {
            guard let links = pooled.strengths[word] else { continue }
            let found = links.compactMap { target, strength in targetSide.ids[target].map { (target: $0, strength: strength) } }
            if !found.isEmpty {
                result[Int32(index)] = found.sorted { $0.strength != $1.strength ? $0.strength > $1.strength : $0.target < $1.target }
            }
        }
        return result
    }

    /// The share of the content words (numbers count double) of the `gold` pairs that the words of
    /// the other side match before any learning (given lexicon, installed dictionaries, identical
    /// words, cognates, pooled lexicon), and the same share between each gold pair's source and the
    /// next gold pair's target (neighbours that are not translations: matches there are wrong).
    @_spi(Benchmark)
    public func lexicalCoverage(source: [String], target: [String], gold: [Bead]) -> (gold: Double, neighbours: Double) {
        let sourceSide = SideFeatures(sentences: source, language: options.sourceLanguage)
        let targetSide = SideFeatures(sentences: target, language: options.targetLanguage)
        let matcher = Matcher(source: sourceSide, target: targetSide, lexicon: documentLexicon(sourceSide, targetSide).lexicon,
                              learned: Self.pooledTranslations(options.pooledLexicon, sourceSide, targetSide))
        let pairs = gold.filter(\.isPair)
        var right = (matched: 0.0, total: 0.0), wrong = (matched: 0.0, total: 0.0)
        for (index, pair) in pairs.enumerated() {
            let result = Self.matches(pair.source, pair.target, sourceSide, targetSide, matcher)
            right = (right.matched + result.matched, right.total + result.total)
            guard index + 1 < pairs.count else { continue }
            let neighbour = Self.matches(pair.source, pairs[index + 1].target, sourceSide, targetSide, matcher)
            wrong = (wrong.matched + neighbour.matched, wrong.total + neighbour.total)
        }
        return (right.matched / max(1, right.total), wrong.matched / max(1, wrong.total))
    }
}
