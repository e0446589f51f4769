/// Word-to-word scores of a ``WordLexicon`` remembered across the units of one extraction: the same
/// word pairs meet in many units, and a score (spelling, cognates, dictionary) is costly to compute.
struct WordScores {
    private struct Pair: Hashable {
        var source: String
        var target: String
    }

    private var known: [Pair: Double] = [:]

    /// `lexicon.score(source, target)`, computed once per pair.
    mutating func score(_ source: String, _ target: String, _ lexicon: WordLexicon) -> Double {
        let pair = Pair(source: source, target: target)
        if let score = known[pair] { return score }
        let score = lexicon.score(source, target)
        known[pair] = score
        return score
    }
}
