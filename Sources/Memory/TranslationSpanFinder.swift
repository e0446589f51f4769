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
    /// The language of the phrase (nil when not known) and of the translations.
    var phraseLanguage: String? = nil
    var targetLanguage: String = ""
    /// Grammatical words and dictionary translations of the two languages.
    var evidence: RenderingEvidence = .none

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
        // A glossary's terms are base forms: a translation supports one in any inflection.
        func support(_ words: [String]) -> Int {
            translations.filter { Self.span(in: $0, rendering: words) != nil }.count
        }
        // Renderings found as they are come first, then those found inflected or as a close variant
        // (a glossary may list "traite des personnes" and "traite des êtres humains" for one phrase:
        // the variant match of the first must not win over the exact match of the second).
        let hinted = hints.map(FoldedTokenizer.keys).filter { !$0.isEmpty }
        if let best = hinted.max(by: { (share($0), support($0)) < (share($1), support($1)) }), support(best) > 0 {
            return Rendering(words: best, evidence: "hint")
        }
        if share(phrase) > 0 {
            return Rendering(words: phrase, evidence: "identical")
        }
        // Candidate sequences: every n-gram of the first 100 translations up to the phrase's length + 2
        // that crosses no phrase punctuation, counted once per translation; words are numbered and n-grams hashed, so no array is allocated
        // per n-gram.
        let longest = min(phrase.count + 2, 10)
        let sampled = Array(translations.prefix(100))
        var numbers: [String: UInt64] = [:]
        var grams: [UInt64: (count: Int, last: Int, translation: Int, start: Int, length: Int)] = [:]
        for (translation, words) in sampled.enumerated() {
            let keys = words.map { word -> UInt64 in
                if let number = numbers[word.key] { return number }
                let number = UInt64(numbers.count + 1)
                numbers[word.key] = number
                return number
            }
            for start in keys.indices {
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for length in 1...longest where start + length <= keys.count {
                    // A rendering never spans a comma, a bracket or the end of a sentence.
                    if length > 1, words[start + length - 1].followsBreak { break }
                    hash = (hash ^ keys[start + length - 1]) &* 0x9E37_79B9_7F4A_7C15
                    hash ^= hash >> 29
                    if let gram = grams[hash] {
                        if gram.last != translation { grams[hash] = (gram.count + 1, translation, gram.translation, gram.start, gram.length) }
                    } else {
                        grams[hash] = (1, translation, translation, start, length)
                    }
                }
            }
        }
        let sample = sampled.count
        let minimumShare = max(1, (sample + 1) / 2)
        let hits = Double(max(totalHits, sample))
        // A sequence seen in the one or two translations that hold the phrase co-occurs "perfectly"
        // with it whatever it is (`General Ronald` for `Secrétaire Général`): association counts fully
        // only from five hits on; below, the words (``Lexical/fit(_:)``) decide.
        let reliability = Double(min(Int(hits), 5) - 1) / 4
        let fitting = Lexical(finder: self)
        let frequent = grams.values.filter { $0.count >= minimumShare }
            .map { (words: sampled[$0.translation][$0.start..<($0.start + $0.length)].map(\.key), count: $0.count) }
            .filter { !fitting.hasGrammaticalEdge($0.words) }
            .map { gram, count -> (gram: [String], fit: Double, prior: Double) in
                let fit = fitting.fit(gram)
                return (gram, fit, score(gram, association: Double(count) / Double(sample), fit: fit, reliability: reliability, words: fitting))
            }
            .sorted { ($0.prior, $1.gram.joined(separator: " ")) > ($1.prior, $0.gram.joined(separator: " ")) }
            .prefix(10)
        // Variants count too (`Ministre aux …` for `Ministre des …`): a translation supports a sequence
        // when it contains it or a close variant (see `span(in:rendering:)`), judged on a sample.
        let supportSample = translations.prefix(100)
        let supported = frequent.map { gram, fit, _ -> (gram: [String], fit: Double, count: Int, estimated: Double, bound: Double) in
            let supporting = supportSample.filter { Self.span(in: $0, rendering: gram) != nil }.count
            let count = supporting * translations.count / supportSample.count
            let estimated = Double(supporting) / Double(supportSample.count) * hits
            // The background count is at least `count`: the best the coefficient can be.
            let bound = score(gram, association: min(1, 2 * estimated / (hits + Double(count))), fit: fit, reliability: reliability, words: fitting)
            return (gram, fit, count, estimated, bound)
        }.sorted { $0.bound > $1.bound }
        var best: (score: Double, words: [String])?
        for candidate in supported {
            if let best, candidate.bound <= best.score { break }
            // Without word evidence, few hits say nothing: no highlight is better than a wrong one.
            guard candidate.fit > 0 || reliability >= 0.75 else { continue }
            // A sequence whose words fit the phrase's is accepted however common it is in the memory
            // (`human trafficking` renders `traite des êtres humains`, a rarer phrase than it); others
            // need a Dice coefficient of 0.3.
            let fits = candidate.fit >= 0.3
            // Beyond three times the hits the coefficient is too small to matter, and beyond `enough` it is
            // below 0.3: stop counting there (counting is the costly part).
            let enough = Int((2 * candidate.estimated / 0.3 - hits).rounded(.down)) + 1
            let cap = fits ? 3 * Int(hits) + 10 : min(3 * Int(hits) + 10, enough)
            guard cap > candidate.count else { continue }
            let background = Double(max(backgroundCount(candidate.gram, cap), candidate.count))
            let dice = 2 * candidate.estimated / (hits + background)
            let score = score(candidate.gram, association: dice, fit: candidate.fit, reliability: reliability, words: fitting)
            if dice >= 0.3 || fits, score > (best?.score ?? -1) { best = (score, candidate.gram) }
        }
        return best.map { Rendering(words: $0.words, evidence: "association") }
    }

    /// The span of one translation rendering the phrase: where `rendering` occurs, or else the sequence of
    /// about its length sharing the most words with it (all of a rendering of three words or fewer, all
    /// but one of a longer one), words compared without a final
    /// plural or feminine ending (`opérations planifiées` for the glossary's `opération planifiée`), or nil.
    static func span(in words: [FoldedTokenizer.Word], rendering: [String]) -> Range<String.Index>? {
        if let range = FoldedTokenizer.occurrences(of: rendering, in: words).first { return range }
        // Three words or fewer must all be there (in any inflection, one word may be inserted); from four
        // words on, one may differ (`Ministre aux Droits des femmes` for `Ministre des Droits des femmes`).
        let needed = rendering.count <= 3 ? rendering.count : rendering.count - 1
        guard !rendering.isEmpty, !words.isEmpty else { return nil }
        var best: (common: Int, lengthGap: Int, range: Range<String.Index>)?
        let loose = rendering.map(Self.loose)
        let distinct = Array(Set(loose))
        let limits = distinct.map { key in loose.filter { $0 == key }.count }
        let keys = words.map { Self.loose($0.key) }
        var used = [Int](repeating: 0, count: distinct.count)
        for length in max(1, rendering.count - 1)...(rendering.count + 1) where length <= words.count {
            for start in 0...(words.count - length) {
                // The span must start and end on words of the rendering.
                guard distinct.contains(keys[start]), distinct.contains(keys[start + length - 1]) else { continue }
                for slot in used.indices { used[slot] = 0 }
                var common = 0
                for key in keys[start..<(start + length)] {
                    if let slot = distinct.firstIndex(of: key), used[slot] < limits[slot] {
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

    /// A folded word without a final `s` or `x` and then a final `e` (words of more than three letters):
    /// singular and plural, masculine and feminine compare equal.
    static func loose(_ key: String) -> Substring {
        var key = Substring(key)
        if key.count > 3, key.last == "s" || key.last == "x" { key = key.dropLast() }
        if key.count > 3, key.last == "e" { key = key.dropLast() }
        return key
    }

    /// The weight of the words' fit (``Lexical/fit(_:)``) against the association, whose weight grows
    /// from 0.2 to 0.8 with `reliability`.
    static let lexicalWeight = 0.5

    /// A candidate's score: its association with the phrase (Dice, or its share of the translations
    /// before the memory is counted) weighed by how much the hits can tell, the fit of its words with the
    /// phrase's, and its shape: sequences with as many content words as the phrase, bounded by cognates
    /// of the phrase's words rather than by short words, are preferred.
    private func score(_ gram: [String], association: Double, fit: Double, reliability: Double, words: Lexical) -> Double {
        var score = (0.2 + 0.6 * reliability) * association + Self.lexicalWeight * fit
            - 0.08 * Double(words.lengthGap(gram))
        for boundary in Set([gram.first!, gram.last!]) {
            if boundary.count <= 2 { score -= 0.05 }
            if phrase.contains(where: { Self.areCognates($0, boundary) }) { score += 0.05 }
        }
        return score
    }

    /// Whether two folded words look like cognates: identical, sharing their first five letters
    /// (`ministre`, `minister`), or their first four when that is most of the shorter word (`crise`,
    /// `crisis`; `humains`, `human`).
    static func areCognates(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard a.count >= 4, b.count >= 4 else { return false }
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common >= 5 || (common >= 4 && Double(common) >= 0.7 * Double(min(a.count, b.count)))
    }
}
