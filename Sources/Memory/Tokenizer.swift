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

    /// The keys of the scored tokens of `text` (what the index stores), the same as those of
    /// ``tokens(of:)`` but read straight from the UTF-8 bytes: no ranges, no allocation per token.
    public static func keys(of text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { bytes in
            var keys: [UInt32] = []
            keys.reserveCapacity(bytes.count / 5)
            let count = bytes.count
            @inline(__always) func decode(_ offset: Int) -> (Unicode.Scalar, Int) {
                let b0 = UInt32(bytes[offset])
                if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
                if b0 < 0xE0, offset + 1 < count {
                    return (Unicode.Scalar(((b0 & 0x1F) << 6) | (UInt32(bytes[offset + 1]) & 0x3F)) ?? "\u{FFFD}", 2)
                }
                if b0 < 0xF0, offset + 2 < count {
                    let value = ((b0 & 0x0F) << 12) | ((UInt32(bytes[offset + 1]) & 0x3F) << 6) | (UInt32(bytes[offset + 2]) & 0x3F)
                    return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
                }
                if offset + 3 < count {
                    let value = ((b0 & 0x07) << 18) | ((UInt32(bytes[offset + 1]) & 0x3F) << 12)
                        | ((UInt32(bytes[offset + 2]) & 0x3F) << 6) | (UInt32(bytes[offset + 3]) & 0x3F)
                    return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
                }
                return ("\u{FFFD}", count - offset)
            }
            var offset = 0
            while offset < count {
                let (scalar, length) = decode(offset)
                if scalar == tagScalar {
                    keys.append(tagKey)
                    offset += length
                } else if isDigit(scalar) {
                    offset += length
                    while offset < count {
                        let (current, currentLength) = decode(offset)
                        if isWordScalar(current) {
                            offset += currentLength
                        } else if isNumberSeparator(current), offset + currentLength < count,
                                  isDigit(decode(offset + currentLength).0) {
                            offset += currentLength
                        } else {
                            break
                        }
                    }
                    keys.append(numberKey)
                } else if isWordScalar(scalar) {
                    var hash: UInt32 = 2_166_136_261
                    while offset < count {
                        let (current, currentLength) = decode(offset)
                        guard isWordScalar(current) else { break }
                        mix(&hash, current)
                        offset += currentLength
                    }
                    if hash == numberKey || hash == tagKey { hash &+= 1 }
                    keys.append(hash)
                } else {
                    offset += length
                }
            }
            return keys
        }
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
        } else if value >= 0xC0, value <= 0xDE, value != 0xD7 {
            hash = (hash ^ (value + 0x20)) &* 16_777_619 // Latin-1 capitals
        } else if value < 0x250 && !scalar.properties.changesWhenLowercased {
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
