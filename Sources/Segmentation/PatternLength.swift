/// The longest text (in UTF-16 units) an ICU pattern can match, or nil when unbounded.
///
/// Used to search a rule's `beforebreak` only in the few characters before a position that a
/// match can span, instead of a fixed window. Look-arounds and anchors count 0; classes, `.`
/// and properties count 2 (a character outside the BMP).
struct PatternLength {
    private let s: [Unicode.Scalar]
    private var i = 0

    static func maximum(of pattern: String) -> Int? {
        var parser = PatternLength(s: Array(pattern.unicodeScalars))
        let length = parser.alternation()
        return parser.i >= parser.s.count ? length : nil
    }

    private init(s: [Unicode.Scalar]) { self.s = s }

    private mutating func alternation() -> Int? {
        var best: Int? = 0
        while true {
            let length = sequence()
            if let b = best, let l = length { best = max(b, l) } else { best = nil }
            if i < s.count, s[i] == "|" { i += 1; continue }
            return best
        }
    }

    private mutating func sequence() -> Int? {
        var total: Int? = 0
        while i < s.count, s[i] != "|", s[i] != ")" {
            var length = atom()
            length = quantified(length)
            if let t = total, let l = length { total = t + l } else { total = nil }
        }
        return total
    }

    private mutating func quantified(_ length: Int?) -> Int? {
        guard i < s.count else { return length }
        var result = length
        switch s[i] {
        case "?": i += 1
        case "*", "+": i += 1; result = nil
        case "{":
            guard let close = s[i...].firstIndex(of: "}") else { return nil }
            let body = String(String.UnicodeScalarView(s[(i + 1)..<close]))
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            i = close + 1
            if parts.count == 1, let n = Int(parts[0]) { result = length.map { $0 * n } }
            else if parts.count == 2, let m = Int(parts[1]) { result = length.map { $0 * m } }
            else { result = nil }
        default:
            return length
        }
        if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }  // lazy or possessive
        return result
    }

    private mutating func atom() -> Int? {
        let c = s[i]
        switch c {
        case "(":
            i += 1
            var zeroWidth = false
            if i < s.count, s[i] == "?" {
                i += 1
                if i < s.count, s[i] == "=" || s[i] == "!" { zeroWidth = true; i += 1 }
                else if i + 1 < s.count, s[i] == "<", s[i + 1] == "=" || s[i + 1] == "!" { zeroWidth = true; i += 2 }
                else {
                    // (?:  (?i)  (?i:  (?<name>  (?>
                    while i < s.count, s[i] != ":", s[i] != ")", s[i] != ">" { i += 1 }
                    if i < s.count, s[i] == ")" { i += 1; return 0 }
                    i += 1
                }
            }
            let inner = alternation()
            if i < s.count, s[i] == ")" { i += 1 } else { i = s.count + 1; return nil }
            return zeroWidth ? 0 : inner
        case "[":
            var depth = 0
            while i < s.count {
                if s[i] == "\\" { i += 2; continue }
                if s[i] == "[" { depth += 1 } else if s[i] == "]" { depth -= 1; if depth == 0 { i += 1; break } }
                i += 1
            }
            return 2
        case "\\":
            guard i + 1 < s.count else { i += 1; return 1 }
            let e = s[i + 1]
            i += 2
            switch e {
            case "Q":
                var n = 0
                while i < s.count, !(s[i] == "\\" && i + 1 < s.count && s[i + 1] == "E") { n += s[i].utf16.count; i += 1 }
                i += 2
                return n
            case "p", "P", "N", "x":
                if i < s.count, s[i] == "{", let close = s[i...].firstIndex(of: "}") { i = close + 1 }
                else if e == "x" { i += 2 }
                return 2
            case "u": i += 4; return 1
            case "b", "B", "A", "z", "Z", "G": return 0
            case "R": return 2
            case "X", "k": return nil
            default:
                if ("1"..."9").contains(e) { return nil }
                return 2
            }
        case "^", "$":
            i += 1
            return 0
        default:
            i += 1
            return c == "." ? 2 : c.utf16.count
        }
    }
}
