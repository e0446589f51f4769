/// Recovers the sentences of a bead side from the text a memory stores for it (the aligner joins
/// the sentences of a `1-2` bead with a space). Used only to show the sentences separately: a
/// cut is kept only when the heuristic finds exactly the number of sentences the bead declares.
enum SentenceSplitter {
    /// The sentences of `text`, which should hold `expected` of them; `[text]` when the heuristic
    /// does not find exactly that many.
    static func split(_ text: String, expected: Int) -> [String] {
        guard expected > 1 else { return text.isEmpty ? [] : [text] }
        let pieces = candidates(text)
        return pieces.count == expected ? pieces : [text]
    }

    /// Cuts after `.`, `!`, `?`, `…` (and closing quotes or brackets) followed by white space and
    /// an upper-case letter, a digit or an opening quote.
    static func candidates(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            if ".!?…".contains(characters[index]) {
                var end = index + 1
                while end < characters.count, "\"'»”’)]".contains(characters[end]) { end += 1 }
                var next = end
                while next < characters.count, characters[next].isWhitespace { next += 1 }
                if next > end, next < characters.count, startsSentence(characters[next]) {
                    sentences.append(String(characters[start..<end]))
                    start = next
                    index = next
                    continue
                }
            }
            index += 1
        }
        if start < characters.count {
            sentences.append(String(characters[start...]))
        }
        return sentences
    }

    private static func startsSentence(_ character: Character) -> Bool {
        character.isUppercase || character.isNumber || "\"'«“‘¿¡(".contains(character)
    }
}
