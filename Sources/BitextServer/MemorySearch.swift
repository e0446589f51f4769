import Foundation
import Hummingbird
import Memory
import Terminology

/// The memory search of the page: fuzzy matches and concordance over every memory served, as
/// `bitext lookup` shows them, through ``MemoryLibrary`` (its index beside the memories, in
/// `.bitext-index/`, created on first use and refreshed when a memory changes).
///
/// An actor: it keeps the library open between searches and opens it again when a memory was
/// added, removed or changed (size or modification time), or after a save of this server.
actor MemorySearch {
    /// What a search asks.
    struct Query: Sendable {
        /// The sentence, phrase or word.
        var text: String
        /// The language of the text (any when nil).
        var from: String?
        /// The language of the translations (every other when nil).
        var to: String?
        /// `auto` (fuzzy from three words, concordance up to eight), `fuzzy`, `concordance` or `both`.
        var mode: String = "auto"
        /// The lowest fuzzy match percentage.
        var minimum = 70
        /// The most fuzzy matches and concordance groups.
        var limit = 10
    }

    /// What a search found: the report of `bitext lookup --json`, memories named by API path.
    struct Result: Codable, ResponseEncodable {
        struct Problem: Codable {
            var memory: String
            var message: String
        }

        var query: String
        var from: String?
        var to: String?
        var fuzzy: [FuzzyMatch]?
        var concordance: Concordance?
        /// The entries of the served glossaries for the text (when both languages are chosen).
        var glossary: [GlossaryHits.Hit]
        /// The languages of the memories searched (for the language pair selection).
        var languages: [String]
        /// How many memories were searched.
        var memories: Int
        var problems: [Problem]
    }

    /// The memories and their languages, without searching.
    struct Overview: Codable, ResponseEncodable {
        var memories: [String]
        var languages: [String]
        var problems: [Result.Problem]
    }

    private let files: ServedFiles
    private var library: MemoryLibrary?
    /// The memories the library was opened on.
    private var stamps: [ServedFiles.Stamp] = []

    init(files: ServedFiles) {
        self.files = files
    }

    /// Forgets the open library: the next search checks every memory again (after a save).
    func invalidate() {
        library = nil
        stamps = []
    }

    /// The memories served and their languages (opening or refreshing their indexes).
    func overview() throws(ServerError) -> Overview {
        let library = try currentLibrary()
        return Overview(memories: stamps.map(\.path), languages: Self.languages(of: library), problems: problems(of: library))
    }

    /// Looks a text up in every memory served.
    func search(_ query: Query) throws(ServerError) -> Result {
        let text = query.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw ServerError(.invalidRequest, "the search is empty: give a sentence, a phrase or a word (?q=…)")
        }
        let words = Memory.Tokenizer.wordCount(of: text)
        guard words <= MemoryLibrary.maximumQueryWords else {
            throw ServerError(.invalidRequest, "the text has \(words) words; search takes up to \(MemoryLibrary.maximumQueryWords) (one sentence or phrase at a time)")
        }
        guard ["auto", "fuzzy", "concordance", "both"].contains(query.mode) else {
            throw ServerError(.invalidRequest, "mode must be auto, fuzzy, concordance or both, not \(query.mode)")
        }
        guard (1...100).contains(query.minimum) else { throw ServerError(.invalidRequest, "min must be between 1 and 100") }
        guard (1...200).contains(query.limit) else { throw ServerError(.invalidRequest, "max must be between 1 and 200") }
        let library = try currentLibrary()
        let from = query.from.flatMap { $0.isEmpty ? nil : $0 }, to = query.to.flatMap { $0.isEmpty ? nil : $0 }
        let auto = query.mode == "auto"
        let runFuzzy = query.mode == "fuzzy" || query.mode == "both" || (auto && words >= 3)
        let runConcordance = query.mode == "concordance" || query.mode == "both" || (auto && words <= 8)
        var fuzzy: [FuzzyMatch]?
        var concordance: Concordance?
        // Glossary columns (TSV, CSV) are named by the pair: glossaries are consulted when both are chosen.
        var glossaries: GlossaryHits?
        var hints: RenderingHints?
        if let from, let to {
            let found = GlossaryHits(files: files, from: from, to: to)
            glossaries = found
            if !found.isEmpty {
                hints = { phrase, _, _ in found.renderings(of: phrase) }
            }
        }
        do {
            fuzzy = runFuzzy ? try library.fuzzy(text, from: from, to: to, minimum: query.minimum, limit: query.limit) : nil
            concordance = runConcordance ? try library.concordance(text, from: from, to: to, hints: hints) : nil
        } catch let error as MemoryIndexError {
            if case .invalidQuery(let message) = error { throw ServerError(.invalidRequest, message) }
            throw ServerError(.file, error.description)
        } catch {
            throw ServerError(.file, "\(error)")
        }
        if auto, fuzzy?.isEmpty == true, concordance != nil { fuzzy = nil } // both tried: show the one that answered
        if var found = concordance, found.groups.count > query.limit {
            found.groups = Array(found.groups.prefix(query.limit))
            concordance = found
        }
        let stamps = stamps
        func served(_ origin: UnitOrigin) -> UnitOrigin {
            var origin = origin
            origin.memory = ServedFiles.apiPath(of: origin.memory, in: stamps)
            return origin
        }
        fuzzy = fuzzy?.map { match in
            var match = match
            match.origin = served(match.origin)
            return match
        }
        if var found = concordance {
            found.groups = found.groups.map { group in
                var group = group
                group.hits = group.hits.map { hit in
                    var hit = hit
                    hit.origin = served(hit.origin)
                    return hit
                }
                return group
            }
            concordance = found
        }
        return Result(query: text, from: from, to: to, fuzzy: fuzzy, concordance: concordance,
                      glossary: glossaries?.hits(for: text) ?? [], languages: Self.languages(of: library), memories: library.indexes.count, problems: problems(of: library))
    }

    /// The library on the memories served now, opened again when the list or a file changed.
    private func currentLibrary() throws(ServerError) -> MemoryLibrary {
        let now = files.stamps(kind: "memory")
        if let library, now == stamps { return library }
        guard !now.isEmpty else {
            throw ServerError(.notFound, "there is no memory (.tmx) in the served folders to search")
        }
        let opened = MemoryLibrary(memories: now.map(\.url), reader: TMXUnitSource.reader)
        library = opened
        // Stamps taken after opening would miss a change made while indexing; those taken before
        // only cause one more refresh.
        stamps = now
        return opened
    }

    private func problems(of library: MemoryLibrary) -> [Result.Problem] {
        library.problems.map { Result.Problem(memory: ServedFiles.apiPath(of: $0.memory.path, in: stamps), message: $0.error.description) }
    }

    private static func languages(of library: MemoryLibrary) -> [String] {
        var seen: [String] = []
        for language in library.indexes.flatMap(\.languages) where !seen.contains(language) {
            seen.append(language)
        }
        return seen.sorted()
    }
}
