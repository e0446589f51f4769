import Alignment
/// How strongly two words translate each other inside a memory: IBM Model 1 translation
/// probabilities learned from the aligned units in both directions, and spelling similarity
/// (`terrorisme`/`terrorism`, `Secrétaire`/`Secretary`) for the words the memory is too small to teach.
struct WordLexicon {
    private var forward: TranslationTable
    private var backward: TranslationTable
    /// Dictionary translations of the memory's words (folded), both directions.
    private var listedTargets: [String: Set<String>] = [:]
    private var listedSources: [String: Set<String>] = [:]

    /// The most units Model 1 is trained on.
    static let maximumTrainingUnits = 5000

    /// Learns from units given as their content words (folded), source and target.
    init(
        pairs: [(source: [String], target: [String])], iterations: Int = 5,
        dictionary: DictdDictionary? = nil, reverseDictionary: DictdDictionary? = nil
    ) {
        // Entries are looked up once per word of the memory, not once per word pair.
        if let dictionary {
            for word in Set(pairs.flatMap(\.source)) {
                let translations = dictionary.translations(of: word)
                if !translations.isEmpty { listedTargets[word] = Set(translations) }
            }
        }
        if let reverseDictionary {
            for word in Set(pairs.flatMap(\.target)) {
                let translations = reverseDictionary.translations(of: word)
                if !translations.isEmpty { listedSources[word] = Set(translations) }
            }
        }
        // Model 1's table grows with the word pairs that meet in a unit: large memories are sampled
        // evenly down to `maximumTrainingUnits` units.
        let step = max(1, pairs.count / Self.maximumTrainingUnits)
        let training = step == 1 ? pairs : stride(from: 0, to: pairs.count, by: step).map { pairs[$0] }
        forward = TranslationTable(training.map { ($0.source, $0.target) }, iterations: iterations)
        backward = TranslationTable(training.map { ($0.target, $0.source) }, iterations: iterations)
    }

    /// A word with what the lexicon knows of it, looked up once: its ids in the two tables (as a
    /// source word of one, a target word of the other) and its dictionary translations.
    struct Word {
        var text: String
        var forwardID: Int32?
        var backwardID: Int32?
        var listed: Set<String>?
    }

    /// Whether a dictionary lists a word of the memory (folded, singular) in either direction:
    /// a word of the language rather than a name (`Noble`, `Canada` are listed; `Toews` is not).
    func isListed(_ word: String) -> Bool { listedTargets[word] != nil || listedSources[word] != nil }

    /// A source word as ``score(_:_:)-(Word,Word)`` reads it.
    func sourceWord(_ text: String) -> Word {
        Word(text: text, forwardID: forward.sourceID(text), backwardID: backward.targetID(text), listed: listedTargets[text])
    }

    /// A target word as ``score(_:_:)-(Word,Word)`` reads it.
    func targetWord(_ text: String) -> Word {
        Word(text: text, forwardID: forward.targetID(text), backwardID: backward.sourceID(text), listed: listedSources[text])
    }

    /// The association of a source word and a target word, 0…1.
    func score(_ source: String, _ target: String) -> Double {
        score(sourceWord(source), targetWord(target))
    }

    /// The association of a source word and a target word, 0…1, from their looked-up forms.
    func score(_ source: Word, _ target: Word) -> Double {
        let learned = max(forward[source.forwardID, target.forwardID] ?? 0, backward[target.backwardID, source.backwardID] ?? 0).squareRoot()
        return max(
            learned, Self.spelling(source.text, target.text), Self.cognate(source.text, target.text), listed(source, target),
            Self.hyphenPart(source.text, target.text))
    }

    /// How much a word written with a hyphen scores from one of its parts (`non-governmental`).
    static let partWeight = 0.85

    /// Spelling evidence between one word and a part of a hyphenated one (`non` and `gouvernemental`
    /// in `non-governmental`, `Qaeda` in `Al-Qaïda`), lowered by ``partWeight``; 0 without a hyphen.
    static func hyphenPart(_ source: String, _ target: String) -> Double {
        let hyphen = UInt8(ascii: "-")
        let sourceHyphenated = source.utf8.contains(hyphen), targetHyphenated = target.utf8.contains(hyphen)
        guard sourceHyphenated != targetHyphenated else { return 0 }
        let (whole, other) = sourceHyphenated ? (source, target) : (target, source)
        var best = 0.0
        for part in whole.split(separator: "-") where part.count >= 2 {
            let part = String(part)
            best = max(best, spelling(part, other), cognate(part, other))
        }
        return partWeight * best
    }

    /// Dictionary evidence: a listed translation, or one spelled like it (`fire` in `firearm`).
    private func listed(_ sourceWord: Word, _ targetWord: Word) -> Double {
        let source = sourceWord.text, target = targetWord.text
        var best = 0.0
        for translation in sourceWord.listed ?? [] {
            best = max(best, translation == target ? 0.9 : 0.9 * Self.spelling(translation, target))
        }
        for translation in targetWord.listed ?? [] {
            best = max(best, translation == source ? 0.9 : 0.9 * Self.spelling(translation, source))
        }
        return best
    }

    /// Looser spelling similarity for names and borrowed words the prefix test misses (`Liban`/`lebanon`,
    /// `trafiquant`/`trafficker`, `Abou`/`Abu`): same first letter and a longest common subsequence of at
    /// least 55 % of the longer word; 0.63…0.9.
    static func cognate(_ a: String, _ b: String) -> Double {
        if Self.startDifferently(a, b) { return 0 }
        let a = Array(a), b = Array(b)
        guard a.count >= 3, b.count >= 3, a.first == b.first, a.allSatisfy(\.isLetter), b.allSatisfy(\.isLetter) else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var current = [0]
            for (j, y) in b.enumerated() { current.append(x == y ? previous[j] + 1 : max(previous[j + 1], current[j])) }
            previous = current
        }
        let ratio = Double(previous[b.count]) / Double(max(a.count, b.count))
        return ratio >= 0.55 ? 0.3 + 0.6 * ratio : 0
    }

    /// `a` without hyphens and `'s` (`co-operation` → `cooperation`); the word itself when it has neither.
    private static func withoutHyphens(_ word: String) -> String {
        guard word.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }) else { return word }
        // Hyphens first, then `'s` left to right (what two `replacingOccurrences` did, without Foundation).
        let scalars = word.unicodeScalars.filter { $0 != "-" }
        var kept = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if scalars[index] == "'", next < scalars.endIndex, scalars[next] == "s" {
                index = scalars.index(after: next)
                continue
            }
            kept.append(scalars[index])
            index = next
        }
        return String(kept)
    }

    /// Whether two words surely start with different characters: both start with different ASCII
    /// bytes (an ASCII letter stays the first scalar of its character in any normalisation).
    private static func startDifferently(_ a: String, _ b: String) -> Bool {
        guard let x = a.utf8.first, let y = b.utf8.first else { return false }
        return x != y && x < 0x80 && y < 0x80
    }

    /// Spelling similarity: 1 for the same word, else a shared prefix of at least four letters
    /// covering most of the shorter word (`coopération`/`co-operation` once hyphens are dropped).
    static func spelling(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        // Hyphens and `'s` are dropped, so two words starting with different letters stay different.
        if Self.startDifferently(a, b), a.utf8.first!.isLetter, b.utf8.first!.isLetter { return 0 }
        let a = Self.withoutHyphens(a), b = Self.withoutHyphens(b)
        if a == b || Self.startDifferently(a, b) { return a == b ? 1 : 0 }
        let common = zip(a, b).prefix { $0 == $1 }.count
        let shorter = min(a.count, b.count), longer = max(a.count, b.count)
        guard common >= 4, Double(common) >= 0.6 * Double(shorter) else { return 0 }
        return 0.5 + 0.4 * Double(common) / Double(longer)
    }
}

private extension UInt8 {
    /// Whether the byte is an ASCII letter.
    var isLetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
