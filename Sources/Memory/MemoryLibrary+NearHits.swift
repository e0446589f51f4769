import TMX

/// A concordance hit before its translation's span is known, with the unit's other variants.
typealias PendingHit = (hit: Concordance.Hit, translations: [(language: String, text: String)])

extension MemoryLibrary {
    /// The hits of the variant rows of `index` (one per unit), the phrase's occurrences highlighted by
    /// `ranges`, with the unit's variants in `to` (every other language when nil).
    static func pendingHits(_ rows: some Collection<IndexedVariant>, of index: MemoryIndex, to: String?, isNear: Bool,
                            ranges: (IndexedVariant) -> [Range<String.Index>]) throws -> [PendingHit] {
        let translations = try index.translations(ofUnits: rows.map(\.unit), to: to)
        var seenUnits = Set<Int64>()
        var hits: [PendingHit] = []
        for row in rows where seenUnits.insert(row.unit).inserted {
            let hit = Concordance.Hit(
                sourceLanguage: row.language, source: HighlightedText(row.text, highlighting: ranges(row)),
                translation: MemoryTranslation(language: "", text: HighlightedText("")), origin: row.origin, isNear: isNear)
            let others = (translations[row.unit] ?? []).filter { $0.id != row.id && $0.language != row.language }
            hits.append((hit, others.map { ($0.language, $0.text) }))
        }
        return hits
    }

    /// The near hits of a phrase (folded `words`) in the memories, at most `limit` units: the candidates
    /// of ``NearMatching/candidates(_:isFunctionWord:exists:)`` (up to ``NearMatching/candidateCap`` per
    /// memory, exact hits left out) that hold the phrase in another form by `near`. `total` counts every
    /// near hit found among the candidates; `truncated` says some were left out or not checked.
    func nearHits(of phrase: String, words: [String], from: String?, to: String?, limit: Int, near: NearMatching,
                  evidence: RenderingEvidence) throws -> (hits: [PendingHit], total: Int, truncated: Bool) {
        let languages = from.map { [LanguageTag($0).primary] }
            ?? Array(Set(indexes.flatMap(\.languages).map { LanguageTag($0).primary })).sorted()
        guard let finder = near.finder else { return ([], 0, false) }
        var hits: [PendingHit] = [], total = 0, truncated = false
        var finders: [String: NearMatching.Finder?] = [:]
        for index in indexes {
            let existing = index.existingTerms(Set(words.flatMap(NearMatching.candidateForms)))
            guard let candidates = NearMatching.candidates(words, isFunctionWord: { word in
                languages.contains { evidence.isFunctionWord(word, $0) }
            }, exists: existing.contains) else { continue }
            // The exact hits are left out by the index itself: they are not read again.
            let rows = try index.variantHits(matching: "(\(candidates.query)) NOT \(MemoryIndex.matchExpression(words))",
                                             from: from, limit: NearMatching.candidateCap + 1)
            if rows.count > NearMatching.candidateCap { truncated = true }
            var matched: [(row: IndexedVariant, ranges: [Range<String.Index>])] = []
            for row in rows.prefix(NearMatching.candidateCap) {
                if finders[row.language] == nil { finders[row.language] = .some(finder(phrase, row.language)) }
                guard let find = finders[row.language] ?? nil, candidates.mayHold(FoldedTokenizer.keys(of: row.text)) else { continue }
                let ranges = find(row.text)
                if !ranges.isEmpty { matched.append((row, ranges)) }
            }
            total += Set(matched.map(\.row.unit)).count
            let room = max(limit - hits.count, 0)
            if matched.count > room { truncated = true }
            let kept = matched.prefix(room)
            let ranges = Dictionary(kept.map { ($0.row.id, $0.ranges) }, uniquingKeysWith: { first, _ in first })
            hits += try Self.pendingHits(kept.map(\.row), of: index, to: to, isNear: true) { ranges[$0.id] ?? [] }
        }
        return (hits, total, truncated)
    }
}
