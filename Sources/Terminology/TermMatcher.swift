/// Finds the terms of glossaries in a text, tolerant of case, accents, elision (`d’`/`de`, `l’`),
/// articles, plural and feminine forms, hyphens (`non-gouvernementale`, `non gouvernementale`), and
/// one word inserted inside the term ("la Ministre française des Droits des femmes" matches
/// "Ministre des Droits des femmes"). `scripts/eval-suggest` measures it on real releases.
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
    private let targetProfile: TermLanguage
    private var patterns: [String: [Pattern]] = [:]

    /// Prepares the terms of `glossaries` in `language`, with their translations into `targetLanguage`.
    public init(glossaries: [Glossary], language: String, targetLanguage: String) {
        self.language = language
        self.targetLanguage = targetLanguage
        profile = TermLanguage(language)
        targetProfile = TermLanguage(targetLanguage)
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
    /// articles dropped, `de`/`du`/`des`/`d’` as one key, words stemmed, a hyphenated word one key
    /// a part (`non-gouvernementale` meets `non gouvernementale`).
    private func keys(of tokens: [TermToken], in profile: TermLanguage? = nil) -> [(key: String, token: Int)] {
        let profile = profile ?? self.profile
        var keys: [(key: String, token: Int)] = []
        for (index, token) in tokens.enumerated() {
            if !token.isWord {
                keys.append(("\u{0}" + token.key, index))
                continue
            }
            let parts = token.key.count > 2 && token.key.contains("-")
                ? token.key.split(separator: "-").map(String.init) : [token.key]
            for part in parts {
                if let key = key(of: part, in: profile) { keys.append((key, index)) }
            }
        }
        return keys
    }

    /// The comparison key of one folded word, or nil for an article.
    private func key(of word: String, in profile: TermLanguage) -> String? {
        switch profile.code {
        case "fr":
            switch word {
            case "le", "la", "les", "l'": return nil
            case "de", "du", "des", "d'": return "de"
            case "a", "au", "aux": return "a"
            default: break
            }
        case "en":
            if word == "the" || word == "a" || word == "an" { return nil }
        default:
            if profile.articles.contains(word) { return nil }
        }
        var key = word
        if key.hasSuffix("'s") { key = String(key.dropLast(2)) }
        // French plurals in -us of participles and adjectives (`perdus`, `connus`, `élus`), which the
        // singular keeps for nouns such as `abus`: the same on both sides, so dropping it always is safe.
        if profile.code == "fr", key.count >= 4, key.hasSuffix("us") { key.removeLast() }
        return profile.stem(key)
    }

    /// Every term occurrence in `text`, in text order; overlapping matches go to the longest term.
    public func occurrences(in text: String) -> [TermOccurrence] {
        occurrences(in: text, includingNested: false)
    }

    /// Every term occurrence in `text`, in text order; overlapping matches go to the longest term.
    /// With `includingNested`, the terms found inside a longer one are listed too, after it, with
    /// ``TermOccurrence/isNested`` set (`Abou Dhabi` inside `police judiciaire d’Abou Dhabi`).
    public func occurrences(in text: String, includingNested: Bool) -> [TermOccurrence] {
        let tokens = TermTokenizer.tokens(text)
        let keys = keys(of: tokens)
        var found: [(start: Int, end: Int, pattern: Pattern, exact: Bool)] = []
        for start in keys.indices where start == 0 || keys[start - 1].token != keys[start].token {
            for pattern in patterns[keys[start].key] ?? [] {
                // A term starts and ends on whole words (`président` is not found in `Vice-président`).
                if let (end, inserted) = match(pattern.keys, keys, from: start), end == keys.count || keys[end].token != keys[end - 1].token {
                    let written = text[tokens[keys[start].token].range.lowerBound..<tokens[keys[end - 1].token].range.upperBound]
                    let exact = !inserted && TermNormalizer.key(String(written)) == TermNormalizer.key(pattern.term.text)
                    found.append((start, end, pattern, exact))
                }
            }
        }
        // Longest first; at the same place, a term written exactly as in the text before its variants
        // (`traite des personnes` before `traite de personnes`, whose translations are added to it).
        found.sort { ($0.end - $0.start, $1.start, $0.exact ? 1 : 0) > ($1.end - $1.start, $0.start, $1.exact ? 1 : 0) }
        var used = Set<Int>(), chosen: [TermOccurrence] = []
        // The occurrence chosen for each exact span: another entry with the same term (a synonym in
        // another concept) adds its translations to it instead of being dropped.
        var chosenAt: [Range<Int>: Int] = [:]
        var outer: [(span: Range<Int>, index: Int)] = []
        var lineStarts: [String.Index] = [text.startIndex]
        for index in text.indices where text[index] == "\n" { lineStarts.append(text.index(after: index)) }
        for match in found {
            let span = match.start..<match.end
            var isNested = false
            if !used.isDisjoint(with: span) {
                if let index = chosenAt[span] {
                    if chosen[index].entry != match.pattern.entry { add(match.pattern.entry, to: &chosen[index]) }
                    continue
                }
                guard includingNested,
                    let enclosing = outer.first(where: { $0.span.contains(span.lowerBound) && $0.span.contains(span.upperBound - 1) }),
                    isRendered(match.pattern.entry, within: chosen[enclosing.index])
                else { continue }
                isNested = true
            } else {
                used.formUnion(span)
                outer.append((span, chosen.count))
            }
            chosenAt[span] = chosen.count
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
                isApproximate: !match.exact,
                isNested: isNested))
        }
        return chosen.sorted { ($0.range.lowerBound, $0.isNested ? 1 : 0) < ($1.range.lowerBound, $1.isNested ? 1 : 0) }
    }

    /// Whether a term inside a longer one keeps its own translation inside the longer one's (`Abu
    /// Dhabi` in `Judicial Department of Abu Dhabi`), or the longer one has none: otherwise the
    /// longer term's translation renders it differently (`trafic d’êtres humains` → `human
    /// trafficking` inside `Conférence mondiale d’INTERPOL sur le trafic d’êtres humains` →
    /// `INTERPOL Global Conference on Trafficking in Human Beings`) and it is not listed.
    private func isRendered(_ entry: GlossaryEntry, within enclosing: TermOccurrence) -> Bool {
        guard !enclosing.translations.isEmpty else { return true }
        let inner = entry.terms(in: targetLanguage).map { keys(of: TermTokenizer.tokens($0.text), in: targetProfile).map(\.key) }
        return enclosing.translations.contains { translation in
            let outer = keys(of: TermTokenizer.tokens(translation.text), in: targetProfile).map(\.key)
            return inner.contains { words in
                !words.isEmpty && words.count <= outer.count
                    && (0...(outer.count - words.count)).contains { Array(outer[$0..<$0 + words.count]) == words }
            }
        }
    }

    /// Adds the translations of another entry holding the same term to an occurrence.
    private func add(_ entry: GlossaryEntry, to occurrence: inout TermOccurrence) {
        for target in entry.terms(in: targetLanguage) where !occurrence.translations.contains(where: { $0.text == target.text })
            && !occurrence.forbidden.contains(where: { $0.text == target.text }) {
            if entry.status(of: target) == .forbidden {
                occurrence.forbidden.append(target)
            } else {
                occurrence.translations.append(target)
            }
        }
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
            // The word skipped is one token, all its parts when it is hyphenated (`franco-allemande`).
            guard offset > 0, !inserted, position < keys.count, !keys[position].key.hasPrefix("\u{0}"), keys[position].key != "de" else { return nil }
            var next = position + 1
            while next < keys.count, keys[next].token == keys[position].token { next += 1 }
            guard next < keys.count, keys[next].key == key else { return nil }
            inserted = true
            position = next + 1
        }
        return (position, inserted)
    }
}
