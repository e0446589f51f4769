/// Finds the terms of glossaries in a text, tolerant of case, accents, elision (`d’`/`de`, `l’`),
/// articles, plural and feminine forms, and one word inserted inside the term ("la Ministre
/// française des Droits des femmes" matches "Ministre des Droits des femmes").
public struct TermMatcher: Sendable {
    private struct Pattern: Sendable {
        var keys: [String]
        var term: Term
        var status: TermStatus
        var entry: GlossaryEntry
    }

    /// The language of the texts searched.
    public let language: String
    /// The language of the translations shown.
    public let targetLanguage: String
    private let profile: TermLanguage
    private var patterns: [String: [Pattern]] = [:]

    /// Prepares the terms of `glossaries` in `language`, with their translations into `targetLanguage`.
    public init(glossaries: [Glossary], language: String, targetLanguage: String) {
        self.language = language
        self.targetLanguage = targetLanguage
        profile = TermLanguage(language)
        for entry in glossaries.flatMap(\.entries) {
            for term in entry.terms(in: language) {
                let keys = keys(of: TermTokenizer.tokens(term.text)).map(\.key)
                guard let first = keys.first else { continue }
                patterns[first, default: []].append(Pattern(keys: keys, term: term, status: entry.status(of: term), entry: entry))
            }
        }
    }

    /// How many terms can be matched.
    public var termCount: Int { patterns.values.reduce(0) { $0 + $1.count } }

    /// The comparison keys of a token sequence, with the index of the token each comes from:
    /// articles dropped, `de`/`du`/`des`/`d’` as one key, words stemmed.
    private func keys(of tokens: [TermToken]) -> [(key: String, token: Int)] {
        var keys: [(key: String, token: Int)] = []
        for (index, token) in tokens.enumerated() {
            if !token.isWord {
                keys.append(("\u{0}" + token.key, index))
                continue
            }
            switch profile.code {
            case "fr":
                switch token.key {
                case "le", "la", "les", "l'": continue
                case "de", "du", "des", "d'": keys.append(("de", index)); continue
                case "a", "au", "aux": keys.append(("a", index)); continue
                default: break
                }
            case "en":
                if token.key == "the" || token.key == "a" || token.key == "an" { continue }
            default:
                if profile.articles.contains(token.key) { continue }
            }
            var key = token.key
            if key.hasSuffix("'s") { key = String(key.dropLast(2)) }
            keys.append((profile.stem(key), index))
        }
        return keys
    }

    /// Every term occurrence in `text`, in text order; overlapping matches go to the longest term.
    public func occurrences(in text: String) -> [TermOccurrence] {
        let tokens = TermTokenizer.tokens(text)
        let keys = keys(of: tokens)
        var found: [(start: Int, end: Int, pattern: Pattern, approximate: Bool)] = []
        for start in keys.indices {
            for pattern in patterns[keys[start].key] ?? [] {
                if let (end, inserted) = match(pattern.keys, keys, from: start) {
                    found.append((start, end, pattern, inserted))
                }
            }
        }
        found.sort { ($0.end - $0.start, $1.start) > ($1.end - $1.start, $0.start) }
        var used = Set<Int>(), chosen: [TermOccurrence] = []
        // The occurrence chosen for each exact span: another entry with the same term (a synonym in
        // another concept) adds its translations to it instead of being dropped.
        var chosenAt: [Range<Int>: Int] = [:]
        var lineStarts: [String.Index] = [text.startIndex]
        for index in text.indices where text[index] == "\n" { lineStarts.append(text.index(after: index)) }
        for match in found {
            let span = Set(match.start..<match.end)
            guard used.isDisjoint(with: span) else {
                if let index = chosenAt[match.start..<match.end], chosen[index].entry != match.pattern.entry {
                    let targets = match.pattern.entry.terms(in: targetLanguage)
                    for target in targets where !chosen[index].translations.contains(where: { $0.text == target.text })
                        && !chosen[index].forbidden.contains(where: { $0.text == target.text }) {
                        if match.pattern.entry.status(of: target) == .forbidden {
                            chosen[index].forbidden.append(target)
                        } else {
                            chosen[index].translations.append(target)
                        }
                    }
                }
                continue
            }
            used.formUnion(span)
            chosenAt[match.start..<match.end] = chosen.count
            let first = tokens[keys[match.start].token], last = tokens[keys[match.end - 1].token]
            let range = first.range.lowerBound..<last.range.upperBound
            let line = lineStarts.lastIndex { $0 <= range.lowerBound } ?? 0
            let column = text.distance(from: lineStarts[line], to: range.lowerBound) + 1
            let matched = String(text[range])
            let targets = match.pattern.entry.terms(in: targetLanguage)
            let allowed = targets.filter { match.pattern.entry.status(of: $0) != .forbidden }
                .sorted { (match.pattern.entry.status(of: $0) == .approved ? 0 : 1) < (match.pattern.entry.status(of: $1) == .approved ? 0 : 1) }
            chosen.append(TermOccurrence(
                range: range, line: line + 1, column: column, text: matched, term: match.pattern.term,
                status: match.pattern.status, entry: match.pattern.entry, translations: allowed,
                forbidden: targets.filter { match.pattern.entry.status(of: $0) == .forbidden },
                isApproximate: match.approximate || TermNormalizer.key(matched) != TermNormalizer.key(match.pattern.term.text)))
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Matches `pattern` at `start`, allowing one inserted word between two of its words.
    private func match(_ pattern: [String], _ keys: [(key: String, token: Int)], from start: Int) -> (Int, Bool)? {
        var position = start, inserted = false
        for (offset, key) in pattern.enumerated() {
            if position < keys.count, keys[position].key == key {
                position += 1
                continue
            }
            // One inserted word (not punctuation, not a linker) inside the term, never before its first word.
            guard offset > 0, !inserted, position + 1 < keys.count, !keys[position].key.hasPrefix("\u{0}"),
                keys[position].key != "de", keys[position + 1].key == key
            else { return nil }
            inserted = true
            position += 2
        }
        return (position, inserted)
    }
}
