/// What the model knows about the sentences of one version: lengths and content words.
struct SideFeatures: Sendable {
    /// Non-whitespace characters per sentence.
    var lengths: [Double]
    /// Content tokens (vocabulary ids, repeated) per sentence.
    var tokens: [[Int32]]
    /// Total weight of the content tokens per sentence.
    var weights: [Double]
    /// Folded word of each vocabulary id.
    var vocabulary: [String]
    /// Vocabulary id of each folded word.
    var ids: [String: Int32]
    /// Evidence weight of each vocabulary id (numbers count double).
    var tokenWeight: [Float]
    /// Whether a vocabulary id is a number.
    var isNumber: [Bool]
    /// The language of the version, given or guessed from its function words.
    var language: String?
    /// Whether each sentence's first letter or digit is a lowercase letter: most likely the rest of
    /// the sentence before it (a line break of the print, a split at a colon).
    var continues: [Bool]

    var count: Int { lengths.count }

    init(sentences: [String], language givenLanguage: String?) {
        var ids: [String: Int32] = [:]
        var vocabulary: [String] = []
        var rawIDs: [Substring: Int32] = [:]
        var all: [[Int32]] = []
        all.reserveCapacity(sentences.count)
        lengths = sentences.map { Double(Tokenizer.length(of: $0)) }
        continues = sentences.map { sentence in
            guard let first = TermAnchors.unmarked(sentence).unicodeScalars.first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
            else { return false }
            return first.properties.isLowercase
        }
        var frequency: [Int] = []
        for sentence in sentences {
            var row: [Int32] = []
            Tokenizer.forEachToken(in: sentence) { raw in
                let id: Int32
                if let known = rawIDs[raw] {
                    id = known
                } else {
                    let folded = Lexicon.fold(raw)
                    if let existing = ids[folded] {
                        id = existing
                    } else {
                        id = Int32(vocabulary.count)
                        vocabulary.append(folded)
                        ids[folded] = id
                        frequency.append(0)
                    }
                    rawIDs[raw] = id
                }
                frequency[Int(id)] += 1
                row.append(id)
            }
            all.append(row)
        }
        // Guess the language from the 300 most frequent words.
        let frequent = vocabulary.indices.sorted { frequency[$0] > frequency[$1] }.prefix(300)
        var sample: [String] = []
        for index in frequent { sample += Array(repeating: vocabulary[index], count: min(frequency[index], 1000)) }
        let language = givenLanguage ?? FunctionWords.guessLanguage(foldedTokens: sample)
        let functionWords = language.flatMap { FunctionWords.lists[$0] } ?? []

        isNumber = vocabulary.map { $0.unicodeScalars.first?.properties.numericType == .decimal }
        let isNumber = self.isNumber
        tokenWeight = vocabulary.indices.map { isNumber[$0] ? 2 : 1 }
        let isContent = vocabulary.indices.map { index in
            isNumber[index] || (vocabulary[index].count > 1 && !functionWords.contains(vocabulary[index]))
        }
        tokens = all.map { $0.filter { isContent[Int($0)] } }
        let tokenWeight = self.tokenWeight
        weights = tokens.map { $0.reduce(0) { $0 + Double(tokenWeight[Int($1)]) } }
        self.vocabulary = vocabulary
        self.ids = ids
        self.language = language
    }
}
