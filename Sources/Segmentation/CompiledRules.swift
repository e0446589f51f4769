import Foundation

/// The rule list of one language, translated to ICU and compiled once.
///
/// Consecutive rules with the same `break` value form one group, compiled into a single
/// alternation `(?:(?:B1)(?=A1)|(?:B2)(?=A2)|…)\z`: the first rule that matches decides, and all
/// rules of a group decide the same way, so one regex call answers for the whole group.
/// Each group also knows which characters its matches can end with, so most positions are
/// decided (or skipped) without calling the regex engine.
struct CompiledRules: @unchecked Sendable {
    /// Characters of look-behind context a rule sees before a position.
    static let window = 160

    struct Group {
        var isBreak: Bool
        /// Searched in `[position - window, position)`: a match must end at the position.
        var regex: NSRegularExpression
        /// Units a match can end with, nil when unknown.
        var lastUnits: Set<UInt16>?
    }

    var groups: [Group]
    /// `candidate[unit]`: a break may follow this unit. Nil when some break rule can end anywhere,
    /// in which case candidates come from scanning the text with the break rules.
    var candidateUnits: [Bool]?
    /// `(?:B)(?=A)` of every break group, for the scanning fallback.
    var breakScanners: [NSRegularExpression]

    /// Compiles `rules`; a pattern that does not compile is an error at the rule's line.
    init(rules: [SegmentationRule], source: String) throws(SegmentationError) {
        struct Part {
            var isBreak: Bool
            var pattern: String
            var lastUnits: Set<UInt16>?
            var isolated: Bool
        }
        var parts: [Part] = []
        for rule in rules {
            let before = JavaRegex.translate(rule.before)
            let after = JavaRegex.translate(rule.after)
            for (name, pattern) in [("beforebreak", before), ("afterbreak", after)] {
                do {
                    _ = try NSRegularExpression(pattern: pattern)
                } catch {
                    throw SegmentationError(
                        path: source, line: rule.line,
                        message: "<\(name)> pattern \"\(name == "beforebreak" ? rule.before : rule.after)\" does not compile: \(error.localizedDescription)")
                }
            }
            let pattern = "(?:\(before))" + (after.isEmpty ? "" : "(?=\(after))")
            let isolated = Self.hasBackReference(before) || Self.hasBackReference(after)
            parts.append(Part(
                isBreak: rule.isBreak, pattern: pattern,
                lastUnits: before.isEmpty ? nil : PatternSuffix.lastUnits(of: before), isolated: isolated))
        }
        // Group consecutive parts with the same decision.
        var groups: [Group] = []
        var scanners: [NSRegularExpression] = []
        var start = 0
        while start < parts.count {
            var end = start + 1
            if !parts[start].isolated {
                while end < parts.count, end - start < 256, parts[end].isBreak == parts[start].isBreak,
                      !parts[end].isolated { end += 1 }
            }
            let slice = parts[start..<end]
            let alternation = slice.map(\.pattern).joined(separator: "|")
            var lastUnits: Set<UInt16>? = []
            for part in slice {
                if let units = part.lastUnits, let known = lastUnits { lastUnits = known.union(units) } else { lastUnits = nil }
            }
            do {
                let regex = try NSRegularExpression(pattern: "(?:\(alternation))\\z")
                groups.append(Group(isBreak: slice.first!.isBreak, regex: regex, lastUnits: lastUnits))
                if slice.first!.isBreak {
                    scanners.append(try NSRegularExpression(pattern: alternation))
                }
            } catch {
                throw SegmentationError(
                    path: source, line: rules[start].line,
                    message: "rules \(start + 1)–\(end) cannot be combined: \(error.localizedDescription)")
            }
            start = end
        }
        self.groups = groups
        self.breakScanners = scanners
        var candidates = [Bool](repeating: false, count: 0x10000)
        var known = true
        for group in groups where group.isBreak {
            guard let units = group.lastUnits else { known = false; break }
            for unit in units { candidates[Int(unit)] = true }
        }
        self.candidateUnits = known ? candidates : nil
    }

    private static func hasBackReference(_ pattern: String) -> Bool {
        var escaped = false
        for scalar in pattern.unicodeScalars {
            if escaped, ("1"..."9").contains(scalar) || scalar == "k" { return true }
            escaped = !escaped && scalar == "\\"
        }
        return false
    }
}

extension CompiledRules {
    /// The break positions (UTF-16 offsets, strictly inside the text) of one block.
    func breaks(in units: [UInt16], string: String) -> [Int] {
        guard units.count > 1 else { return [] }
        var result: [Int] = []
        if let candidateUnits {
            for position in 1..<units.count where candidateUnits[Int(units[position - 1])] {
                if decides(at: position, units: units, string: string) { result.append(position) }
            }
            return result
        }
        var positions = Set<Int>()
        let whole = NSRange(location: 0, length: units.count)
        for scanner in breakScanners {
            scanner.enumerateMatches(in: string, options: [.withTransparentBounds], range: whole) { match, _, _ in
                if let match, match.range.upperBound > 0, match.range.upperBound < units.count {
                    positions.insert(match.range.upperBound)
                }
            }
        }
        for position in positions.sorted() where decides(at: position, units: units, string: string) {
            result.append(position)
        }
        return result
    }

    /// Whether the first matching rule at `position` is a break.
    private func decides(at position: Int, units: [UInt16], string: String) -> Bool {
        let previous = units[position - 1]
        let start = max(0, position - Self.window)
        let range = NSRange(location: start, length: position - start)
        for group in groups {
            if let lastUnits = group.lastUnits, !lastUnits.contains(previous) { continue }
            if group.regex.firstMatch(in: string, options: [.withTransparentBounds], range: range) != nil {
                return group.isBreak
            }
        }
        return false
    }
}
