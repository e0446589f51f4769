import Foundation

/// A bilingual word lexicon: for a source word, the target words it may translate to.
///
/// Words are stored folded (lower case, without diacritics), so `Expédition` matches `expedition`.
/// A lexicon can come from a glossary, from an installed dictd dictionary (``Lexicon/installed(source:target:directory:)``)
/// or be learned by the aligner from the documents themselves.
public struct Lexicon: Sendable, Hashable {
    /// Folded source word → folded target words.
    public private(set) var entries: [String: Set<String>] = [:]

    /// Creates an empty lexicon.
    public init() {}

    /// The number of source words with at least one translation.
    public var count: Int { entries.count }

    /// Adds a translation. Multi-word terms are added word by word when both sides have the same
    /// number of words, and as a pair of their longest words otherwise.
    public mutating func add(source: String, target: String) {
        let sourceWords = Self.words(of: source)
        let targetWords = Self.words(of: target)
        guard !sourceWords.isEmpty, !targetWords.isEmpty else { return }
        if sourceWords.count == targetWords.count {
            for (s, t) in zip(sourceWords, targetWords) { entries[s, default: []].insert(t) }
        } else if let s = sourceWords.max(by: { $0.count < $1.count }),
                  let t = targetWords.max(by: { $0.count < $1.count }) {
            entries[s, default: []].insert(t)
        }
    }

    /// Adds every entry of another lexicon.
    public mutating func merge(_ other: Lexicon) {
        for (word, translations) in other.entries { entries[word, default: []].formUnion(translations) }
    }

    /// The same lexicon read in the other direction (target → source).
    public var reversed: Lexicon {
        var result = Lexicon()
        for (word, translations) in entries {
            for translation in translations { result.entries[translation, default: []].insert(word) }
        }
        return result
    }

    /// The translations of a folded source word.
    public func translations(of foldedWord: String) -> Set<String> { entries[foldedWord] ?? [] }

    /// Lower case without diacritics: the form in which words are compared.
    public static func fold(_ word: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                result.append(value >= 65 && value <= 90 ? Unicode.Scalar(value + 32)! : scalar)
            } else if value < FoldTable.limit {
                result.append(contentsOf: FoldTable.shared[Int(value)])
            } else if scalar.properties.generalCategory != .nonspacingMark {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }

    /// Adds a translation of folded words.
    mutating func insert(source: String, target: String) {
        entries[source, default: []].insert(target)
    }

    /// The folded words (runs of letters or of digits) of a text.
    static func words(of text: String) -> [String] {
        var result: [String] = []
        Tokenizer.forEachToken(in: text) { result.append(fold($0)) }
        return result
    }
}

/// Folded forms of the Latin scalars (below U+0250), computed once with Foundation.
private enum FoldTable {
    static let limit: UInt32 = 0x250
    static let shared: [[Unicode.Scalar]] = (0..<Int(limit)).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return [] }
        if scalar.properties.generalCategory == .nonspacingMark { return [] }
        let folded = String(scalar).lowercased().folding(options: .diacriticInsensitive, locale: nil)
        return Array(folded.unicodeScalars)
    }
}
