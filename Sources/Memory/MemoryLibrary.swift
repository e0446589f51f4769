import Foundation

/// Renderings of a phrase in a target language from a glossary or lexicon, used to highlight the
/// span of a translation that renders a concordance hit: `(phrase, source language, target language)`.
public typealias RenderingHints = @Sendable (_ phrase: String, _ from: String?, _ to: String?) -> [String]

/// The memories looked up together (every TMX under `tmx/` by default), each with its index.
public struct MemoryLibrary: Sendable {
    /// A memory that could not be used, and why; the others are still answered.
    public struct Problem: Sendable, Hashable {
        /// The memory file.
        public var memory: URL
        /// What went wrong.
        public var error: MemoryIndexError
    }

    /// The memories with a usable index.
    public let indexes: [MemoryIndex]
    /// What happened to each usable index (created, updated, repaired…), in the order of `indexes`.
    public let outcomes: [MemoryIndex.Outcome]
    /// The memories that could not be used.
    public let problems: [Problem]

    /// Hits are counted up to this number (more is shown as "at least").
    static let countCap = 1_000

    /// Near hits are looked for only when the exact hits are fewer than this many units: they matter
    /// when a phrase has few or no examples as written, and the search costs a lookup on a million units
    /// a few milliseconds more (`bitext-bench-lookup`, CPU p50 with near hits / exact only: 1.08–1.09×
    /// below three exact hits, 1.14–1.27× below ten).
    static let nearSearchBelow = 3

    /// The largest query, in words.
    public static let maximumQueryWords = 1_000

    /// The memory files in `folder` and its subfolders (`.tmx`, any case), sorted by path.
    public static func memories(in folder: URL) throws -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else {
            throw MemoryIndexError.unreadableMemory(path: folder.path, reason: "no such folder")
        }
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension.lowercased() == "tmx" {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Opens (and creates, refreshes or repairs as needed) the index of every memory.
    public init(memories: [URL], reader: @escaping MemoryUnitReader, rebuild: Bool = false,
                progress: (@Sendable (URL, Int) -> Void)? = nil) {
        var indexes: [MemoryIndex] = [], outcomes: [MemoryIndex.Outcome] = [], problems: [Problem] = []
        for memory in memories {
            do {
                var report: (@Sendable (Int) -> Void)?
                if let progress { report = { progress(memory, $0) } }
                let opened = try MemoryIndex.open(memory: memory, reader: reader, rebuild: rebuild, progress: report)
                indexes.append(opened.index)
                outcomes.append(opened.outcome)
            } catch let error as MemoryIndexError {
                problems.append(Problem(memory: memory, error: error))
            } catch {
                problems.append(Problem(memory: memory, error: .unreadableMemory(path: memory.path, reason: "\(error)")))
            }
        }
        self.indexes = indexes
        self.outcomes = outcomes
        self.problems = problems
    }

    static func checkQuery(_ text: String) throws {
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw MemoryIndexError.invalidQuery("the query is empty: give a sentence, a phrase or a word")
        }
        let words = Tokenizer.wordCount(of: text)
        guard words <= maximumQueryWords else {
            throw MemoryIndexError.invalidQuery("the query has \(words) words; lookup takes up to \(maximumQueryWords) (one sentence or phrase at a time)")
        }
    }

    /// The segments of the memories in language `from` (any when nil) that score at least `minimum`
    /// against `text`, best first, at most `limit`, with their translations into `to` (all others when nil).
    public func fuzzy(_ text: String, from: String? = nil, to: String? = nil, minimum: Int = 70, limit: Int = 10) throws -> [FuzzyMatch] {
        try fuzzy(text, from: from, to: to, minimum: minimum, limit: limit, bruteForce: false)
    }

    /// The same as ``fuzzy(_:from:to:minimum:limit:)``, scoring every segment instead of the index's
    /// candidates: the reference the benchmark checks the index against.
    @_spi(Benchmark)
    public func bruteForceFuzzy(_ text: String, from: String? = nil, to: String? = nil, minimum: Int = 70, limit: Int = 10) throws -> [FuzzyMatch] {
        try fuzzy(text, from: from, to: to, minimum: minimum, limit: limit, bruteForce: true)
    }

    private func fuzzy(_ text: String, from: String?, to: String?, minimum: Int, limit: Int, bruteForce: Bool) throws -> [FuzzyMatch] {
        try Self.checkQuery(text)
        let queryTokens = Tokenizer.tokens(of: text)
        let keys = queryTokens.filter(\.isScored).map(\.key)
        guard !keys.isEmpty else { return [] }
        let minimum = min(max(minimum, 1), 100), limit = max(limit, 1)
        var candidates: [(index: MemoryIndex, candidate: FuzzyIndexFile.Candidate)] = []
        for index in indexes {
            let languages = index.languageNumbers(matching: from)
            let found = bruteForce
                ? index.fuzzy.bruteForce(query: keys, languages: languages, minimum: minimum, limit: limit)
                : index.fuzzy.candidates(query: keys, languages: languages, minimum: minimum, limit: limit)
            candidates += found.map { (index, $0) }
        }
        // Exact rescoring (penalties, highlighting) of the top candidates and of every zero-distance one.
        candidates.sort { $0.candidate.percent > $1.candidate.percent }
        let exact = candidates.filter { $0.candidate.distance == 0 }.prefix(limit * 5)
        let inexact = candidates.filter { $0.candidate.distance > 0 }.prefix(limit * 2) // room for duplicates
        var matches: [FuzzyMatch] = []
        for index in indexes {
            let ids = (exact + inexact).filter { $0.index === index }.map { Int64($0.candidate.variant) + 1 }
            let rows = try index.variants(ids)
            let translations = try index.translations(ofUnits: rows.map(\.unit), to: to)
            for row in rows {
                let score = FuzzyScorer.score(query: text, queryTokens: queryTokens, candidate: row.text,
                                              candidateTokens: Tokenizer.tokens(of: row.text))
                guard score.percent >= minimum else { continue }
                let others = (translations[row.unit] ?? []).filter { $0.id != row.id && $0.language != row.language }
                matches.append(FuzzyMatch(
                    percent: score.percent, sourceLanguage: row.language,
                    source: HighlightedText(row.text, highlighting: score.differences),
                    translations: others.map { MemoryTranslation(language: $0.language, text: HighlightedText($0.text)) },
                    origin: row.origin))
            }
        }
        // Best first, newest first among equals; the same pair of texts once.
        matches.sort { ($0.percent, $0.origin.date ?? "") > ($1.percent, $1.origin.date ?? "") }
        var seen = Set<[String]>()
        matches = matches.filter { seen.insert([$0.source.text] + $0.translations.map(\.text.text)).inserted }
        return Array(matches.prefix(limit))
    }

    /// Every unit whose segment in `from` (any language when nil) contains `phrase` (case-, accent- and
    /// elision-insensitive), grouped by distinct translation into `to` (every other language when nil).
    /// At most `limit` units are grouped; each group keeps up to `examples` hits. The span of each
    /// translation rendering the phrase comes from `hints` (a glossary's renderings), else from the
    /// phrase itself, else from association in the memory checked against the words' `evidence`.
    /// When the exact hits (case, accents, elision aside) are fewer than three units (and under `limit`), a
    /// phrase of two words or more also gets the near hits of `near` (another inflection, one word
    /// inserted), after them.
    public func concordance(_ phrase: String, from: String? = nil, to: String? = nil, limit: Int = 100,
                            examples: Int = 3, hints: RenderingHints? = nil,
                            evidence: RenderingEvidence = .none, near: NearMatching = .none) throws -> Concordance {
        try Self.checkQuery(phrase)
        let words = FoldedTokenizer.keys(of: phrase)
        guard !words.isEmpty else {
            throw MemoryIndexError.invalidQuery("the phrase \"\(phrase)\" has no letters or digits to look up")
        }
        var hits: [PendingHit] = []
        var totalHits = 0
        var truncated = false
        for index in indexes {
            let rows = try index.phraseHits(words, from: from, limit: max(limit - hits.count, 0) + 1)
            let units = Set(rows.map(\.unit)).count
            if rows.count > limit - hits.count {
                truncated = true
                totalHits += try index.phraseCount(words, in: from, cap: Self.countCap)
            } else {
                totalHits += units
            }
            hits += try Self.pendingHits(rows.prefix(max(limit - hits.count, 0)), of: index, to: to, isNear: false) {
                FoldedTokenizer.occurrences(of: words, in: FoldedTokenizer.words(of: $0.text))
            }
        }
        var nearCount = 0
        if !truncated, hits.count < min(limit, Self.nearSearchBelow) {
            let found = try nearHits(of: phrase, words: words, from: from, to: to, limit: limit - hits.count, near: near, evidence: evidence)
            hits += found.hits
            nearCount = found.total
            totalHits += found.total
            truncated = found.truncated
        }
        // Per target language: the rendering of the phrase, each hit's span, groups by span.
        struct Key: Hashable { var language: String; var words: [String] }
        var order: [Key] = []
        var groups: [Key: (rendering: String, evidence: String?, hits: [Concordance.Hit])] = [:]
        let languages = hits.flatMap { $0.translations.map(\.language) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for language in languages {
            let translated = hits.compactMap { hit, translations in
                translations.first { $0.language == language }.map { (hit, $0.text, FoldedTokenizer.words(of: $0.text)) }
            }
            // The rendering comes from the exact hits when there are any; near hits only find its span.
            let exact = translated.filter { !$0.0.isNear }
            let finder = TranslationSpanFinder(
                phrase: words, hints: hints?(phrase, from, language) ?? [], totalHits: exact.isEmpty ? totalHits : totalHits - nearCount,
                backgroundCount: { gram, cap in
                    indexes.reduce(0) { $0 + ((try? $1.phraseCountInAnyLanguage(gram, cap: cap)) ?? 0) }
                },
                phraseLanguage: from ?? translated.first?.0.sourceLanguage, targetLanguage: language, evidence: evidence)
            let rendering = finder.rendering(in: (exact.isEmpty ? translated : exact).map(\.2))
            for (hit, text, folded) in translated {
                var hit = hit
                let span = rendering.flatMap { TranslationSpanFinder.span(in: folded, rendering: $0.words) }
                hit.translation = MemoryTranslation(language: language, text: HighlightedText(text, highlighting: span.map { [$0] } ?? []))
                let key: Key
                let shown: String
                if let span {
                    shown = String(text.unicodeScalars[span])
                    key = Key(language: language, words: FoldedTokenizer.keys(of: shown))
                } else {
                    shown = text
                    key = Key(language: language, words: [text])
                }
                if groups[key] == nil {
                    order.append(key)
                    groups[key] = (shown, span == nil ? nil : rendering?.evidence, [])
                }
                groups[key]!.hits.append(hit)
            }
        }
        let all = order.map { key in
            let group = groups[key]!
            return Concordance.Group(language: key.language, rendering: group.rendering, count: group.hits.count,
                                     hits: group.hits, spanEvidence: group.evidence)
        }
        let result = Concordance.Group.ranked(Concordance.Group.mergingInflections(Concordance.Group.ranked(all), near: near))
            .map { group in
                var group = group
                group.hits = Array(group.hits.prefix(examples))
                return group
            }
        return Concordance(phrase: phrase, totalHits: max(totalHits, hits.count), nearHits: nearCount, isTruncated: truncated, groups: result)
    }
}
