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

    /// A necessary condition for a rule to match: the units before and after the position.
    struct Filter: Hashable {
        /// Units its `beforebreak` match can end with, nil when unknown.
        var last: UnitSet?
        /// Units its `afterbreak` match can start with, nil when unknown.
        var first: UnitSet?
        /// Whether the filter is the whole rule (one-character `beforebreak`, `afterbreak` empty
        /// or one character): where it admits, the rule matches, without a regex call.
        var isExact = false

        func admits(previous: UInt16, next: UInt16?) -> Bool {
            if let last, !last.contains(previous) { return false }
            if let first {
                guard let next, first.contains(next) else { return false }
            }
            return true
        }
    }

    struct Group {
        var isBreak: Bool
        /// Searched in `[position - window, position)` with transparent bounds (look-arounds see
        /// the whole text): a match must end at the position.
        var regex: NSRegularExpression
        /// The longest `beforebreak` match of the group (capped), in UTF-16 units.
        var window: Int
        /// One filter per distinct rule shape; the group can only match where one admits.
        var filters: [Filter]

        func admits(previous: UInt16, next: UInt16?) -> Bool {
            filters.contains { $0.admits(previous: previous, next: next) }
        }
    }

    var groups: [Group]
    /// `candidate[unit]`: a break may follow this unit. Nil when some break rule can end anywhere,
    /// in which case candidates come from scanning the text with the break rules.
    var candidateUnits: [Bool]?
    /// `(?:B)(?=A)` of every break group, for the scanning fallback.
    var breakScanners: [NSRegularExpression]

    /// Compiles `rules`; a pattern that does not compile is an error at the rule's `<rule>` tag.
    init(rules: [SegmentationRule], source: String) throws(SegmentationError) {
        struct Part {
            var isBreak: Bool
            var pattern: String
            var filter: Filter
            var length: Int?
            var isolated: Bool
        }
        var parts: [Part] = []
        for rule in rules {
            let before = JavaRegex.translate(rule.before)
            let after = JavaRegex.translate(rule.after)
            for (name, pattern) in [("beforebreak", before), ("afterbreak", after)] where !pattern.isEmpty {
                do {
                    _ = try NSRegularExpression(pattern: pattern)
                } catch {
                    throw SegmentationError(
                        path: source, line: rule.line, column: rule.column,
                        message: (rule.number > 0 ? "rule \(rule.number): " : "") + "invalid regular expression '\(name == "beforebreak" ? rule.before : rule.after)' in <\(name)>")
                }
            }
            let pattern = "(?:\(before))" + (after.isEmpty ? "" : "(?=\(after))")
            let isolated = Self.hasBackReference(before) || Self.hasBackReference(after)
            let filter = Filter(
                last: before.isEmpty ? nil : PatternSuffix.lastUnits(of: before).map(UnitSet.init),
                first: after.isEmpty ? nil : PatternSuffix.firstUnits(of: after).map(UnitSet.init),
                isExact: PatternSuffix.isSingleCharacter(before)
                    && (after.isEmpty || PatternSuffix.isSingleCharacter(after)))
            parts.append(Part(
                isBreak: rule.isBreak, pattern: pattern, filter: filter,
                length: PatternLength.maximum(of: before), isolated: isolated))
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
            var filters: [Filter] = []
            for part in slice where !filters.contains(part.filter) { filters.append(part.filter) }
            let window = slice.map { min($0.length ?? Self.window, Self.window) }.max() ?? 0
            do {
                let regex = try NSRegularExpression(pattern: "(?:\(alternation))\\z")
                // One more character than the longest match, so `\b` sees what precedes it.
                groups.append(Group(
                    isBreak: slice.first!.isBreak, regex: regex, window: window + 1,
                    filters: filters))
                if slice.first!.isBreak {
                    scanners.append(try NSRegularExpression(pattern: alternation))
                }
            } catch {
                throw SegmentationError(
                    path: source, line: rules[start].line, column: rules[start].column,
                    message: "rules \(start + 1)–\(end) cannot be combined into one regular expression")
            }
            start = end
        }
        self.groups = groups
        self.breakScanners = scanners
        var candidates = [Bool](repeating: false, count: 0x10000)
        var known = true
        for group in groups where group.isBreak {
            for filter in group.filters {
                guard let units = filter.last else { known = false; break }
                for unit in units.all { candidates[Int(unit)] = true }
            }
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
                if isBreakCandidate(at: position, units: units), decides(at: position, units: units, string: string) { result.append(position) }
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

    /// Whether some break rule's filter admits `position`.
    private func isBreakCandidate(at position: Int, units: [UInt16]) -> Bool {
        let previous = units[position - 1]
        let next = units[position]
        return groups.contains { $0.isBreak && $0.admits(previous: previous, next: next) }
    }

    /// Whether the first matching rule at `position` is a break.
    private func decides(at position: Int, units: [UInt16], string: String) -> Bool {
        let previous = units[position - 1]
        let next = position < units.count ? units[position] : nil
        for group in groups where group.admits(previous: previous, next: next) {
            if group.filters.contains(where: { $0.isExact && $0.admits(previous: previous, next: next) }) {
                return group.isBreak
            }
            let start = max(0, position - group.window)
            let range = NSRange(location: start, length: position - start)
            if group.regex.firstMatch(in: string, options: [.withTransparentBounds], range: range) != nil {
                return group.isBreak
            }
        }
        return false
    }
}
