import Foundation
import Hummingbird
import Lookup
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
    typealias Result = LookupReport

    /// The memories and their languages, without searching.
    struct Overview: Codable, ResponseEncodable {
        var memories: [String]
        var languages: [String]
        var problems: [LookupReport.Problem]
    }

    private let files: ServedFiles
    private var library: MemoryLibrary?
    /// The memories the library was opened on.
    private var stamps: [ServedFiles.Stamp] = []
    /// The served glossaries as last read, for a language pair and the files' stamps then.
    private var glossaryCache: (from: String, to: String, stamps: [ServedFiles.Stamp], lookup: GlossaryLookup)?

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
        return Overview(memories: stamps.map(\.path), languages: library.languages, problems: problems(of: library))
    }

    /// The served glossaries read for `from` → `to`; read again only when a glossary file was
    /// added, removed or changed, or the pair is another one (not on every search).
    private func currentGlossary(from: String, to: String) -> GlossaryLookup {
        let now = files.stamps(kind: "glossary")
        if let cache = glossaryCache, cache.from == from, cache.to == to, cache.stamps == now { return cache.lookup }
        let lookup = GlossaryLookup(files: now.map { ($0.path, $0.url) }, languages: (from, to))
        glossaryCache = (from, to, now, lookup)
        return lookup
    }

    /// Looks a text up in every memory served.
    func search(_ query: Query) throws(ServerError) -> Result {
        let text = query.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw ServerError(.invalidRequest, "the search is empty: give a sentence, a phrase or a word (?q=…)")
        }
        guard let mode = LookupReport.Mode(rawValue: query.mode) else {
            throw ServerError(.invalidRequest, "mode must be auto, fuzzy, concordance or both, not \(query.mode)")
        }
        guard (1...100).contains(query.minimum) else { throw ServerError(.invalidRequest, "min must be between 1 and 100") }
        guard (1...200).contains(query.limit) else { throw ServerError(.invalidRequest, "max must be between 1 and 200") }
        let lookup = LookupReport.Query(text: text, from: query.from, to: query.to, mode: mode, minimum: query.minimum, limit: query.limit)
        do { try lookup.validate() } catch { throw ServerError(.invalidRequest, error.description) }
        let library = try currentLibrary()
        // Glossary columns (TSV, CSV) are named by the pair: glossaries are consulted when both are chosen.
        var glossary: GlossaryLookup?
        if let from = lookup.from, let to = lookup.to {
            glossary = currentGlossary(from: from, to: to)
        }
        var report: LookupReport
        do {
            report = try LookupReport(lookup, in: library, glossary: glossary)
        } catch let error as MemoryIndexError {
            if case .invalidQuery(let message) = error { throw ServerError(.invalidRequest, message) }
            throw ServerError(.file, error.description)
        } catch {
            throw ServerError(.file, "\(error)")
        }
        let stamps = stamps
        func served(_ origin: UnitOrigin) -> UnitOrigin {
            var origin = origin
            origin.memory = ServedFiles.apiPath(of: origin.memory, in: stamps)
            return origin
        }
        report.fuzzy = report.fuzzy?.map { match in
            var match = match
            match.origin = served(match.origin)
            return match
        }
        if var found = report.concordance {
            found.groups = found.groups.map { group in
                var group = group
                group.hits = group.hits.map { hit in
                    var hit = hit
                    hit.origin = served(hit.origin)
                    return hit
                }
                return group
            }
            report.concordance = found
        }
        // The memories' problems come first, by file path; the glossaries' are named by API path already.
        for index in report.problems.indices.prefix(library.problems.count) {
            report.problems[index].memory = ServedFiles.apiPath(of: report.problems[index].memory, in: stamps)
        }
        return report
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

    private func problems(of library: MemoryLibrary) -> [LookupReport.Problem] {
        library.problems.map { LookupReport.Problem(memory: ServedFiles.apiPath(of: $0.memory.path, in: stamps), message: $0.error.description) }
    }
}

extension LookupReport: ResponseEncodable {}
