import Foundation
import Memory
import Terminology

/// What a lookup found in the memories and glossaries: the JSON of `bitext lookup --json` and of
/// the web page's `/api/search`, built by one path for both.
///
/// In `auto` mode a text of three words or more gets fuzzy matches and one of up to eight words the
/// concordance; when both ran and fuzzy found nothing, only the concordance is reported.
///
/// ```swift
/// let glossary = GlossaryLookup(files: [("press.tsv", url)], languages: ("en", "fr"))
/// let report = try LookupReport(LookupReport.Query(text: "Secretary General", from: "en", to: "fr"),
///                               in: library, glossary: glossary)
/// ```
public struct LookupReport: Codable, Sendable {
    /// What to look up.
    public struct Query: Sendable {
        /// The sentence, phrase or word.
        public var text: String
        /// The language of the text (any when nil).
        public var from: String?
        /// The language of the translations (every other when nil).
        public var to: String?
        /// Fuzzy matches, concordance, both, or chosen by the length of the text.
        public var mode: Mode
        /// The lowest fuzzy match percentage.
        public var minimum: Int
        /// The most fuzzy matches and concordance groups.
        public var limit: Int

        /// Creates a query (an empty `from` or `to` means any).
        public init(text: String, from: String? = nil, to: String? = nil, mode: Mode = .auto, minimum: Int = 70, limit: Int = 10) {
            self.text = text
            self.from = from.flatMap { $0.isEmpty ? nil : $0 }
            self.to = to.flatMap { $0.isEmpty ? nil : $0 }
            self.mode = mode
            self.minimum = minimum
            self.limit = limit
        }

        /// Checks the text before anything is opened: not empty, at most
        /// ``MemoryLibrary/maximumQueryWords`` words.
        /// - Throws: ``MemoryIndexError/invalidQuery(_:)`` saying what is wrong.
        public func validate() throws(MemoryIndexError) {
            let words = Tokenizer.wordCount(of: text)
            guard text.contains(where: { !$0.isWhitespace }) else {
                throw .invalidQuery("the text to look up is empty: give a sentence, a phrase or a word")
            }
            guard words <= MemoryLibrary.maximumQueryWords else {
                throw .invalidQuery("the text has \(words) words; lookup takes up to \(MemoryLibrary.maximumQueryWords) (one sentence or phrase at a time)")
            }
        }
    }

    /// Which searches run.
    public enum Mode: String, Sendable, CaseIterable {
        /// Fuzzy from three words, concordance up to eight.
        case auto
        /// Fuzzy matches only.
        case fuzzy
        /// The concordance only.
        case concordance
        /// Both.
        case both
    }

    /// A memory or glossary that could not be used (the others still answered).
    public struct Problem: Codable, Sendable, Hashable {
        /// The memory or glossary.
        public var memory: String
        /// Why, in words.
        public var message: String

        /// Creates a problem.
        public init(memory: String, message: String) {
            self.memory = memory
            self.message = message
        }
    }

    /// The text looked up.
    public var query: String
    /// The language of the text, when given.
    public var from: String?
    /// The language of the translations, when given.
    public var to: String?
    /// The fuzzy matches, best first (nil when not run).
    public var fuzzy: [FuzzyMatch]?
    /// The concordance (nil when not run).
    public var concordance: Concordance?
    /// The glossary terms found in the text (nil when no glossary was consulted).
    public var glossary: [GlossaryLookup.Hit]?
    /// The languages of the memories searched, sorted.
    public var languages: [String]
    /// How many memories were searched.
    public var memories: Int
    /// The memories and glossaries that could not be used.
    public var problems: [Problem]

    /// Looks `query` up in the memories of `library` and, when given, in the glossaries.
    /// - Throws: ``MemoryIndexError`` (`invalidQuery` for an empty or too long text, or a phrase
    ///   without letters; others when an index cannot be read).
    public init(_ query: Query, in library: MemoryLibrary, glossary: GlossaryLookup? = nil) throws {
        try query.validate()
        let text = query.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = Tokenizer.wordCount(of: text)
        let runFuzzy = query.mode == .fuzzy || query.mode == .both || (query.mode == .auto && words >= 3)
        let runConcordance = query.mode == .concordance || query.mode == .both || (query.mode == .auto && words <= 8)
        var hints: RenderingHints?
        if let glossary, !glossary.isEmpty {
            hints = { phrase, from, to in glossary.renderings(of: phrase, from: from, to: to) }
        }
        fuzzy = runFuzzy ? try library.fuzzy(text, from: query.from, to: query.to, minimum: query.minimum, limit: query.limit) : nil
        concordance = runConcordance
            ? try library.concordance(text, from: query.from, to: query.to, hints: hints, evidence: .installed, near: .installed) : nil
        if query.mode == .auto, fuzzy?.isEmpty == true, concordance != nil { fuzzy = nil } // both tried: show the one that answered
        if var found = concordance, found.groups.count > query.limit {
            found.groups = Array(found.groups.prefix(query.limit))
            concordance = found
        }
        self.query = text
        from = query.from
        to = query.to
        self.glossary = glossary.flatMap { $0.isEmpty ? nil : $0.hits(in: text, from: query.from, to: query.to) }
        languages = library.languages
        memories = library.indexes.count
        problems = library.problems.map { Problem(memory: $0.memory.path, message: $0.error.description) }
            + (glossary?.problems ?? []).map { Problem(memory: $0.name, message: $0.message) }
    }

    /// The report as indented JSON with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
