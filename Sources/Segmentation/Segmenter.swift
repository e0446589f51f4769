import Foundation

/// Splits text into sentences with SRX rules (Bitext's own rules by default).
///
/// ```swift
/// let segmenter = try Segmenter()
/// let sentences = segmenter.segment("M. Dupont est arrivé. Il a parlé.", language: "fr")
/// // ["M. Dupont est arrivé.", "Il a parlé."]
/// ```
/// Rules are compiled once per language and cached; a `Segmenter` can be shared between tasks.
public final class Segmenter: @unchecked Sendable {
    /// The rules in use.
    public let rules: SegmentationRules
    private var cache: [String: CompiledRules] = [:]
    private let lock = NSLock()

    /// Checks that every rule of `rules` compiles; a bad pattern throws with its line.
    public init(rules: SegmentationRules) throws(SegmentationError) {
        self.rules = rules
        for name in rules.ruleLists.keys.sorted() {
            _ = try CompiledRules(rules: rules.ruleLists[name] ?? [], source: rules.source)
        }
    }

    /// A segmenter with Bitext's tuned rules (en, fr, es, de, it, pt, ar and a default).
    public convenience init() {
        // The built-in rules are tested to compile.
        try! self.init(rules: .bitext)
    }

    /// The compiled rules for a language code (`fr`, `en-GB`, `pt_BR`…).
    func compiledRules(forLanguage language: String) -> CompiledRules {
        let key = language.lowercased()
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[key] { return cached }
        // Every list compiled in `init`; combining them in cascade cannot fail on its own.
        let compiled = (try? CompiledRules(rules: rules.rules(forLanguage: key), source: rules.source))
            ?? (try! CompiledRules(rules: [], source: rules.source))
        cache[key] = compiled
        return compiled
    }

    /// The segments of `text` in `language`, with their offsets in `text`. Empty segments
    /// (whitespace only) are left out.
    public func segment(_ text: String, language: String) -> [Sentence] {
        let compiled = compiledRules(forLanguage: language)
        var units: [UInt16] = []
        units.reserveCapacity(text.utf8.count)
        units.append(contentsOf: text.utf16)
        let breaks = compiled.breaks(in: units, string: text)
        var sentences: [Sentence] = []
        var scalarOffset = 0
        var counted = 0
        var start = 0
        for end in breaks + [units.count] {
            defer { start = end }
            var lower = start
            var upper = end
            while lower < upper, Self.isWhitespace(units[lower]) { lower += 1 }
            while upper > lower, Self.isWhitespace(units[upper - 1]) { upper -= 1 }
            guard lower < upper else { continue }
            scalarOffset += Self.scalarCount(units[counted..<lower])
            let length = Self.scalarCount(units[lower..<upper])
            sentences.append(Sentence(
                text: String(decoding: units[lower..<upper], as: UTF16.self),
                range: scalarOffset..<(scalarOffset + length),
                utf16Range: lower..<upper))
            scalarOffset += length
            counted = upper
        }
        return sentences
    }

    /// Segments the blocks of a document one by one, keeping each block's index and kind.
    public func segment<Blocks: Sequence>(blocks: Blocks, language: String) -> [BlockSentence]
    where Blocks.Element == (kind: String, text: String) {
        var result: [BlockSentence] = []
        for (index, block) in blocks.enumerated() {
            for sentence in segment(block.text, language: language) {
                result.append(BlockSentence(blockIndex: index, blockKind: block.kind, sentence: sentence))
            }
        }
        return result
    }

    private static func scalarCount(_ units: ArraySlice<UInt16>) -> Int {
        var count = 0
        for unit in units where !UTF16.isTrailSurrogate(unit) { count += 1 }
        return count
    }

    /// Unicode white space (including no-break spaces) and the byte-order mark.
    static func isWhitespace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
