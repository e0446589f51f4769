import Foundation

/// Splits text into words folded as the concordance compares them, like SQLite's
/// `unicode61 remove_diacritics 2` tokenizer: runs of letters and digits, lowercased, accents removed.
/// Apostrophes separate words, so `INTERPOL` is found in `d'INTERPOL`.
enum FoldedTokenizer {
    struct Word: Sendable, Hashable {
        var key: String
        var range: Range<String.Index>
        /// Whether punctuation that ends a phrase (`,` `;` `:` `!` `?` brackets, quotation marks, a full
        /// stop but not that of an initial or a number) stands between this word and the one before: a
        /// rendering never spans it.
        var followsBreak = false
    }

    static func words(of text: String) -> [Word] {
        var words: [Word] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var sawBreak = false
        while index < scalars.endIndex {
            guard isWordScalar(scalars[index]) else {
                let scalar = scalars[index]
                index = scalars.index(after: index)
                if scalar == "." {
                    // A full stop ends a phrase when a space follows and it does not close an initial
                    // (`U.S. Department`, `J. Smith`) or sit inside a number (`2.5`).
                    let spaced = index == scalars.endIndex || scalars[index].properties.isWhitespace
                    if spaced, (words.last?.key.count ?? 0) > 1 { sawBreak = true }
                } else if Self.breaks.contains(scalar) {
                    sawBreak = true
                }
                continue
            }
            let start = index
            var key = String.UnicodeScalarView()
            while index < scalars.endIndex, isWordScalar(scalars[index]) {
                fold(scalars[index], into: &key)
                index = scalars.index(after: index)
            }
            words.append(Word(key: String(key), range: start..<index, followsBreak: sawBreak && !words.isEmpty))
            sawBreak = false
        }
        return words
    }

    /// Punctuation that ends a phrase (see ``Word/followsBreak``).
    private static let breaks: Set<Unicode.Scalar> = Set(",;:!?()[]{}\"“”«»„‹›".unicodeScalars)

    /// The folded keys of `text`'s words.
    static func keys(of text: String) -> [String] {
        words(of: text).map(\.key)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        Tokenizer.isWordScalar(scalar)
    }

    /// The folded letters of U+00C0…U+00FF (Latin-1 letters with accents), "" where folding needs the
    /// general path (æ, ð, ø, þ, ß, ×, ÷).
    private static let latin1: [String] = Array(
        "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.y").map { $0 == "." ? "" : String($0) }

    private static func fold(_ scalar: Unicode.Scalar, into key: inout String.UnicodeScalarView) {
        let value = scalar.value
        if scalar.isASCII {
            key.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            return
        }
        if value >= 0xC0, value <= 0xFF, let folded = latin1[Int(value - 0xC0)].unicodeScalars.first {
            key.append(folded)
            return
        }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            for part in String(lower).decomposedStringWithCanonicalMapping.unicodeScalars {
                switch part.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: continue
                default: key.append(part)
                }
            }
        }
    }

    /// The ranges in `words` where the sequence `phrase` occurs.
    static func occurrences(of phrase: [String], in words: [Word]) -> [Range<String.Index>] {
        guard !phrase.isEmpty, words.count >= phrase.count else { return [] }
        var ranges: [Range<String.Index>] = []
        for start in 0...(words.count - phrase.count)
        where zip(phrase, words[start..<(start + phrase.count)]).allSatisfy({ $0 == $1.key }) {
            ranges.append(words[start].range.lowerBound..<words[start + phrase.count - 1].range.upperBound)
        }
        return ranges
    }
}
