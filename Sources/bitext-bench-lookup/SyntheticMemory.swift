import Foundation
import Memory

/// A generated bilingual memory: English and French sentences of realistic lengths (log-normal, median
/// about 20 words) whose words follow Zipf's law over a 60,000-word vocabulary per language, with
/// numbers, commas and full stops. Deterministic for a seed.
struct SyntheticMemory {
    private var random: SplitMix64
    private let english: ZipfVocabulary
    private let french: ZipfVocabulary

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
        english = ZipfVocabulary(size: 60_000, syllables: ["the", "in", "ter", "po", "li", "ce", "na", "tion", "al", "con", "fe", "ren", "mi", "nis", "ter", "of", "for", "an", "sta", "te", "ment", "ri", "ghts", "wo", "men", "se", "cu", "ri", "ty"], seed: seed &+ 1)
        french = ZipfVocabulary(size: 60_000, syllables: ["le", "la", "de", "des", "po", "li", "ce", "na", "tion", "al", "con", "fé", "ren", "mi", "nis", "tre", "droi", "ts", "fem", "mes", "sé", "cu", "ri", "té", "é", "ta", "ment", "qu", "ou"], seed: seed &+ 2)
    }

    /// The number of words of the next sentence.
    private mutating func sentenceLength() -> Int {
        // Box–Muller normal, then log-normal with median e^3 ≈ 20.
        let u1 = max(random.nextDouble(), 1e-12), u2 = random.nextDouble()
        let normal = (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
        return min(max(Int(exp(3.0 + 0.45 * normal)), 3), 90)
    }

    mutating func sentence(_ vocabulary: ZipfVocabulary? = nil, length: Int? = nil) -> String {
        let vocabulary = vocabulary ?? english
        let count = length ?? sentenceLength()
        var words: [String] = []
        words.reserveCapacity(count)
        for position in 0..<count {
            var word: String
            if random.nextDouble() < 0.05 {
                word = String(random.next() % 3000)
            } else {
                word = vocabulary.word(random.nextDouble())
                if position == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            }
            if position < count - 1, random.nextDouble() < 0.07 { word += "," }
            words.append(word)
        }
        return words.joined(separator: " ") + "."
    }

    /// The next unit: an English sentence and a French one about 15 % longer.
    mutating func unit(_ number: Int) -> MemoryUnit {
        let source = sentence()
        let length = Tokenizer.wordCount(of: source)
        let target = sentence(french, length: max(3, length + length / 7))
        return MemoryUnit(id: String(number), variants: [.init(language: "en-GB", text: source), .init(language: "fr-FR", text: target)],
                          document: "release-\(number / 25).docx", date: "2024\(String(format: "%02d", 1 + number % 12))01T120000Z")
    }

    /// A query made from `text`: unchanged, or with up to three words substituted, deleted or inserted.
    mutating func perturb(_ text: String, edits: Int) -> String {
        var words = text.split(separator: " ").map(String.init)
        for _ in 0..<edits where words.count > 2 {
            let position = Int(random.next() % UInt64(words.count - 1))
            switch random.next() % 3 {
            case 0: words[position] = english.word(random.nextDouble())
            case 1: words.remove(at: position)
            default: words.insert(english.word(random.nextDouble()), at: position)
            }
        }
        return words.joined(separator: " ")
    }

    mutating func next(below bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
}

/// Words ranked by frequency, drawn with probability ∝ 1 / rank.
struct ZipfVocabulary {
    private let words: [String]
    private let cumulative: [Double]

    init(size: Int, syllables: [String], seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var seen = Set<String>()
        var words: [String] = []
        while words.count < size {
            // Frequent words are short, rare words long.
            let count = 1 + Int(log2(Double(words.count + 2)) / 4) + Int(random.next() % 2)
            let word = (0..<count).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }.joined()
            if seen.insert(word).inserted { words.append(word) }
        }
        self.words = words
        var total = 0.0
        cumulative = (1...size).map { rank in
            total += 1 / Double(rank)
            return total
        }.map { $0 / total }
    }

    func word(_ uniform: Double) -> String {
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < uniform { low = middle + 1 } else { high = middle }
        }
        return words[low]
    }
}

/// A small deterministic random generator.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func nextDouble() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
