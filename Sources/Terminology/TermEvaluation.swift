/// Scores term candidates against a gold list of bilingual terms: precision of the top candidates and
/// recall of the gold pairs over all candidates. A candidate is right when both its terms equal a gold
/// pair's after case, accent, apostrophe and whitespace normalisation (``TermNormalizer/key(_:)``).
public struct TermEvaluation: Sendable {
    /// How many candidates were scored.
    public var candidateCount: Int
    /// How many gold pairs there are (distinct after normalisation).
    public var goldCount: Int
    /// The cut-off for precision (50).
    public var cutoff: Int
    /// Right candidates among the first `cutoff`, divided by `min(cutoff, candidateCount)`.
    public var precisionAtCutoff: Double
    /// Gold pairs found among all candidates, divided by `goldCount`.
    public var recall: Double
    /// The gold pairs no candidate matched.
    public var missed: [(source: String, target: String)]
    /// The wrong candidates among the first `cutoff`.
    public var wrongTop: [TermCandidate]

    /// Scores `candidates` (best first) against `gold`.
    public init(candidates: [TermCandidate], gold: [(source: String, target: String)], cutoff: Int = 50) {
        let goldKeys = Set(gold.map { TermNormalizer.key($0.source) + "\t" + TermNormalizer.key($0.target) })
        func key(_ candidate: TermCandidate) -> String {
            TermNormalizer.key(candidate.source) + "\t" + TermNormalizer.key(candidate.target)
        }
        let top = candidates.prefix(cutoff)
        self.candidateCount = candidates.count
        self.goldCount = goldKeys.count
        self.cutoff = cutoff
        let right = top.filter { goldKeys.contains(key($0)) }.count
        self.precisionAtCutoff = top.isEmpty ? 0 : Double(right) / Double(top.count)
        let found = Set(candidates.map(key)).intersection(goldKeys)
        self.recall = goldKeys.isEmpty ? 0 : Double(found.count) / Double(goldKeys.count)
        var reported: Set<String> = []
        self.missed = gold.filter { pair in
            let pairKey = TermNormalizer.key(pair.source) + "\t" + TermNormalizer.key(pair.target)
            return !found.contains(pairKey) && reported.insert(pairKey).inserted
        }
        self.wrongTop = top.filter { !goldKeys.contains(key($0)) }
    }
}
