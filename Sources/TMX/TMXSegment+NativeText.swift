extension TMXSegment {
    /// The segment as the original document had it: text, with the native codes of `bpt`, `ept`,
    /// `it`, `ph` and `ut` put back (their `sub` flows included) and `hi` reduced to its text.
    ///
    /// `escapingText` escapes the text (not the codes) for the original format, e.g.
    /// ``htmlEscaped(_:)`` when the memory's `datatype` is `html`.
    public func nativeText(escapingText escape: (String) -> String = { $0 }) -> String {
        var result = ""
        func visit(_ content: [TMXInline], inCode: Bool) {
            for piece in content {
                switch piece {
                case .text(let text): result += inCode ? text : escape(text)
                case .element(let element):
                    switch element.kind {
                    case .hi, nil: visit(element.content, inCode: inCode)
                    case .sub: visit(element.content, inCode: false)
                    default: visit(element.content, inCode: true)
                    }
                }
            }
        }
        visit(content, inCode: false)
        return result
    }

    /// `text` with `&`, `<`, `>` and `"` escaped for HTML.
    public static func htmlEscaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
