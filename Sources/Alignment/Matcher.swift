/// Decides which source and target words count as translations of each other: identical words
/// (names, numbers, acronyms, URLs), cognates (a shared prefix of four letters), and lexicon entries.
///
/// Target words are keyed (their id, and a cognate-prefix key); each source word lists the keys it
/// matches. A source word matches a target sentence when one of its keys is among the sentence's.
///
/// Graded links (IBM Model 1's translation probabilities, ``TranslationModel/links(floor:perWord:minimumCooccurrences:scale:)``)
/// add partial matches: a word not matched outright matches a sentence with the strength of its strongest
/// link to one of the sentence's words (a strength in (0, 1]; a match outright is 1).
struct Matcher: Sendable {
    /// Keys of each target vocabulary id.
    var targetKeys: [[Int32]]
    /// Keys each source vocabulary id matches.
    var sourceCandidates: [[Int32]]
    /// Size of the key space.
    var keyCount: Int
    /// Graded links of each source vocabulary id: target vocabulary ids and their strengths.
    var gradedTargets: [[Int32]]
    var gradedStrengths: [[Float]]
    /// Whether any source word has a graded link.
    var isGraded: Bool

    static let prefixLength = 4
    static let minimumCognateLength = 5

    init(source: SideFeatures, target: SideFeatures, lexicon: Lexicon, learned: [Int32: [Int32]] = [:],
         graded: [Int32: [(target: Int32, strength: Float)]] = [:]) {
        isGraded = !graded.isEmpty
        gradedTargets = isGraded ? source.vocabulary.indices.map { graded[Int32($0)]?.map(\.target) ?? [] } : []
        gradedStrengths = isGraded ? source.vocabulary.indices.map { graded[Int32($0)]?.map { min(1, $0.strength) } ?? [] } : []
        var prefixIDs: [Substring: Int32] = [:]
        var keyCount = target.vocabulary.count
        targetKeys = target.vocabulary.indices.map { index in
            let word = target.vocabulary[index]
            var keys: [Int32] = [Int32(index)]
            if !target.isNumber[index], word.count >= Self.minimumCognateLength {
                let prefix = word.prefix(Self.prefixLength)
                if let id = prefixIDs[prefix] {
                    keys.append(id)
                } else {
                    prefixIDs[prefix] = Int32(keyCount)
                    keys.append(Int32(keyCount))
                    keyCount += 1
                }
            }
            return keys
        }
        self.keyCount = keyCount
        var targetByStem: [String: [Int32]] = [:]
        for (index, word) in target.vocabulary.enumerated() where !target.isNumber[index] {
            targetByStem[Self.stem(word), default: []].append(Int32(index))
        }
        sourceCandidates = source.vocabulary.indices.map { index in
            let word = source.vocabulary[index]
            var keys: [Int32] = []
            if let same = target.ids[word], source.isNumber[index] || word.count >= 3 { keys.append(same) }
            if !source.isNumber[index], word.count >= Self.minimumCognateLength,
               let prefix = prefixIDs[word.prefix(Self.prefixLength)] {
                keys.append(prefix)
            }
            if !source.isNumber[index], !lexicon.entries.isEmpty {
                var translations = lexicon.translations(of: word)
                if translations.isEmpty {
                    for form in Self.lemmaCandidates(of: word) { translations.formUnion(lexicon.translations(of: form)) }
                }
                for translation in translations {
                    for id in targetByStem[Self.stem(translation)] ?? [] where !keys.contains(id) { keys.append(id) }
                }
            }
            for id in learned[Int32(index)] ?? [] where !keys.contains(id) { keys.append(id) }
            return keys
        }
    }

    /// The weight of the matched words of two groups of sentences (content tokens, repeated), each word
    /// counting its strongest match in the other group (1 outright, else its strongest graded link), and
    /// their total weight.
    func matches(source: [[Int32]], target: [[Int32]], _ sourceSide: SideFeatures,
                 _ targetSide: SideFeatures) -> (matched: Double, total: Double) {
        var targetKeys = Set<Int32>(), candidates = Set<Int32>()
        var targetWords = Set<Int32>(), gradedTarget: [Int32: Float] = [:]
        for tokens in target {
            for token in tokens {
                targetKeys.formUnion(self.targetKeys[Int(token)])
                if isGraded { targetWords.insert(token) }
            }
        }
        for tokens in source {
            for token in tokens {
                candidates.formUnion(sourceCandidates[Int(token)])
                guard isGraded else { continue }
                for (k, word) in gradedTargets[Int(token)].enumerated() {
                    gradedTarget[word] = max(gradedTarget[word] ?? 0, gradedStrengths[Int(token)][k])
                }
            }
        }
        var matched = 0.0, total = 0.0
        for tokens in source {
            for token in tokens {
                let weight = Double(sourceSide.tokenWeight[Int(token)])
                total += weight
                if sourceCandidates[Int(token)].contains(where: targetKeys.contains) {
                    matched += weight
                } else if isGraded {
                    var best: Float = 0
                    for (k, word) in gradedTargets[Int(token)].enumerated() where targetWords.contains(word) {
                        best = max(best, gradedStrengths[Int(token)][k])
                    }
                    matched += weight * Double(best)
                }
            }
        }
        for tokens in target {
            for token in tokens {
                let weight = Double(targetSide.tokenWeight[Int(token)])
                total += weight
                matched += self.targetKeys[Int(token)].contains(where: candidates.contains)
                    ? weight : weight * Double(gradedTarget[token] ?? 0)
            }
        }
        return (matched, total)
    }

    private static let suffixes = ["ungen", "en", "es", "er", "em", "e", "s", "n", "x"]

    /// A crude stem for matching inflected forms: the word without one common inflectional ending.
    static func stem(_ word: String) -> String {
        guard word.count >= 5 else { return word }
        for suffix in suffixes where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    /// Forms a dictionary may list an inflected word under.
    static func lemmaCandidates(of word: String) -> [String] {
        guard word.count >= 4 else { return [] }
        return suffixes.compactMap { suffix in
            word.hasSuffix(suffix) && word.count - suffix.count >= 3 ? String(word.dropLast(suffix.count)) : nil
        }
    }
}
