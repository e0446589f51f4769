/// Splits text into ``TermToken``s: words keep their inner hyphens, dots of acronyms (`B.C.N.`) and
/// possessive `’s`; French elisions (`d’`, `l’`, `qu’`) become tokens of their own.
public enum TermTokenizer {
    private static let elisions: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]

    /// The tokens of `text`; whitespace is dropped.
    public static func tokens(_ text: String) -> [TermToken] {
        var tokens: [TermToken] = []
        var index = text.startIndex
        func isApostrophe(_ character: Character) -> Bool { character == "'" || character == "’" || character == "ʼ" }
        func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
                continue
            }
            guard isWordCharacter(character) else {
                let next = text.index(after: index)
                tokens.append(make(text, index..<next, isWord: false))
                index = next
                continue
            }
            if let acronym = acronymEnd(text, from: index) {
                tokens.append(make(text, index..<acronym, isWord: true))
                index = acronym
                continue
            }
            var end = index
            while end < text.endIndex {
                let current = text[end]
                if isWordCharacter(current) {
                    end = text.index(after: end)
                    continue
                }
                let next = text.index(after: end)
                let followedByWord = next < text.endIndex && isWordCharacter(text[next])
                if (current == "-" || current == "‑") && followedByWord {
                    // An acronym before a lower-case word is a word of its own (`EU-funded`,
                    // `INTERPOL-led`); names keep their hyphens (`Al-Qaïda`, `Proche-Orient`).
                    if text[next].isLowercase, isAcronym(text[index..<end]) { break }
                    end = next
                } else if isApostrophe(current) {
                    let word = TermNormalizer.fold(String(text[index..<end]))
                    if elisions.contains(word) {
                        // `d’INTERPOL`: the elided word and its apostrophe are one token.
                        end = next
                        break
                    } else if followedByWord {
                        end = next
                    } else {
                        break
                    }
                } else {
                    break
                }
            }
            tokens.append(make(text, index..<end, isWord: true))
            index = end
        }
        return tokens
    }

    /// Whether `word` is two or more upper-case letters and nothing else (`EU`, `INTERPOL`).
    private static func isAcronym(_ word: Substring) -> Bool {
        word.count >= 2 && word.allSatisfy { $0.isUppercase }
    }

    /// The end of an acronym written with dots (`B.C.N.`, `U.N.`) starting at `start`, if one does.
    private static func acronymEnd(_ text: String, from start: String.Index) -> String.Index? {
        var index = start, letters = 0
        while index < text.endIndex, text[index].isUppercase {
            let dot = text.index(after: index)
            guard dot < text.endIndex, text[dot] == "." else { break }
            index = text.index(after: dot)
            letters += 1
        }
        return letters >= 2 ? index : nil
    }

    private static func make(_ text: String, _ range: Range<String.Index>, isWord: Bool) -> TermToken {
        let raw = String(text[range])
        return TermToken(text: raw, range: range, key: TermNormalizer.fold(raw), isWord: isWord)
    }
}
