/// Splits a segment into the tokens the fuzzy scorer and the index compare.
///
/// Inline tags are represented in memory texts by U+FFFC (``Tokenizer/tagCharacter``). Apostrophes
/// split words, so elided articles (`d'`, `l'`) are tokens of their own.
public enum Tokenizer {
    /// The character that stands for one inline tag (`<ph>`, `<bpt>`, …) in a memory text.
    public static let tagCharacter: Character = "\u{FFFC}"
    static let tagScalar: Unicode.Scalar = "\u{FFFC}"

    /// The key of every number token.
    static let numberKey: UInt32 = 0x4E55_4D31
    /// The key of every tag token.
    static let tagKey: UInt32 = 0x5441_4731

    /// The tokens of `text`, punctuation included.
    public static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        scan(text) { kind, range, key in
            tokens.append(Token(kind: kind, range: range, key: key))
        }
        return tokens
    }

    /// The keys of the scored tokens of `text` (what the index stores): no ranges, no allocation per token.
    public static func keys(of text: String) -> [UInt32] {
        var keys: [UInt32] = []
        keys.reserveCapacity(32)
        scan(text) { kind, _, key in
            if kind != .punctuation { keys.append(key) }
        }
        return keys
    }

    /// The number of scored tokens of `text`.
    public static func wordCount(of text: String) -> Int {
        var count = 0
        scan(text) { kind, _, _ in if kind != .punctuation { count += 1 } }
        return count
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if scalar == tagScalar { return false }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.generalCategory == .decimalNumber
    }

    static func isNumberSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ":", "/", "-", "\u{00A0}", "\u{202F}": return true
        default: return false
        }
    }

    /// FNV-1a over the lowercased scalars of a word.
    @inline(__always)
    static func mix(_ hash: inout UInt32, _ scalar: Unicode.Scalar) {
        var value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { value += 0x20 }
            hash = (hash ^ value) &* 16_777_619
        } else {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                hash = (hash ^ lower.value) &* 16_777_619
            }
        }
    }

    static func scan(_ text: String, _ emit: (Token.Kind, Range<String.Index>, UInt32) -> Void) {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        let end = scalars.endIndex
        while index < end {
            let scalar = scalars[index]
            if scalar == tagScalar {
                let next = scalars.index(after: index)
                emit(.tag, index..<next, tagKey)
                index = next
            } else if isDigit(scalar) {
                let start = index
                index = scalars.index(after: index)
                while index < end {
                    let current = scalars[index]
                    if isWordScalar(current) {
                        index = scalars.index(after: index)
                    } else if isNumberSeparator(current) {
                        let next = scalars.index(after: index)
                        guard next < end, isDigit(scalars[next]) else { break }
                        index = next
                    } else {
                        break
                    }
                }
                emit(.number, start..<index, numberKey)
            } else if isWordScalar(scalar) {
                let start = index
                var hash: UInt32 = 2_166_136_261
                while index < end, isWordScalar(scalars[index]) {
                    mix(&hash, scalars[index])
                    index = scalars.index(after: index)
                }
                if hash == numberKey || hash == tagKey { hash &+= 1 }
                emit(.word, start..<index, hash)
            } else if scalar.properties.isWhitespace {
                index = scalars.index(after: index)
            } else {
                let next = scalars.index(after: index)
                emit(.punctuation, index..<next, scalar.value)
                index = next
            }
        }
    }
}
