/// Decides which source and target words count as translations of each other: identical words
/// (names, numbers, acronyms, URLs), cognates (a shared prefix of four letters), and lexicon entries.
///
/// Target words are keyed (their id, and a cognate-prefix key); each source word lists the keys it
/// matches. A source word matches a target sentence when one of its keys is among the sentence's.
struct Matcher: Sendable {
    /// Keys of each target vocabulary id.
    var targetKeys: [[Int32]]
    /// Keys each source vocabulary id matches.
    var sourceCandidates: [[Int32]]
    /// Size of the key space.
    var keyCount: Int

    static let prefixLength = 4
    static let minimumCognateLength = 5

    init(source: SideFeatures, target: SideFeatures, lexicon: Lexicon, learned: [Int32: [Int32]] = [:]) {
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
