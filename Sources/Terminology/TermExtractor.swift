import Alignment
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
///    alignment and termhood (multi-word terms and repeated links rank higher); ``TermRanker`` turns
///    these and the pair's nesting into the probability it is ranked by.
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

    struct Side {
        var tokens: [TermToken]
        var occurrences: [TermPattern.Occurrence]
        /// How many of the tokens are words.
        var wordCount: Int
        /// The indices of the content words, and their singular keys (what word alignment compares).
        var contentIndices: [Int]
        var contentKeys: [String]
        /// The content words' ids in ``WordScores`` (set when the side is made for extraction).
        var contentIDs: [Int] = []
        /// The distinct keys of the occurrences.
        var occurrenceKeys: Set<String>

        init(tokens: [TermToken], occurrences: [TermPattern.Occurrence], language: TermLanguage) {
            self.tokens = tokens
            self.occurrences = occurrences
            wordCount = tokens.count { $0.isWord }
            contentIndices = tokens.indices.filter { language.isContent(tokens[$0]) }
            contentKeys = contentIndices.map { language.singular(tokens[$0].key) }
            occurrenceKeys = Set(occurrences.map(\.key))
        }
    }

    /// The side of `text`, made once per distinct text.
    private static func side(
        _ text: String, _ pattern: TermPattern, _ made: inout [String: Side], _ ids: (String) -> Int
    ) -> Side {
        if let side = made[text] { return side }
        let tokens = TermTokenizer.tokens(text)
        var side = Side(tokens: tokens, occurrences: pattern.occurrences(in: tokens), language: pattern.language)
        side.contentIDs = side.contentKeys.map(ids)
        made[text] = side
        return side
    }

    /// A unit's two texts: units with the same texts have the same links.
    private struct Texts: Hashable {
        var source: String
        var target: String
    }

    private struct Link {
        var source: TermPattern.Occurrence
        var target: TermPattern.Occurrence
        var alignment: Double
        /// Whether it lies inside a longer link of the unit (`Droits des femmes` inside `Ministre des
        /// Droits des femmes`) rather than being chosen on its own.
        var isNested = false
    }

    struct Tally {
        var sourceForms: [String: Int] = [:]
        var writtenSourceForms: [String: Int] = [:]
        var targetForms: [String: Int] = [:]
        var links = 0
        var nestedLinks = 0
        var alignment = 0.0
        var examples: [AlignedUnit] = []
        var sourceWords = 0
        var targetWords = 0
        var namedSource = false
        var namedTarget = false
        var acronyms = false
        var traits = Traits()
    }

    /// What lowers a pair's termhood, seen in any of its links.
    struct Traits {
        /// Lower-case words coordinated (`expérience et connaissances`).
        var coordinated = false
        /// It is the whole unit on both sides (a menu line or a headline).
        var wholeUnit = false
        /// The target ends on a participle (`event organized`).
        var endsOnParticiple = false
        /// A side ends on a personal name written the same in both (`ministre Toews`).
        var endsOnName = false
        /// The source starts on a lower-case adjective (`mondiale d’INTERPOL`): a term starts on its head noun.
        var startsOnAdjective = false
        /// The target is a verb and its complement (`offered to facilitate`, `deployed to Haiti`).
        var verbPhrase = false
        /// A common noun owned by a name (`conférence d’INTERPOL` ↔ `INTERPOL conference`): a phrase
        /// of the text unless the noun is written as a name too (`Secrétariat général d’INTERPOL`).
        var ownedByName = false
    }

    /// A candidate before one translation is chosen per source term, with the grouping keys.
    struct Scored {
        var sourceKey: String
        var targetKey: String
        var candidate: TermCandidate
    }

    /// Everything extraction found: the monolingual candidates' keys and every scored pair.
    struct Analysis {
        var sourceKeys: Set<String> = []
        var targetKeys: Set<String> = []
        var scored: [Scored] = []
        /// The ranking features of each scored pair (same order as `scored`), for fitting ``TermRanker``.
        var features: [TermRanker.Features] = []
    }

    /// The candidates, best first: one or two translations per source term (``translationsKept(_:_:)``),
    /// then each source term's best translation not kept, ranked low (``listed(_:_:)``); `glossaries`
    /// mark the terms already known.
    public func extract(from units: [AlignedUnit], knownIn glossaries: [Glossary] = []) -> [TermCandidate] {
        Self.listed(analyse(units, knownIn: glossaries).scored.map(\.candidate), \.self)
    }

    /// The pairs listed, best first: those ``translationsKept(_:_:)`` keeps, then, for each source
    /// term, the best translation it did not keep (`trafic d’êtres humains` ↔ `human trafficking`
    /// when `Trafficking in Human Beings` won), its score lowered by ``alternativeWeight`` so that
    /// it ranks below the pairs of its score.
    static func listed<Pair>(_ pairs: [Pair], _ candidate: WritableKeyPath<Pair, TermCandidate>) -> [Pair] {
        let kept = translationsKept(Array(pairs.enumerated())) { ($0.element[keyPath: candidate].source, $0.element[keyPath: candidate].target) }
        var isKept = [Bool](repeating: false, count: pairs.count), alternative: Set<String> = []
        for (index, _) in kept { isKept[index] = true }
        // A pair shown like a kept one (same source and target text) is not listed again.
        func shown(_ pair: Pair) -> [String] {
            [TermNormalizer.key(pair[keyPath: candidate].source), TermNormalizer.key(pair[keyPath: candidate].target)]
        }
        let keptTexts = Set(kept.map { shown($0.element) })
        var listed = kept.map(\.element)
        for (index, pair) in pairs.enumerated() where !isKept[index] && !keptTexts.contains(shown(pair))
            && alternative.insert(TermNormalizer.key(pair[keyPath: candidate].source)).inserted {
            var demoted = pair
            demoted[keyPath: candidate].score = (pair[keyPath: candidate].score * alternativeWeight * 1000).rounded() / 1000
            listed.append(demoted)
        }
        // Stable: pairs of the same score keep their order.
        return listed.enumerated().sorted { a, b in
            (a.element[keyPath: candidate].score, b.offset) > (b.element[keyPath: candidate].score, a.offset)
        }.map(\.element)
    }

    /// How much the score of a source term's best translation not kept is lowered.
    static let alternativeWeight = 0.05

    /// The pairs listed, best first: one translation per source term, the best-scored one, and a
    /// second one that holds it or lies inside it (`4th INTERPOL Global Conference on Human
    /// Trafficking`, then `INTERPOL Global Conference on Human Trafficking`): which span is the term
    /// is left to the terminologist.
    static func translationsKept<Pair>(_ pairs: [Pair], _ terms: (Pair) -> (source: String, target: String)) -> [Pair] {
        var chosen: [String: (target: String, alternative: Bool)] = [:]
        return pairs.filter { pair in
            let (source, target) = terms(pair)
            let key = TermNormalizer.key(source), spaced = " " + TermNormalizer.key(target) + " "
            guard let first = chosen[key] else {
                chosen[key] = (spaced, false)
                return true
            }
            // The same target written alike (`Government of Canada` and `Government of Canada's` keep
            // different keys but show the same text) is not a second translation: it is the same line.
            guard !first.alternative, spaced != first.target,
                  spaced.contains(first.target) || first.target.contains(spaced) else { return false }
            chosen[key] = (first.target, true)
            return true
        }
    }

    /// The longest side (UTF-8 bytes) of a unit the extractor reads: a longer one is a whole document
    /// in one segment, whose word alignment would cost the square of its length (minutes, gigabytes).
    public static let maximumUnitBytes = 20_000

    /// How many of `units` extraction leaves out for a side longer than ``maximumUnitBytes`` (for the
    /// caller to report them).
    public static func oversizedUnits(in units: [AlignedUnit]) -> Int {
        units.count { $0.source.utf8.count > maximumUnitBytes || $0.target.utf8.count > maximumUnitBytes }
    }

    func analyse(_ units: [AlignedUnit], knownIn glossaries: [Glossary] = []) -> Analysis {
        let units = units.filter { $0.source.utf8.count <= Self.maximumUnitBytes && $0.target.utf8.count <= Self.maximumUnitBytes }
        let sourceLanguage = TermLanguage(self.sourceLanguage), targetLanguage = TermLanguage(self.targetLanguage)
        let sourcePattern = TermPattern(language: sourceLanguage), targetPattern = TermPattern(language: targetLanguage)
        // A memory repeats its sentences: each distinct text is tokenised and searched once.
        var sourceSides: [String: Side] = [:], targetSides: [String: Side] = [:]
        var scores = WordScores()
        var sides: [(Side, Side)] = []
        sides.reserveCapacity(units.count)
        for unit in units {
            sides.append((Self.side(unit.source, sourcePattern, &sourceSides) { scores.sourceID($0) },
                          Self.side(unit.target, targetPattern, &targetSides) { scores.targetID($0) }))
        }
        let lexicon = WordLexicon(
            pairs: sides.map { source, target in (source.contentKeys, target.contentKeys) },
            dictionary: usesDictionaries ? DictdDictionary.installed(source: sourceLanguage.code, target: targetLanguage.code) : nil,
            reverseDictionary: usesDictionaries ? DictdDictionary.installed(source: targetLanguage.code, target: sourceLanguage.code) : nil)

        var analysis = Analysis()
        var sourceUnits: [String: Int] = [:], targetUnits: [String: Int] = [:]
        var tallies: [String: Tally] = [:]
        // The links of each pair of texts the memory repeats are computed once, and kept until its
        // last unit (nil: the unit is left untranslated).
        var remaining: [Texts: Int] = [:]
        for unit in units { remaining[Texts(source: unit.source, target: unit.target), default: 0] += 1 }
        var linksOf: [Texts: [Linked]?] = [:]
        for (unit, (source, target)) in zip(units, sides) {
            let texts = Texts(source: unit.source, target: unit.target)
            let computed: [Linked]?
            if let known = linksOf[texts] {
                computed = known
            } else if TermNormalizer.key(unit.source) == TermNormalizer.key(unit.target) {
                // A unit left untranslated (menus, boilerplate) teaches nothing.
                computed = nil
            } else {
                let unitLinks = links(source, target, lexicon, &scores, sourceLanguage, targetLanguage)
                computed = linked(unitLinks, source, target, sourceLanguage)
                analysis.sourceKeys.formUnion(source.occurrenceKeys)
                analysis.targetKeys.formUnion(target.occurrenceKeys)
            }
            remaining[texts, default: 1] -= 1
            linksOf[texts] = remaining[texts] == 0 ? nil : .some(computed)
            guard let computed else { continue }
            for key in source.occurrenceKeys { sourceUnits[key, default: 0] += 1 }
            for key in target.occurrenceKeys { targetUnits[key, default: 0] += 1 }
            for link in computed { tallies[link.key, default: Tally()].add(link, from: unit) }
        }

        let known = KnownTerms(glossaries, from: self.sourceLanguage, to: self.targetLanguage)
        let nesting = Nesting(tallies.filter { $0.value.links >= minimumFrequency }.keys.map { String($0.prefix { $0 != "\t" }) })
        var ranked: [(Scored, TermRanker.Features)] = []
        for (key, tally) in tallies where tally.links >= minimumFrequency {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let dice = 2 * Double(tally.links) / Double((sourceUnits[parts[0]] ?? 1) + (targetUnits[parts[1]] ?? 1))
            let alignment = tally.alignment / Double(tally.links)
            let heuristic = alignment * alignment * (0.5 + 0.5 * dice) * Self.termhood(tally) * (1 + 0.5 * log2(Double(tally.links)))
            let features = Self.features(
                tally, heuristic: heuristic, alignment: alignment, dice: dice, sourceUnits: sourceUnits[parts[0]] ?? 1,
                nesting: nesting.of(parts[0]), targetLanguage: targetLanguage)
            let score = TermRanker.score(features, heuristic: heuristic)
            var target = Self.mostFrequent(tally.targetForms)
            // `droits humains` ↔ `human rights`: the plural stays when the translation is plural only.
            let pluralOnly = targetLanguage.isPluralOnly(target)
            let source = Self.mostFrequent(pluralOnly ? tally.writtenSourceForms : tally.sourceForms)
            // `notices rouges` ↔ `Red Notices`: a capitalised translation follows the source to the singular.
            if !pluralOnly, source != Self.mostFrequent(tally.writtenSourceForms), target.first?.isUppercase == true, target.contains(" ") {
                target = targetLanguage.singularLastWord(target)
            }
            let scored = Scored(sourceKey: parts[0], targetKey: parts[1], candidate: TermCandidate(
                source: source, target: target, score: (score * 1000).rounded() / 1000, frequency: tally.links,
                dice: dice, alignment: alignment, examples: tally.examples,
                isKnown: known.contains(source: source), isKnownPair: known.contains(source: source, target: target)))
            ranked.append((scored, features))
        }
        // Ties broken down to the pair's keys: the tallies' order is the hash order, which changes
        // between runs, and the list must not.
        // (Positions are sorted, not the pairs: the same comparisons give the same order.)
        let order = ranked.indices.sorted { a, b in
            let (x, y) = (ranked[a].0, ranked[b].0)
            return (x.candidate.score, x.candidate.frequency, y.candidate.source, y.candidate.target, y.sourceKey, y.targetKey)
                > (y.candidate.score, y.candidate.frequency, x.candidate.source, x.candidate.target, x.sourceKey, x.targetKey)
        }
        analysis.scored = order.map { ranked[$0].0 }
        analysis.features = order.map { ranked[$0].1 }
        return analysis
    }

    /// What the links of a unit add to their pairs' tallies, the first link of each pair only.
    private func linked(_ links: [Link], _ source: Side, _ target: Side, _ sourceLanguage: TermLanguage) -> [Linked] {
        var linkedHere: Set<String> = []
        return links.compactMap { link in
            let key = link.source.key + "\t" + link.target.key
            guard linkedHere.insert(key).inserted else { return nil }
            return Linked(
                key: key, isNested: link.isNested, alignment: link.alignment, sourceBaseForm: link.source.baseForm,
                sourceWrittenForm: link.source.writtenForm, targetBaseForm: link.target.baseForm,
                sourceWords: link.source.contentWords, targetWords: link.target.contentWords,
                namedSource: Self.isNamed(link.source, in: source), namedTarget: Self.isNamed(link.target, in: target),
                acronyms: link.source.tokens.count == 1 && link.target.tokens.count == 1
                    && Self.sameAcronym(source.tokens[link.source.tokens[0]].text, target.tokens[link.target.tokens[0]].text),
                traits: Self.traits(link.source, link.target, source, target, sourceLanguage))
        }
    }

    /// How much a pair looks like a glossary term rather than a phrase of the text, 0…1.1.
    private static func termhood(_ tally: Tally) -> Double {
        var termhood: Double
        if tally.acronyms {
            // An acronym that changes with the language (`IVC`/`DVI`) is a glossary entry of its own.
            termhood = 1.0
        } else if tally.sourceWords == 1 && tally.targetWords == 1 {
            // Single words are mostly general language unless they are names (places, bodies, acronyms).
            // Both written as names (`Haïti`/`Haiti`), not a common noun in an English title (`Victim`).
            termhood = tally.namedSource && tally.namedTarget ? 0.6 : 0.25
            // A single word seen mostly inside longer pairs is a part of terms (`Secrétariat`).
            termhood *= 1 - 0.7 * Double(tally.nestedLinks) / Double(tally.links)
        } else {
            let named = tally.namedSource || tally.namedTarget
            termhood = named ? 1.1 : 1.0
            if max(tally.sourceWords, tally.targetWords) > 4, !named { termhood *= 0.7 }
        }
        if tally.traits.coordinated { termhood *= 0.5 }
        if tally.traits.startsOnAdjective { termhood *= 0.5 }
        // Terms and their translations mostly have as many content words (`best practice` rather than `practice`).
        if tally.sourceWords != tally.targetWords { termhood *= 0.85 }
        if tally.traits.wholeUnit { termhood *= 0.6 }
        if tally.traits.endsOnParticiple { termhood *= 0.5 }
        if tally.traits.endsOnName { termhood *= 0.5 }
        if tally.traits.verbPhrase { termhood *= 0.5 }
        if tally.traits.ownedByName { termhood *= 0.5 }
        // Mostly seen inside a longer pair: less likely a term of its own.
        if tally.sourceWords > 1 || tally.targetWords > 1 { termhood *= 1 - 0.5 * Double(tally.nestedLinks) / Double(tally.links) }
        return termhood
    }

    /// Whether an occurrence is written as a name: capitalised where a sentence does not start
    /// (`la Ministre des Droits des femmes`, `en Arabie saoudite`), or an acronym (`IVC`).
    private static func isNamed(_ occurrence: TermPattern.Occurrence, in side: Side) -> Bool {
        let first = occurrence.tokens[0], token = side.tokens[first]
        if isAcronym(token) { return true }
        guard token.isCapitalized else { return false }
        let previous = side.tokens[..<first].last { !["«", "“", "\"", "‘", "(", "'"].contains($0.text) }
        guard let previous else { return false }
        return previous.isWord || ![".", "!", "?", ":", "|", "–", "-", "—", "•"].contains(previous.text)
    }

    /// Whether a token is an acronym: two or more capitals, dots allowed (`IVC`, `B.C.N.`).
    private static func isAcronym(_ token: TermToken) -> Bool {
        token.text.count >= 2 && token.text.allSatisfy { $0.isUppercase || $0 == "." }
    }

    private static func traits(
        _ source: TermPattern.Occurrence, _ target: TermPattern.Occurrence, _ sourceSide: Side, _ targetSide: Side, _ language: TermLanguage
    ) -> Traits {
        var traits = Traits()
        let sourceTokens = source.tokens.map { sourceSide.tokens[$0] }, targetTokens = target.tokens.map { targetSide.tokens[$0] }
        let conjunctions: Set<String> = ["et", "and", "y", "und"]
        traits.coordinated = [sourceTokens, targetTokens].contains { tokens in
            tokens.contains { conjunctions.contains($0.key) } && !tokens[0].isCapitalized
        }
        // Two names coordinated (`Arabie saoudite et INTERPOL`), not one name with a coordination
        // inside (`Centre de commandement et de coordination`).
        if let and = sourceTokens.firstIndex(where: { conjunctions.contains($0.key) }), and + 1 < sourceTokens.count,
            sourceTokens[and + 1].isCapitalized
        {
            traits.coordinated = true
        }
        // An acronym then a lower-case word is a subject and its verb (`INTERPOL offre`), not a term.
        if sourceTokens.count > 1, sourceTokens[0].text.count >= 2, sourceTokens[0].text.allSatisfy({ $0.isUppercase || !$0.isLetter }),
            sourceTokens[1].isWord, !sourceTokens[1].isCapitalized, !sourceTokens[1].isElision
        {
            traits.startsOnAdjective = true
        }
        // An occurrence is made of words only: it is the whole unit when it has as many.
        traits.wholeUnit = sourceSide.wordCount == source.tokens.count && targetSide.wordCount == target.tokens.count
        if sourceTokens.count > 1, let first = sourceTokens.first, !first.isCapitalized, language.looksAdjectival(first.key) {
            traits.startsOnAdjective = true
        }
        if let last = targetTokens.last, !last.isCapitalized, last.key.count > 4, last.key.hasSuffix("ed") {
            traits.endsOnParticiple = true
        }
        // A past participle then a preposition starts a verb phrase, not a term (`organized crime` is one).
        if targetTokens.count > 2, !targetTokens[0].isCapitalized, targetTokens[0].key.count > 4, targetTokens[0].key.hasSuffix("ed"),
            ["to", "in", "on", "for", "of", "against"].contains(targetTokens[1].key)
        {
            traits.verbPhrase = true
        }
        // Lower-case words then an acronym, or an acronym then lower-case words (`opération Trigger IV`
        // is a name).
        if let last = sourceTokens.last, sourceTokens.count > 1, Self.isAcronym(last), sourceTokens.dropLast().allSatisfy({ !$0.isCapitalized }) {
            traits.ownedByName = true
        }
        if let first = targetTokens.first, targetTokens.count > 1, Self.isAcronym(first), targetTokens.dropFirst().allSatisfy({ !$0.isCapitalized }) {
            traits.ownedByName = true
        }
        // A name's possessive then lower-case words (`Government of Canada’s commitment`), in a text
        // that writes the name with capitals where no sentence starts.
        if let owner = targetTokens.dropLast().lastIndex(where: { $0.key.hasSuffix("'s") }), targetTokens[owner].isCapitalized,
            owner > 0 || Self.isNamed(target, in: targetSide),
            targetTokens[(owner + 1)...].allSatisfy({ !$0.isCapitalized })
        {
            traits.ownedByName = true
        }
        // A personal name: capitalised but not an acronym, written the same on the other side.
        func isName(_ token: TermToken) -> Bool { token.isCapitalized && token.text.contains(where: \.isLowercase) }
        if let last = sourceTokens.last, sourceTokens.count > 1, isName(last), targetTokens.contains(where: { $0.key == last.key }) {
            traits.endsOnName = true
        }
        if let last = targetTokens.last, targetTokens.count > 1, isName(last), sourceTokens.contains(where: { $0.key == last.key }) {
            traits.endsOnName = true
        }
        return traits
    }

    /// The links of one unit, greedy: best and longest pairs first, words used once.
    private func links(
        _ source: Side, _ target: Side, _ lexicon: WordLexicon, _ scores: inout WordScores,
        _ sourceLanguage: TermLanguage, _ targetLanguage: TermLanguage
    ) -> [Link] {
        // Word-to-word scores of this unit, computed once.
        let sourceWords = Dictionary(uniqueKeysWithValues: zip(source.contentIndices, source.contentKeys))
        let targetWords = Dictionary(uniqueKeysWithValues: zip(target.contentIndices, target.contentKeys))
        var matrix = WordMatrix(rows: source.tokens.count, columns: target.tokens.count)
        for (i, (word, id)) in zip(source.contentIndices, zip(source.contentKeys, source.contentIDs)) {
            for (j, (other, otherID)) in zip(target.contentIndices, zip(target.contentKeys, target.contentIDs)) {
                let acronym = Self.sameAcronym(source.tokens[i].text, target.tokens[j].text) ? 0.8 : 0
                matrix[i, j] = max(scores.score(id, otherID, word, other, lexicon), acronym)
            }
        }
        guard usesWordAlignment else {
            return source.occurrences.flatMap { s in
                target.occurrences.filter { $0.key != s.key }.map { Link(source: s, target: $0, alignment: 1) }
            }
        }
        // Each word's best partner in the whole unit: a term pair must not end on a word whose
        // translation lies outside the other side's term (phrase-pair consistency).
        // Among partners of similar scores, the one nearer the diagonal of the unit is the anchor: two
        // words that always meet in the same units (`recherchées` and `présumés` with `wanted` and
        // `suspected`) are told apart by where they stand. A score of 0.8 or more (the same acronym,
        // `UE`/`EU`) is trusted whatever the word order.
        let placed = WordMatrix.placed(matrix, tension: Self.diagonalTension, certain: 0.8)
        var bestTarget: [Int: Int] = [:], bestSource: [Int: Int] = [:]
        for i in sourceWords.keys {
            let row = targetWords.keys.map { ($0, placed[i, $0]) }
            if let best = row.max(by: { ($0.1, $1.0) < ($1.1, $0.0) }), matrix[i, best.0] >= Self.anchor { bestTarget[i] = best.0 }
        }
        for j in targetWords.keys {
            let column = sourceWords.keys.map { ($0, placed[$0, j]) }
            if let best = column.max(by: { ($0.1, $1.0) < ($1.1, $0.0) }), matrix[best.0, j] >= Self.anchor { bestSource[j] = best.0 }
        }
        var pairs: [Link] = []
        // A pair that is or ends with a personal name is no term: the title beside it is (`ministre`
        // ↔ `Minister` rather than `ministre Toews` ↔ `Minister Toews`).
        let names = Self.personalNames(source, target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                       isKnown: lexicon.isListed)
        // What the pair test needs of each occurrence, computed once per unit rather than once per pair.
        let targets = target.occurrences.map { t in
            (occurrence: t, lowercased: t.baseForm.lowercased(), content: t.tokens.filter { targetWords[$0] != nil })
        }
        var reach = Reach(targets.map(\.content), tokens: target.tokens.count, matrix: matrix, sourceWords: sourceWords.keys)
        for (number, s) in source.occurrences.enumerated() where !names.source.contains(s.tokens.last!) {
            let sourceIndices = s.tokens.filter { sourceWords[$0] != nil }
            let lowercased = s.baseForm.lowercased()
            let sourceEdges = [sourceIndices.first!, sourceIndices.last!].filter { bestTarget[$0] != nil }
            // Without a word aligned to one of its edge words, a target's coverage is 0.
            let tried = minimumAlignment > 0 ? reach.targets(number, edges: sourceIndices.first!, sourceIndices.last!) : Array(targets.indices)
            for (t, targetLowercased, targetIndices) in tried.lazy.map({ targets[$0] }) {
                let ratio = Double(s.contentWords) / Double(t.contentWords)
                guard ratio <= 2.5, ratio >= 0.4 else { continue }
                // A word's best partner must lie inside the pair (phrase-pair consistency).
                // The same word may occur twice in a unit (`human rights, women’s rights`): a partner as
                // good as the best one inside the pair is enough.
                guard sourceEdges.allSatisfy({ edge in targetIndices.contains { placed[edge, $0] >= placed[edge, bestTarget[edge]!] } }),
                    [targetIndices.first!, targetIndices.last!].allSatisfy({ edge in
                        bestSource[edge].map { best in sourceIndices.contains { placed[$0, edge] >= placed[best, edge] } } ?? true
                    })
                else { continue }
                // Names written the same in both languages are not terms to translate (but `Haïti`
                // and `Haiti` are).
                if lowercased == targetLowercased { continue }
                if names.target.contains(t.tokens.last!) { continue }
                let alignment = Self.coverage(sourceIndices, targetIndices, matrix,
                                              headsFirst: (sourceLanguage.postposedAdjectives, targetLanguage.postposedAdjectives))
                if alignment >= minimumAlignment { pairs.append(Link(source: s, target: t, alignment: alignment)) }
            }
        }
        func rank(_ link: Link) -> Double {
            link.alignment * (1 + 0.3 * Double(link.source.contentWords + link.target.contentWords))
        }
        // The ranks sorted with their positions, then the pairs put in that order: the same order as
        // sorting the pairs themselves (the same comparisons in the same algorithm), without moving
        // the pairs or computing a rank per comparison.
        let order = pairs.indices.map { (rank: rank(pairs[$0]), index: $0) }.sorted { $0.rank > $1.rank }
        pairs = order.map { pairs[$0.index] }
        var usedSource = Set<Int>(), usedTarget = Set<Int>(), chosen: [Link] = []
        // A title without its modifier (`Ministre des Droits des femmes`) is never chosen on its own,
        // only kept when it lies inside a chosen pair.
        for pair in pairs where !pair.source.isGapped && usedSource.isDisjoint(with: pair.source.tokens) && usedTarget.isDisjoint(with: pair.target.tokens) {
            chosen.append(pair)
            usedSource.formUnion(pair.source.tokens)
            usedTarget.formUnion(pair.target.tokens)
        }
        // The other pairs are candidates too, second to the chosen ones (`Arabie saoudite` inside
        // `Arabie saoudite et INTERPOL`): which is the term is decided across the memory.
        let chosenTokens = Set(chosen.map { [$0.source.tokens, $0.target.tokens] })
        let nested = pairs.filter { pair in !chosenTokens.contains([pair.source.tokens, pair.target.tokens]) }
            .map { pair in
                var link = pair
                link.isNested = true
                return link
            }
        return (chosen + nested).map { link in droppingModifier(link, source, target, matrix, bestSource) }
    }

    /// A title's base form without the modifier both sides add: `Ministre française des Droits des
    /// femmes` ↔ `French Minister for Women’s Rights` becomes `Ministre des Droits des femmes` ↔
    /// `Minister for Women’s Rights` when `française` aligns with `French`.
    private func droppingModifier(
        _ link: Link, _ source: Side, _ target: Side, _ matrix: WordMatrix, _ bestSource: [Int: Int]
    ) -> Link {
        let tokens = link.source.tokens
        guard tokens.count >= 4 else { return link }
        let withoutModifier = [tokens[0]] + tokens[2...]
        guard let reducedSource = source.occurrences.first(where: { $0.tokens == withoutModifier })
        else { return link }
        let modifier = tokens[1]
        let partners = link.target.tokens.filter { matrix[modifier, $0] >= 0.2 }
        // `French` before `Minister`: capitalised, and translating nothing else of the source term.
        if let first = link.target.tokens.first, link.target.tokens.count >= 3, target.tokens[first].isCapitalized,
            partners.allSatisfy({ $0 == first }), bestSource[first].map({ $0 == modifier }) ?? true,
            case let targetRest = Array(link.target.tokens.dropFirst()),
            let reducedTarget = target.occurrences.first(where: { $0.tokens == targetRest })
        {
            return Link(source: reducedSource, target: reducedTarget, alignment: link.alignment, isNested: link.isNested)
        }
        // The target has no word for the modifier: only the source drops it.
        if partners.isEmpty {
            return Link(source: reducedSource, target: link.target, alignment: link.alignment, isNested: link.isNested)
        }
        return link
    }

    /// Two acronyms of the same length with the same letters, in any order, one letter apart at most
    /// from three letters on (`UE`/`EU`, `B.C.N.`/`NCB`, `IVC`/`DVI`, `CIPD`/`ICMP`).
    static func sameAcronym(_ a: String, _ b: String) -> Bool {
        // An ASCII byte other than a capital starts a character that is not upper case.
        func startsLower(_ word: String) -> Bool { word.utf8.first.map { $0 < 0x80 && !(0x41...0x5A).contains($0) } ?? true }
        if startsLower(a) || startsLower(b) { return false }
        guard a.first?.isUppercase == true, b.first?.isUppercase == true else { return false }
        let a = a.filter { $0 != "." }, b = b.filter { $0 != "." }
        guard a.count >= 2, a.count <= 6, a.count == b.count, a.allSatisfy(\.isUppercase), b.allSatisfy(\.isUppercase) else { return false }
        var letters = Array(b), shared = 0
        for letter in a {
            if let index = letters.firstIndex(of: letter) {
                letters.remove(at: index)
                shared += 1
            }
        }
        return shared >= (a.count >= 3 ? a.count - 1 : a.count)
    }

    /// A word's best partner outside a pair makes the pair inconsistent only from this score on:
    /// on a small memory, weaker Model 1 scores are noise.
    static let anchor = 0.4

    /// How much an anchor's distance from the unit's diagonal lowers it (``WordMatrix/placed(_:tension:certain:)``).
    static let diagonalTension = 4.0

    /// Below this, a word-to-word score is no evidence that the two words translate each other.
    static let weak = 0.2

    /// How well each side's words are covered by the other's: the harmonic mean of the two mean
    /// best-match scores, 0…1. When exactly one word on each side is left unexplained while the
    /// others align, the two are taken as each other's translation (`rouge` ↔ `Red` in
    /// `notice rouge` ↔ `Red Notice`), at a lower score; so is one word left unexplained on one side
    /// when two words of the other side have the same best partner beside it, on the side where that
    /// language puts a noun against its modifier (``hasSecondClaim(_:_:besides:after:_:)``):
    /// `headsFirst` says, per side, whether adjectives follow the noun (French) or precede it (English).
    static func coverage(_ source: [Int], _ target: [Int], _ matrix: WordMatrix,
                         headsFirst: (source: Bool, target: Bool)) -> Double {
        guard !source.isEmpty, !target.isEmpty else { return 0 }
        var forward = source.map { i in target.reduce(0) { max($0, matrix[i, $1]) } }
        var backward = target.map { j in source.reduce(0) { max($0, matrix[$1, j]) } }
        let weakForward = forward.indices.filter { forward[$0] < weak }, weakBackward = backward.indices.filter { backward[$0] < weak }
        if weakForward.count == 1, weakBackward.count == 1, source.count + target.count >= 4 {
            forward[weakForward[0]] = 0.55
            backward[weakBackward[0]] = 0.55
        } else if weakForward.isEmpty, weakBackward.count == 1,
            Self.hasSecondClaim(source, target, besides: target[weakBackward[0]], after: !headsFirst.target, { matrix[$0, $1] })
        {
            // `êtres humains` ↔ `Human Beings`: `êtres` is explained only by `Human`, which is `humains`'s;
            // the one word left unexplained on the other side, next to `Human`, is its translation.
            backward[weakBackward[0]] = 0.55
        } else if weakBackward.isEmpty, weakForward.count == 1,
            Self.hasSecondClaim(target, source, besides: source[weakForward[0]], after: !headsFirst.source, { matrix[$1, $0] })
        {
            forward[weakForward[0]] = 0.55
        } else if [forward.first, forward.last, backward.first, backward.last].contains(where: { ($0 ?? 0) < weak }) {
            // A term pair starts and ends with words that translate each other: an unexplained word
            // at an edge ("Operation Trigger IV took") belongs to the sentence, not to the term.
            return 0
        }
        let f = forward.reduce(0, +) / Double(source.count), b = backward.reduce(0, +) / Double(target.count)
        guard f > 0, b > 0 else { return 0 }
        return min(1, 2 * f * b / (f + b))
    }

    /// Whether two words of `words` have the same best partner among `partners` (by `score`), right
    /// before the partner `unexplained` (`after`: the unexplained word follows its neighbour, as
    /// `Beings` follows `Human`; else right after it, as `êtres` precedes `humains`): two words
    /// explained by one, a sign that one of them translates the word beside it. The side matters:
    /// in `fighting human trafficking`, `fighting` stands before `human`, where an English noun
    /// does not stand against its modifier, and is no translation of `êtres`.
    static func hasSecondClaim(_ words: [Int], _ partners: [Int], besides unexplained: Int, after: Bool,
                               _ score: (Int, Int) -> Double) -> Bool {
        guard let place = partners.firstIndex(of: unexplained) else { return false }
        let neighbours = [after ? place - 1 : place + 1].filter(partners.indices.contains).map { partners[$0] }
        var claimed: Set<Int> = []
        for i in words {
            guard let best = partners.max(by: { score(i, $0) < score(i, $1) }), score(i, best) >= weak else { continue }
            if !claimed.insert(best).inserted { return neighbours.contains(best) }
        }
        return false
    }

    /// The form written most often; a lower-case form wins when there is one, since an upper-case
    /// initial may come from the start of a sentence.
    private static func mostFrequent(_ forms: [String: Int]) -> String {
        let lowercase = forms.filter { !($0.key.first?.isUppercase ?? false) }
        return (lowercase.isEmpty ? forms : lowercase).max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
    }
}

import Foundation
