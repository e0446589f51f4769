/// Translates the Java (`java.util.regex`) dialect that SRX files are written in to the ICU dialect
/// of `NSRegularExpression`, so that rules keep their meaning.
///
/// What changes (see `interop/srx/REGEX-SEMANTICS-CHECK.tsv` in the shared data):
/// - `\s`, `\w`, `\d` (and `\S`, `\W`, `\D`) are ASCII-only in Java: `\s` does not match a no-break
///   space, `\w` does not match `é`. They become explicit ASCII classes.
/// - POSIX `\p{Lower}`, `\p{Upper}`, `\p{Alpha}`, `\p{Digit}`, `\p{Alnum}`, `\p{Punct}`, `\p{Space}` are
///   ASCII in Java and become explicit classes too.
/// - `[[:upper:]]` is a nested set of the characters `:upper` in Java (ICU reads a POSIX class).
/// - Unbounded quantifiers inside a look-behind (`(?<=[XVI]+)`) are accepted by Java only; they
///   are bounded to `{0,lookBehindLimit}` / `{1,lookBehindLimit}`.
/// - A bare `}` that closes no quantifier is escaped.
/// - `^` and `$` become "no character before / after", so that they keep meaning the ends of the
///   text when a rule is tried on a window of it.
/// `\Q…\E` quotes are copied verbatim. Everything else (possessive quantifiers, `\p{IsLatin}`,
/// `\p{InGreek}`, `\p{javaLowerCase}`, `\h`, `\R`, `\X`, `\uhhhh`, `\x{…}`) means the same in ICU.
public enum JavaRegex {
    /// The length unbounded quantifiers get inside a look-behind.
    public static let lookBehindLimit = 40

    /// The ICU pattern with the meaning of the Java pattern `pattern`.
    public static func translate(_ pattern: String) -> String {
        var translator = Translator(Array(pattern.unicodeScalars))
        return translator.run()
    }

    static let space = " \\t\\n\\x{0B}\\f\\r"
    static let word = "a-zA-Z_0-9"
    static let digit = "0-9"
    static let notSpace = "\\x{0}-\\x{8}\\x{E}-\\x{1F}\\x{21}-\\x{10FFFF}"
    static let notWord = "\\x{0}-\\x{2F}\\x{3A}-\\x{40}\\x{5B}-\\x{5E}\\x{60}\\x{7B}-\\x{10FFFF}"
    static let notDigit = "\\x{0}-\\x{2F}\\x{3A}-\\x{10FFFF}"

    /// Class contents for Java's ASCII POSIX property names.
    static let posix: [String: String] = [
        "Lower": "a-z", "Upper": "A-Z", "ASCII": "\\x{0}-\\x{7F}", "Alpha": "a-zA-Z", "Digit": "0-9",
        "Alnum": "a-zA-Z0-9", "Punct": "!-/:-@\\[-`{-~", "Graph": "!-~", "Print": " -~",
        "Blank": " \\t", "Cntrl": "\\x{0}-\\x{1F}\\x{7F}", "XDigit": "0-9a-fA-F", "Space": space,
    ]

    private struct Translator {
        let s: [Unicode.Scalar]
        var i = 0
        var out = ""
        /// One entry per open group: whether it is a look-behind (or inside one).
        var groups: [Bool] = []
        var classDepth = 0

        init(_ s: [Unicode.Scalar]) { self.s = s }

        var inLookBehind: Bool { groups.last ?? false }

        /// Whether the scalar before `i` ends a quantifier (so a `+` here is possessive, `?` lazy).
        var followsQuantifier: Bool {
            guard i > 0 else { return false }
            return ["*", "+", "?", "}"].contains(s[i - 1]) && (i < 2 || s[i - 2] != "\\")
        }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            i + offset < s.count ? s[i + offset] : nil
        }

        mutating func run() -> String {
            while i < s.count {
                let c = s[i]
                switch c {
                case "\\": escape()
                case "[":
                    if classDepth > 0, peek(1) == ":" {
                        out += "[\\:"; i += 2
                    } else {
                        out += "["; i += 1
                        if peek() == "^" { out += "^"; i += 1 }
                        // A `]` right after `[` or `[^` is a literal in Java.
                        if peek() == "]" { out += "\\]"; i += 1 }
                    }
                    classDepth += 1
                case "]" where classDepth > 0:
                    classDepth -= 1; out += "]"; i += 1
                case "(" where classDepth == 0:
                    let lookBehind = peek(1) == "?" && peek(2) == "<" && (peek(3) == "=" || peek(3) == "!")
                    groups.append(inLookBehind || lookBehind)
                    out += "("; i += 1
                case ")" where classDepth == 0:
                    if !groups.isEmpty { groups.removeLast() }
                    out += ")"; i += 1
                case "^" where classDepth == 0:
                    // Anchors mean the text's ends, also when a rule looks at a window of it.
                    out += "(?<![\\s\\S])"; i += 1
                case "$" where classDepth == 0:
                    out += "(?![\\s\\S])"; i += 1
                case "{" where classDepth == 0:
                    quantifierBraces()
                case "}" where classDepth == 0:
                    out += "\\}"; i += 1
                case "*" where classDepth == 0 && inLookBehind && !followsQuantifier:
                    out += "{0,\(JavaRegex.lookBehindLimit)}"; i += 1
                case "+" where classDepth == 0 && inLookBehind && !followsQuantifier:
                    out += "{1,\(JavaRegex.lookBehindLimit)}"; i += 1
                default:
                    out.unicodeScalars.append(c); i += 1
                }
            }
            return out
        }

        /// `{n}`, `{n,m}`, `{n,}`: copied (bounded inside a look-behind); a `{` that starts no
        /// quantifier is escaped.
        mutating func quantifierBraces() {
            var j = i + 1
            var body = ""
            while j < s.count, s[j] != "}" {
                body.unicodeScalars.append(s[j]); j += 1
            }
            let isQuantifier = j < s.count && !body.isEmpty
                && body.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "," }
            guard isQuantifier else {
                out += "\\{"; i += 1
                return
            }
            if inLookBehind, body.hasSuffix(",") {
                body += String(JavaRegex.lookBehindLimit)
            }
            out += "{" + body + "}"
            i = j + 1
        }

        mutating func escape() {
            guard let next = peek(1) else {
                out += "\\\\"; i += 1
                return
            }
            let inClass = classDepth > 0
            switch next {
            case "s": out += inClass ? JavaRegex.space : "[\(JavaRegex.space)]"
            case "S": out += inClass ? JavaRegex.notSpace : "[^\(JavaRegex.space)]"
            case "w": out += inClass ? JavaRegex.word : "[\(JavaRegex.word)]"
            case "W": out += inClass ? JavaRegex.notWord : "[^\(JavaRegex.word)]"
            case "d": out += inClass ? JavaRegex.digit : "[\(JavaRegex.digit)]"
            case "D": out += inClass ? JavaRegex.notDigit : "[^\(JavaRegex.digit)]"
            case "Q":
                // Verbatim up to `\E`.
                var j = i + 2
                out += "\\Q"
                while j < s.count, !(s[j] == "\\" && j + 1 < s.count && s[j + 1] == "E") {
                    out.unicodeScalars.append(s[j]); j += 1
                }
                out += "\\E"
                i = min(j + 2, s.count)
                return
            case "p", "P":
                if peek(2) == "{", let close = s[(i + 3)...].firstIndex(of: "}") {
                    let name = String(String.UnicodeScalarView(s[(i + 3)..<close]))
                    if let set = JavaRegex.posix[name] {
                        let negated = next == "P"
                        out += inClass && !negated ? set : "[\(negated ? "^" : "")\(set)]"
                    } else {
                        out += "\\\(next){\(name)}"
                    }
                    i = close + 1
                    return
                }
                out += "\\\(next)"
            default:
                out += "\\"; out.unicodeScalars.append(next)
            }
            i += 2
        }
    }
}
