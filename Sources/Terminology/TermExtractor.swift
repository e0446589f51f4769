/// Extracts ranked bilingual term candidates from aligned units.
///
/// 1. Each side of each unit gets its monolingual candidates from ``TermPattern`` (language-aware
///    patterns bounded by stop words).
/// 2. A ``WordLexicon`` is learned from the units (IBM Model 1 both ways, seeded with spelling
///    similarity), completed by the FreeDict dictionaries when they are installed.
/// 3. Inside each unit, every source candidate is paired with every target candidate; a pair's
///    alignment is how well the words of each side are covered by the other side. Pairs are linked
///    greedily, best and longest first, and a linked pair's words cannot be linked again in that
///    unit: nested candidates ("Droits des femmes" inside "Ministre des Droits des femmes") are
///    resolved in favour of the longer term when it aligns as well.
/// 4. Across units, links are counted and scored with the Dice coefficient of the two terms, the mean
///    alignment and termhood (multi-word terms and repeated links rank higher).
public struct TermExtractor: Sendable {
    /// The source language (`fr`).
    public var sourceLanguage: String
    /// The target language (`en`).
    public var targetLanguage: String
    /// Candidates linked in fewer units are dropped.
    public var minimumFrequency: Int
    /// Pairs whose alignment inside a unit is below this are never linked.
    public var minimumAlignment: Double = 0.45
    /// Whether pairs are linked by word alignment inside each unit. When `false` (the baseline of
    /// `scripts/eval-terms`), every source candidate of a unit is paired with every target candidate
    /// and only co-occurrence (Dice) ranks them.
    public var usesWordAlignment = true
    /// Whether FreeDict dictionaries (Debian's `dict-freedict-fra-eng`, `dict-freedict-eng-fra`) are used
    /// as word-alignment evidence when they are installed.
    public var usesDictionaries = true

    /// Creates an extractor.
    public init(from sourceLanguage: String, to targetLanguage: String, minimumFrequency: Int = 1) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.minimumFrequency = minimumFrequency
    }

    private struct Side {
        var tokens: [TermToken]
        var occurrences: [TermPattern.Occurrence]
    }

    private struct Link {
        var source: TermPattern.Occurrence
        var target: TermPattern.Occurrence
        var alignment: Double
    }

    private struct Tally {
        var sourceForms: [String: Int] = [:]
        var targetForms: [String: Int] = [:]
        var links = 0
        var alignment = 0.0
        var examples: [AlignedUnit] = []
        var contentWords = 0
        var capitalized = false
    }

    /// The candidates, best first; `glossaries` mark the terms already known.
    public func extract(from units: [AlignedUnit], knownIn glossaries: [Glossary] = []) -> [TermCandidate] {
        let sourceLanguage = TermLanguage(self.sourceLanguage), targetLanguage = TermLanguage(self.targetLanguage)
        let sourcePattern = TermPattern(language: sourceLanguage), targetPattern = TermPattern(language: targetLanguage)
        let sides: [(Side, Side)] = units.map { unit in
            let source = TermTokenizer.tokens(unit.source), target = TermTokenizer.tokens(unit.target)
            return (Side(tokens: source, occurrences: sourcePattern.occurrences(in: source)),
                    Side(tokens: target, occurrences: targetPattern.occurrences(in: target)))
        }
        let lexicon = WordLexicon(
            pairs: sides.map { source, target in
                (source.tokens.filter(sourceLanguage.isContent).map { sourceLanguage.singular($0.key) },
                 target.tokens.filter(targetLanguage.isContent).map { targetLanguage.singular($0.key) })
            },
            dictionary: usesDictionaries ? BilingualDictionary(from: self.sourceLanguage, to: self.targetLanguage) : nil,
            reverseDictionary: usesDictionaries ? BilingualDictionary(from: self.targetLanguage, to: self.sourceLanguage) : nil)

        var sourceUnits: [String: Int] = [:], targetUnits: [String: Int] = [:]
        var tallies: [String: Tally] = [:]
        for (unit, (source, target)) in zip(units, sides) {
            // A unit left untranslated (menus, boilerplate) teaches nothing.
            if TermNormalizer.key(unit.source) == TermNormalizer.key(unit.target) { continue }
            for key in Set(source.occurrences.map(\.key)) { sourceUnits[key, default: 0] += 1 }
            for key in Set(target.occurrences.map(\.key)) { targetUnits[key, default: 0] += 1 }
            for link in links(source, target, lexicon, sourceLanguage, targetLanguage) {
                let key = link.source.key + "\t" + link.target.key
                var tally = tallies[key] ?? Tally()
                tally.links += 1
                tally.alignment += link.alignment
                tally.sourceForms[link.source.baseForm, default: 0] += 1
                tally.targetForms[link.target.baseForm, default: 0] += 1
                tally.contentWords = link.source.contentWords + link.target.contentWords
                tally.capitalized = tally.capitalized || source.tokens[link.source.tokens[0]].isCapitalized
                if tally.examples.count < 3, !tally.examples.contains(where: { $0.id == unit.id }) { tally.examples.append(unit) }
                tallies[key] = tally
            }
        }

        let known = KnownTerms(glossaries, from: self.sourceLanguage, to: self.targetLanguage)
        var candidates: [TermCandidate] = []
        for (key, tally) in tallies where tally.links >= minimumFrequency {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let dice = 2 * Double(tally.links) / Double((sourceUnits[parts[0]] ?? 1) + (targetUnits[parts[1]] ?? 1))
            let alignment = tally.alignment / Double(tally.links)
            // Multi-word terms first; single words are mostly general language unless capitalised (places, bodies).
            let termhood = tally.contentWords > 2 ? (tally.capitalized ? 1.1 : 1.0) : (tally.capitalized ? 0.6 : 0.35)
            let score = alignment * alignment * (0.5 + 0.5 * dice) * termhood * (1 + 0.5 * log2(Double(tally.links)))
            let source = Self.mostFrequent(tally.sourceForms), target = Self.mostFrequent(tally.targetForms)
            candidates.append(TermCandidate(
                source: source, target: target, score: (score * 1000).rounded() / 1000, frequency: tally.links,
                dice: dice, alignment: alignment, examples: tally.examples,
                isKnown: known.contains(source: source), isKnownPair: known.contains(source: source, target: target)))
        }
        // One translation per source term: the best-scored one.
        candidates.sort { ($0.score, $0.frequency, $1.source) > ($1.score, $1.frequency, $0.source) }
        var seen: Set<String> = []
        return candidates.filter { seen.insert(TermNormalizer.key($0.source)).inserted }
    }

    /// The links of one unit, greedy: best and longest pairs first, words used once.
    private func links(
        _ source: Side, _ target: Side, _ lexicon: WordLexicon, _ sourceLanguage: TermLanguage, _ targetLanguage: TermLanguage
    ) -> [Link] {
        // Word-to-word scores of this unit, computed once.
        var sourceWords: [Int: String] = [:], targetWords: [Int: String] = [:]
        for (index, token) in source.tokens.enumerated() where sourceLanguage.isContent(token) { sourceWords[index] = sourceLanguage.singular(token.key) }
        for (index, token) in target.tokens.enumerated() where targetLanguage.isContent(token) { targetWords[index] = targetLanguage.singular(token.key) }
        var matrix: [Int: [Int: Double]] = [:]
        for (i, word) in sourceWords {
            for (j, other) in targetWords { matrix[i, default: [:]][j] = lexicon.score(word, other) }
        }
        guard usesWordAlignment else {
            return source.occurrences.flatMap { s in
                target.occurrences.filter { $0.key != s.key }.map { Link(source: s, target: $0, alignment: 1) }
            }
        }
        // Each word's best partner in the whole unit: a term pair must not end on a word whose
        // translation lies outside the other side's term (phrase-pair consistency).
        var bestTarget: [Int: Int] = [:], bestSource: [Int: Int] = [:]
        for (i, row) in matrix {
            if let best = row.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value >= Self.weak { bestTarget[i] = best.key }
        }
        for j in targetWords.keys {
            let column = sourceWords.keys.map { ($0, matrix[$0]?[j] ?? 0) }
            if let best = column.max(by: { ($0.1, $1.0) < ($1.1, $0.0) }), best.1 >= Self.weak { bestSource[j] = best.0 }
        }
        var pairs: [Link] = []
        for s in source.occurrences where !s.isGapped {
            let sourceIndices = s.tokens.filter { sourceWords[$0] != nil }
            for t in target.occurrences {
                // Names written the same in both languages are not terms to translate (but `Haïti`
                // and `Haiti` are).
                if s.baseForm.lowercased() == t.baseForm.lowercased() { continue }
                let ratio = Double(s.contentWords) / Double(t.contentWords)
                guard ratio <= 2.5, ratio >= 0.4 else { continue }
                let targetIndices = t.tokens.filter { targetWords[$0] != nil }
                let consistent = [sourceIndices.first, sourceIndices.last].allSatisfy { edge in
                    bestTarget[edge!].map { t.tokens.contains($0) } ?? true
                } && [targetIndices.first, targetIndices.last].allSatisfy { edge in
                    bestSource[edge!].map { s.tokens.contains($0) } ?? true
                }
                guard consistent else { continue }
                let alignment = Self.coverage(sourceIndices, targetIndices, matrix)
                if alignment >= minimumAlignment { pairs.append(Link(source: s, target: t, alignment: alignment)) }
            }
        }
        func rank(_ link: Link) -> Double {
            link.alignment * (1 + 0.3 * Double(link.source.contentWords + link.target.contentWords))
        }
        pairs.sort { rank($0) > rank($1) }
        var usedSource = Set<Int>(), usedTarget = Set<Int>(), chosen: [Link] = []
        for pair in pairs where usedSource.isDisjoint(with: pair.source.tokens) && usedTarget.isDisjoint(with: pair.target.tokens) {
            chosen.append(pair)
            usedSource.formUnion(pair.source.tokens)
            usedTarget.formUnion(pair.target.tokens)
        }
        return chosen.map { link in droppingModifier(link, source, target, matrix, bestSource) }
    }

    /// A title's base form without the modifier both sides add: `Ministre française des Droits des
    /// femmes` ↔ `French Minister for Women’s Rights` becomes `Ministre des Droits des femmes` ↔
    /// `Minister for Women’s Rights` when `française` aligns with `French`.
    private func droppingModifier(
        _ link: Link, _ source: Side, _ target: Side, _ matrix: [Int: [Int: Double]], _ bestSource: [Int: Int]
    ) -> Link {
        let tokens = link.source.tokens
        guard tokens.count >= 4, let reducedSource = source.occurrences.first(where: { $0.tokens == [tokens[0]] + tokens[2...] })
        else { return link }
        let modifier = tokens[1]
        let partners = link.target.tokens.filter { (matrix[modifier]?[$0] ?? 0) >= 0.2 }
        // `French` before `Minister`: capitalised, and translating nothing else of the source term.
        if let first = link.target.tokens.first, link.target.tokens.count >= 3, target.tokens[first].isCapitalized,
            partners.allSatisfy({ $0 == first }), bestSource[first].map({ $0 == modifier }) ?? true,
            let reducedTarget = target.occurrences.first(where: { $0.tokens == Array(link.target.tokens.dropFirst()) })
        {
            return Link(source: reducedSource, target: reducedTarget, alignment: link.alignment)
        }
        // The target has no word for the modifier: only the source drops it.
        if partners.isEmpty {
            return Link(source: reducedSource, target: link.target, alignment: link.alignment)
        }
        return link
    }

    /// Below this, a word-to-word score is no evidence that the two words translate each other.
    static let weak = 0.2

    /// How well each side's words are covered by the other's: the harmonic mean of the two mean
    /// best-match scores, 0…1. When exactly one word on each side is left unexplained while the
    /// others align, the two are taken as each other's translation (`rouge` ↔ `Red` in
    /// `notice rouge` ↔ `Red Notice`), at a lower score.
    static func coverage(_ source: [Int], _ target: [Int], _ matrix: [Int: [Int: Double]]) -> Double {
        guard !source.isEmpty, !target.isEmpty else { return 0 }
        var forward = source.map { i in target.map { matrix[i]?[$0] ?? 0 }.max() ?? 0 }
        var backward = target.map { j in source.map { matrix[$0]?[j] ?? 0 }.max() ?? 0 }
        let weakForward = forward.indices.filter { forward[$0] < weak }, weakBackward = backward.indices.filter { backward[$0] < weak }
        if weakForward.count == 1, weakBackward.count == 1, source.count + target.count >= 4 {
            forward[weakForward[0]] = 0.55
            backward[weakBackward[0]] = 0.55
        } else if [forward.first, forward.last, backward.first, backward.last].contains(where: { ($0 ?? 0) < weak }) {
            // A term pair starts and ends with words that translate each other: an unexplained word
            // at an edge ("Operation Trigger IV took") belongs to the sentence, not to the term.
            return 0
        }
        let f = forward.reduce(0, +) / Double(source.count), b = backward.reduce(0, +) / Double(target.count)
        guard f > 0, b > 0 else { return 0 }
        return min(1, 2 * f * b / (f + b))
    }

    /// The form written most often; a lower-case form wins when there is one, since an upper-case
    /// initial may come from the start of a sentence.
    private static func mostFrequent(_ forms: [String: Int]) -> String {
        let lowercase = forms.filter { !($0.key.first?.isUppercase ?? false) }
        return (lowercase.isEmpty ? forms : lowercase).max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
    }
}

import Foundation
