/// Finds the span of a translation that renders a looked-up phrase, from three kinds of evidence, in
/// order: renderings given by a glossary or lexicon (``RenderingHints``), the phrase itself (names,
/// acronyms: `INTERPOL` ↔ `INTERPOL`), and association in the memory: the word sequence of the
/// translations that co-occurs best with the phrase (Dice coefficient of the units containing the phrase
/// and the units whose translation contains the sequence). Translations without that rendering get the
/// most similar sequence (variants such as `Ministre aux Droits des femmes`), see ``span(in:rendering:)``.
struct TranslationSpanFinder {
    /// The folded words of the phrase.
    var phrase: [String]
    /// Renderings of the phrase in the target language, from a glossary or lexicon.
    var hints: [String]
    /// Units containing the phrase in the whole memory (the association's denominator).
    var totalHits: Int
    /// How many units of the memory contain a folded word sequence in the target language, counting up
    /// to the given cap.
    var backgroundCount: ([String], Int) -> Int

    /// The evidence chosen and the folded sequence to highlight.
    struct Rendering {
        var words: [String]
        var evidence: String
    }

    /// The rendering of the phrase in `translations` (one entry per unit hit), or nil.
    func rendering(in translations: [[FoldedTokenizer.Word]]) -> Rendering? {
        guard !translations.isEmpty else { return nil }
        func share(_ words: [String]) -> Int {
            translations.filter { !FoldedTokenizer.occurrences(of: words, in: $0).isEmpty }.count
        }
        let hinted = hints.map(FoldedTokenizer.keys).filter { !$0.isEmpty }
        if let best = hinted.max(by: { share($0) < share($1) }), share(best) > 0 {
            return Rendering(words: best, evidence: "hint")
        }
        if share(phrase) > 0 {
            return Rendering(words: phrase, evidence: "identical")
        }
        // Candidate sequences: every n-gram of every translation up to the phrase's length + 2.
        let longest = min(phrase.count + 2, 6)
        var counts: [[String]: Int] = [:]
        for words in translations.prefix(100) {
            var seen = Set<[String]>()
            for start in words.indices {
                for length in 1...longest where start + length <= words.count {
                    seen.insert(words[start..<(start + length)].map(\.key))
                }
            }
            for gram in seen { counts[gram, default: 0] += 1 }
        }
        let sample = min(translations.count, 100)
        let minimumShare = max(1, (sample + 1) / 2)
        let frequent = counts.filter { $0.value >= minimumShare }
            .map { (gram: $0.key, prior: preference(for: $0.key, share: Double($0.value) / Double(sample))) }
            .sorted { $0.prior > $1.prior }
            .prefix(10)
        // Variants count too (`Ministre aux …` for `Ministre des …`): a translation supports a sequence
        // when it contains it or a close variant (see `span(in:rendering:)`), judged on a sample.
        let supportSample = translations.prefix(100)
        let hits = Double(max(totalHits, sample))
        let supported = frequent.map { gram, _ -> (gram: [String], count: Int, estimated: Double, bound: Double) in
            let supporting = supportSample.filter { Self.span(in: $0, rendering: gram) != nil }.count
            let count = supporting * translations.count / supportSample.count
            let estimated = Double(supporting) / Double(supportSample.count) * hits
            // The background count is at least `count`: the best the coefficient can be.
            return (gram, count, estimated, preference(for: gram, share: min(1, 2 * estimated / (hits + Double(count)))))
        }.sorted { $0.bound > $1.bound }
        var best: (score: Double, words: [String])?
        for candidate in supported {
            if let best, candidate.bound <= best.score { break }
            // Beyond three times the hits the coefficient is too small to matter: stop counting there.
            let background = Double(max(backgroundCount(candidate.gram, 3 * Int(hits) + 10), candidate.count))
            let dice = 2 * candidate.estimated / (hits + background)
            let score = preference(for: candidate.gram, share: dice)
            if dice >= 0.3, score > (best?.score ?? -1) { best = (score, candidate.gram) }
        }
        return best.map { Rendering(words: $0.words, evidence: "association") }
    }

    /// The span of one translation rendering the phrase: where `rendering` occurs, or else the sequence of
    /// about its length sharing the most words with it (at least 60 %), or nil.
    static func span(in words: [FoldedTokenizer.Word], rendering: [String]) -> Range<String.Index>? {
        if let range = FoldedTokenizer.occurrences(of: rendering, in: words).first { return range }
        let needed = (rendering.count * 6 + 9) / 10
        guard rendering.count >= 2, !words.isEmpty else { return nil }
        var best: (common: Int, lengthGap: Int, range: Range<String.Index>)?
        let distinct = Array(Set(rendering))
        let limits = distinct.map { key in rendering.filter { $0 == key }.count }
        var used = [Int](repeating: 0, count: distinct.count)
        for length in max(1, rendering.count - 1)...(rendering.count + 1) where length <= words.count {
            for start in 0...(words.count - length) {
                // The span must start and end on words of the rendering.
                guard distinct.contains(words[start].key), distinct.contains(words[start + length - 1].key) else { continue }
                for slot in used.indices { used[slot] = 0 }
                var common = 0
                for word in words[start..<(start + length)] {
                    if let slot = distinct.firstIndex(of: word.key), used[slot] < limits[slot] {
                        used[slot] += 1
                        common += 1
                    }
                }
                guard common >= needed else { continue }
                let gap = abs(length - rendering.count)
                if best == nil || common > best!.common || (common == best!.common && gap < best!.lengthGap) {
                    best = (common, gap, words[start].range.lowerBound..<words[start + length - 1].range.upperBound)
                }
            }
        }
        return best?.range
    }

    /// An association score adjusted for the shape of the sequence: sequences of the phrase's length,
    /// bounded by content words and by cognates of the phrase's words, are preferred.
    private func preference(for gram: [String], share: Double) -> Double {
        var score = share - 0.08 * Double(abs(gram.count - phrase.count))
        for boundary in Set([gram.first!, gram.last!]) {
            if boundary.count <= 2 { score -= 0.05 }
            if phrase.contains(where: { Self.areCognates($0, boundary) }) { score += 0.05 }
        }
        return score
    }

    /// Whether two folded words look like cognates: identical, or sharing their first five letters
    /// (`ministre`, `minister`).
    static func areCognates(_ a: String, _ b: String) -> Bool {
        a == b || (a.count >= 5 && b.count >= 5 && a.prefix(5) == b.prefix(5))
    }
}
