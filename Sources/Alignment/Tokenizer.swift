/// Splits text into word tokens: maximal runs of letters (with combining marks) or of digits.
enum Tokenizer {
    /// Calls `body` with each token of `text`, in order.
    static func forEachToken(in text: String, _ body: (Substring) -> Void) {
        var start: String.Index?
        var startIsDigit = false
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let scalar = scalars[index]
            let isDigit: Bool, isLetter: Bool
            if scalar.value < 0x80 {
                isDigit = scalar.value >= 48 && scalar.value <= 57
                isLetter = (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122
            } else {
                isDigit = scalar.properties.numericType == .decimal
                isLetter = !isDigit && (scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark)
            }
            if isDigit || isLetter {
                if let s = start, startIsDigit != isDigit {
                    body(text[s..<index])
                    start = index
                } else if start == nil {
                    start = index
                }
                startIsDigit = isDigit
            } else if let s = start {
                body(text[s..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let s = start { body(text[s..<text.endIndex]) }
    }

    /// The number of characters that are not whitespace (the length measure of Gale and Church).
    static func length(of text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                if scalar.value > 32 && scalar.value != 127 { count += 1 }
            } else if !scalar.properties.isWhitespace {
                count += 1
            }
        }
        return count
    }
}
