import Foundation

/// Splits text into sentences with SRX rules (Bitext's own rules by default).
///
/// ```swift
/// let segmenter = Segmenter()
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
        let units = Self.utf16Units(of: text)
        guard !units.isEmpty else { return [] }
        let breaks = compiled.breaks(in: units, string: text)
        var sentences: [Sentence] = []
        // Walk the text once: scalar offsets and string indices advance with the UTF-16 offsets.
        var scalarOffset = 0
        var counted = 0
        var index = text.utf16.startIndex
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
            let lowerIndex = text.utf16.index(index, offsetBy: lower - counted)
            let upperIndex = text.utf16.index(lowerIndex, offsetBy: upper - lower)
            sentences.append(Sentence(
                text: String(text[lowerIndex..<upperIndex]),
                range: scalarOffset..<(scalarOffset + length),
                utf16Range: lower..<upper))
            scalarOffset += length
            counted = upper
            index = upperIndex
        }
        return sentences
    }

    /// The UTF-16 code units of `text`, transcoded from its UTF-8 bytes in one tight loop.
    static func utf16Units(of text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { bytes in
            var units = [UInt16]()
            units.reserveCapacity(bytes.count)
            var i = 0
            let count = bytes.count
            while i < count {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    units.append(UInt16(b0)); i += 1
                } else if b0 < 0xE0 {
                    units.append(UInt16((b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F)); i += 2
                } else if b0 < 0xF0 {
                    units.append(UInt16((b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F))
                    i += 3
                } else {
                    let scalar = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
                        | (UInt32(bytes[i + 2]) & 0x3F) << 6 | UInt32(bytes[i + 3]) & 0x3F
                    let value = scalar - 0x10000
                    units.append(UInt16(0xD800 + (value >> 10)))
                    units.append(UInt16(0xDC00 + (value & 0x3FF)))
                    i += 4
                }
            }
            return units
        }
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
