/// Word-to-word scores of a ``WordLexicon`` remembered across the units of one extraction: the same
/// word pairs meet in many units, and a score (spelling, cognates, dictionary) is costly to compute.
/// Words are interned to integer ids once per distinct text, so that a pair is looked up by one integer.
struct WordScores {
    private var sourceIDs: [String: Int] = [:]
    private var targetIDs: [String: Int] = [:]
    /// Scores by `source id << 32 | target id`.
    private var known: [Int: Double] = [:]
    /// The words as the lexicon reads them, by id, looked up at their first score.
    private var sourceWords: [WordLexicon.Word?] = [], targetWords: [WordLexicon.Word?] = []

    /// The id of a source word.
    mutating func sourceID(_ word: String) -> Int { Self.id(word, &sourceIDs) }

    /// The id of a target word.
    mutating func targetID(_ word: String) -> Int { Self.id(word, &targetIDs) }

    private static func id(_ word: String, _ ids: inout [String: Int]) -> Int {
        if let id = ids[word] { return id }
        let id = ids.count
        ids[word] = id
        return id
    }

    /// `lexicon.score(source, target)` of the words with these ids, computed once per pair.
    mutating func score(_ sourceID: Int, _ targetID: Int, _ source: String, _ target: String, _ lexicon: WordLexicon) -> Double {
        let pair = sourceID << 32 | targetID
        if let score = known[pair] { return score }
        if sourceWords.count <= sourceID { sourceWords += Array(repeating: nil, count: sourceID + 1 - sourceWords.count) }
        if targetWords.count <= targetID { targetWords += Array(repeating: nil, count: targetID + 1 - targetWords.count) }
        if sourceWords[sourceID] == nil { sourceWords[sourceID] = lexicon.sourceWord(source) }
        if targetWords[targetID] == nil { targetWords[targetID] = lexicon.targetWord(target) }
        let score = lexicon.score(sourceWords[sourceID]!, targetWords[targetID]!)
        known[pair] = score
        return score
    }
}
