extension TermExtractor {
    /// Why each gold pair is or is not among the candidates of `units`, for error analysis
    /// (`bitext terms evaluate --why`): one line per pair, `found at rank N`, or what went wrong —
    /// the pattern cannot produce a side, a side is never a candidate in the units, the two are
    /// never linked (and what each is linked to instead), another translation won, or the pair is
    /// found but written differently (number, possessive).
    public func diagnose(_ gold: [(source: String, target: String)], in units: [AlignedUnit]) -> [String] {
        let analysis = analyse(units)
        let ranked = Self.listed(analysis.scored, \.candidate)
        let sourcePattern = TermPattern(language: TermLanguage(sourceLanguage))
        let targetPattern = TermPattern(language: TermLanguage(targetLanguage))
        func key(_ term: String, _ pattern: TermPattern) -> String? {
            let tokens = TermTokenizer.tokens(term)
            return pattern.occurrences(in: tokens).first { $0.tokens == Array(tokens.indices) }?.key
        }
        return gold.map { pair in
            let label = "\(pair.source) → \(pair.target): "
            let wanted = TermNormalizer.key(pair.source) + "\t" + TermNormalizer.key(pair.target)
            if let rank = ranked.firstIndex(where: { TermNormalizer.key($0.candidate.source) + "\t" + TermNormalizer.key($0.candidate.target) == wanted }) {
                return label + "found at rank \(rank + 1)"
            }
            guard let sourceKey = key(pair.source, sourcePattern) else { return label + "the \(sourceLanguage) pattern cannot produce it" }
            guard let targetKey = key(pair.target, targetPattern) else { return label + "the \(targetLanguage) pattern cannot produce it" }
            let inSource = analysis.sourceKeys.contains(sourceKey), inTarget = analysis.targetKeys.contains(targetKey)
            if !inSource || !inTarget {
                return label + [inSource ? nil : "never a \(sourceLanguage) candidate", inTarget ? nil : "never a \(targetLanguage) candidate"]
                    .compactMap { $0 }.joined(separator: ", ")
            }
            if let both = analysis.scored.first(where: { $0.sourceKey == sourceKey && $0.targetKey == targetKey }) {
                let winner = ranked.first { TermNormalizer.key($0.candidate.source) == TermNormalizer.key(both.candidate.source) }
                if let winner, winner.targetKey != targetKey {
                    return label + "linked (score \(both.candidate.score)), but \(winner.candidate.target) won (\(winner.candidate.score))"
                }
                return label + "found written as \(both.candidate.source) → \(both.candidate.target)"
            }
            let sourceLinks = analysis.scored.filter { $0.sourceKey == sourceKey }.prefix(3).map(\.candidate.target)
            let targetLinks = analysis.scored.filter { $0.targetKey == targetKey }.prefix(3).map(\.candidate.source)
            return label + "never linked; \(sourceLanguage) side linked to [\(sourceLinks.joined(separator: "; "))], "
                + "\(targetLanguage) side to [\(targetLinks.joined(separator: "; "))]"
        }
    }
}
