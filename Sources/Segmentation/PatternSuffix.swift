/// Cheap static analysis of an ICU pattern: the UTF-16 units a match can end with.
///
/// Used to skip regex calls: a rule whose `beforebreak` must end with `.` cannot apply where the
/// previous character is a letter. `nil` means "unknown" (any character).
enum PatternSuffix {
    /// The set of units the last character of a match of `pattern` belongs to, or nil when the
    /// analysis cannot tell (alternation, groups, optional last element, properties, …).
    static func lastUnits(of pattern: String) -> Set<UInt16>? {
        let s = Array(pattern.unicodeScalars)
        var tokens: [Range<Int>] = []
        var depth = 0
        var i = 0
        while i < s.count {
            let start = i
            switch s[i] {
            case "\\":
                if i + 1 < s.count, s[i + 1] == "Q" || s[i + 1] == "p" || s[i + 1] == "P" || s[i + 1] == "x" {
                    return nil
                }
                i += 2
            case "[":
                var classDepth = 0
                while i < s.count {
                    if s[i] == "\\" { i += 2; continue }
                    if s[i] == "[" { classDepth += 1 }
                    if s[i] == "]" { classDepth -= 1; if classDepth == 0 { i += 1; break } }
                    i += 1
                }
            case "(": depth += 1; i += 1
            case ")": depth -= 1; i += 1
            case "|":
                if depth == 0 { return nil }
                i += 1
            default: i += 1
            }
            tokens.append(start..<min(i, s.count))
        }
        // Drop a trailing `+`, `++`, `{n,m}` with n ≥ 1; give up on optional endings.
        while let last = tokens.last {
            let text = String(String.UnicodeScalarView(s[last]))
            if text == "+" { tokens.removeLast(); continue }
            if text == "*" || text == "?" { return nil }
            if text == "}" {
                guard let open = tokens.lastIndex(where: { s[$0.lowerBound] == "{" }) else { return nil }
                let body = tokens[(open + 1)..<(tokens.count - 1)].map { String(String.UnicodeScalarView(s[$0])) }.joined()
                guard let minimum = Int(body.split(separator: ",", omittingEmptySubsequences: false).first ?? ""),
                      minimum >= 1 else { return nil }
                tokens.removeSubrange(open...)
                continue
            }
            break
        }
        guard let last = tokens.last else { return nil }
        let token = Array(s[last])
        if pattern.contains("(?i") || pattern.contains("(?u") { return nil }
        switch token.first {
        case "\\":
            guard token.count == 2, let unit = escapedUnit(token[1]) else { return nil }
            return [unit]
        case "[":
            return classUnits(Array(token.dropFirst().dropLast()))
        case let c?:
            if "().^$|".unicodeScalars.contains(c) || c.value > 0xFFFF { return nil }
            return [UInt16(c.value)]
        case nil:
            return nil
        }
    }

    /// Whether `pattern` is exactly one character token (a literal, an escape or a simple class),
    /// so that ``lastUnits(of:)`` / ``firstUnits(of:)`` describe its matches completely.
    static func isSingleCharacter(_ pattern: String) -> Bool {
        let s = Array(pattern.unicodeScalars)
        guard let first = s.first else { return false }
        if first == "[" {
            guard s.last == "]", firstUnits(of: pattern) != nil else { return false }
            var depth = 0
            var i = 0
            while i < s.count {
                if s[i] == "\\" { i += 2; continue }
                if s[i] == "[" { depth += 1 } else if s[i] == "]" { depth -= 1; if depth == 0 { return i == s.count - 1 } }
                i += 1
            }
            return false
        }
        if first == "\\" { return s.count == 2 && firstUnits(of: pattern) != nil }
        return s.count == 1 && firstUnits(of: pattern) != nil
    }

    /// The set of units the first character of a match of `pattern` belongs to, or nil when
    /// the analysis cannot tell (groups, optional first element, properties, empty pattern…).
    static func firstUnits(of pattern: String) -> Set<UInt16>? {
        let s = Array(pattern.unicodeScalars)
        guard let first = s.first, !pattern.contains("(?i"), !pattern.contains("(?u") else { return nil }
        var end: Int
        var units: Set<UInt16>?
        switch first {
        case "\\":
            guard s.count > 1, let unit = escapedUnit(s[1]) else { return nil }
            units = [unit]; end = 2
        case "[":
            var depth = 0
            end = 0
            while end < s.count {
                if s[end] == "\\" { end += 2; continue }
                if s[end] == "[" { depth += 1 } else if s[end] == "]" { depth -= 1; if depth == 0 { end += 1; break } }
                end += 1
            }
            guard end <= s.count, depth == 0 else { return nil }
            units = classUnits(Array(s[1..<(end - 1)]))
        default:
            if "().^$|*+?{".unicodeScalars.contains(first) || first.value > 0xFFFF { return nil }
            units = [UInt16(first.value)]; end = 1
        }
        if end < s.count, s[end] == "?" || s[end] == "*" || (s[end] == "{" && end + 1 < s.count && s[end + 1] == "0") {
            return nil
        }
        return units
    }

    /// The unit an escape such as `\.` or `\n` stands for, nil for classes like `\b` or `\w`.
    private static func escapedUnit(_ c: Unicode.Scalar) -> UInt16? {
        switch c {
        case "n": return 0x0A
        case "t": return 0x09
        case "r": return 0x0D
        case "f": return 0x0C
        default:
            if c.properties.isAlphabetic || ("0"..."9").contains(c) || c.value > 0xFFFF { return nil }
            return UInt16(c.value)
        }
    }

    /// The units of a simple class body (literals, escapes, small ranges); nil otherwise.
    private static func classUnits(_ body: [Unicode.Scalar]) -> Set<UInt16>? {
        if body.first == "^" || body.contains("[") { return nil }
        var units: [UInt16] = []
        var i = 0
        while i < body.count {
            var unit: UInt16
            if body[i] == "\\" {
                guard i + 1 < body.count else { return nil }
                if body[i + 1] == "x", i + 2 < body.count, body[i + 2] == "{",
                   let close = body[(i + 3)...].firstIndex(of: "}"),
                   let value = UInt32(String(String.UnicodeScalarView(body[(i + 3)..<close])), radix: 16) {
                    guard value <= 0xFFFF else { return nil }
                    unit = UInt16(value); i = close + 1
                } else if body[i + 1] == "u", i + 5 < body.count,
                          let value = UInt16(String(String.UnicodeScalarView(body[(i + 2)...(i + 5)])), radix: 16) {
                    unit = value; i += 6
                } else {
                    guard let escaped = escapedUnit(body[i + 1]) else { return nil }
                    unit = escaped; i += 2
                }
            } else {
                guard body[i].value <= 0xFFFF else { return nil }
                unit = UInt16(body[i].value); i += 1
            }
            if i + 1 < body.count, body[i] == "-" {
                // A range: the end is a literal or an escape.
                let endScalar: Unicode.Scalar = body[i + 1]
                guard endScalar != "\\", endScalar.value <= 0xFFFF, endScalar.value >= unit,
                      endScalar.value - UInt32(unit) < 1024 else { return nil }
                units += (unit...UInt16(endScalar.value)).map { $0 }
                i += 2
                continue
            }
            units.append(unit)
        }
        return units.isEmpty ? nil : Set(units)
    }
}
