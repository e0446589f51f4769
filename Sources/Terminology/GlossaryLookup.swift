import Foundation
import Synchronization
import TMX

/// The glossary entries for the terms of a text, as `bitext lookup` and the web page's search show
/// them above the memory's answers: every term found anywhere in the text by ``TermMatcher``
/// (tolerant of case, accents, elision, plural and one inserted word), with its translations, and
/// the renderings that guide the concordance's highlighting. A term inside a longer one is listed
/// too, after it, with ``Hit/inside`` set, as `bitext terms suggest` lists it (`Droits des femmes`
/// inside `Ministre des Droits des femmes`).
///
/// ```swift
/// let lookup = GlossaryLookup(files: [("press.tsv", url)], languages: ("en", "fr"))
/// for hit in lookup.hits(in: "The Secretary General spoke.", from: "en", to: "fr") { … }
/// ```
public struct GlossaryLookup: Sendable {
    /// One glossary term found in the text.
    public struct Hit: Codable, Sendable, Hashable {
        /// The text as found in the query.
        public var text: String
        /// The glossary term it matched (base form).
        public var term: String
        /// The language the term was looked for in.
        public var sourceLanguage: String
        /// The language of the translations.
        public var targetLanguage: String
        /// Approved translations first, then candidates.
        public var translations: [String]
        /// Translations the glossary forbids.
        public var forbidden: [String]
        /// The status of the source term (`approved`, `candidate`, `forbidden`…).
        public var status: String
        /// Whether matching needed tolerance beyond case and accents (plural, elision, inserted word).
        public var approximate: Bool
        /// The glossary's name (its file name, or its path as served).
        public var glossary: String
        /// The note of the first translation that has one, or else of the entry.
        public var note: String?
        /// For a term found inside a longer glossary term of the text, the text of the longer one
        /// (the longest when several hold it); nil otherwise.
        public var inside: String?
    }

    /// A glossary file that could not be read.
    public struct Problem: Sendable, Hashable {
        /// The glossary's name, as given.
        public var name: String
        /// Why, in words.
        public var message: String
    }

    /// The glossaries read, with their names.
    public let glossaries: [(name: String, glossary: Glossary)]
    /// The files that could not be read (the others are still used).
    public let problems: [Problem]
    /// The matchers of each language pair, prepared at the first look-up of that pair and shared by
    /// the copies of this value (a web page's searches reuse them instead of preparing every term again).
    private let matchers = MatcherCache()

    /// Uses glossaries already read.
    public init(glossaries: [(name: String, glossary: Glossary)]) {
        self.glossaries = glossaries
        problems = []
    }

    /// Reads glossary files (TBX, TSV, CSV); tab-separated and CSV files without a language header
    /// are read as `languages`. A file that cannot be read becomes a ``Problem``.
    public init(files: [(name: String, url: URL)], languages: (source: String, target: String)) {
        var glossaries: [(name: String, glossary: Glossary)] = [], problems: [Problem] = []
        for (name, url) in files {
            do {
                glossaries.append((name, try GlossaryFormat.read(contentsOf: url, languages: languages)))
            } catch {
                problems.append(Problem(name: name, message: "\(error)"))
            }
        }
        self.glossaries = glossaries
        self.problems = problems
    }

    /// Whether no glossary was read.
    public var isEmpty: Bool { glossaries.isEmpty }

    /// The glossary terms found in `text`, in text order for each language pair and glossary, with
    /// their translations; a term is listed only when it has a translation (allowed or forbidden).
    /// A term inside a longer one of the same glossary is listed after it (unless the longer one's
    /// translation renders it differently, see ``TermMatcher/occurrences(in:includingNested:)``);
    /// ``Hit/inside`` names the longest term of any glossary holding it.
    /// - Parameters:
    ///   - from: the language of the text; every language of the glossaries when nil.
    ///   - to: the language of the translations; every other language when nil.
    public func hits(in text: String, from: String?, to: String?) -> [Hit] {
        found(in: text, from: from, to: to).map(\.hit)
    }

    /// The renderings into `to` the glossaries give for the terms of `phrase` (forbidden ones are
    /// not), for the concordance to look for in the translations; none when `to` is nil. Those of a
    /// term inside a longer term of its glossary are not used: the longer term's are.
    public func renderings(of phrase: String, from: String?, to: String?) -> [String] {
        guard let to else { return [] }
        var renderings: [String] = []
        for (hit, isNested) in found(in: phrase, from: from, to: to) where !isNested {
            for translation in hit.translations where !renderings.contains(translation) { renderings.append(translation) }
        }
        return renderings
    }

    /// The hits of ``hits(in:from:to:)``, each with whether its glossary's matcher found it inside a
    /// longer term.
    private func found(in text: String, from: String?, to: String?) -> [(hit: Hit, isNested: Bool)] {
        var found: [(hit: Hit, isNested: Bool)] = []
        for (source, target) in pairs(from: from, to: to) {
            var occurrences: [(occurrence: TermOccurrence, glossary: String)] = []
            for (matcher, name) in zip(matchers(source, target), glossaries.map(\.name)) where matcher.termCount > 0 {
                for occurrence in matcher.occurrences(in: text, includingNested: true) { occurrences.append((occurrence, name)) }
            }
            for (occurrence, name) in occurrences where !occurrence.translations.isEmpty || !occurrence.forbidden.isEmpty {
                let range = occurrence.range
                let enclosing = occurrences.map(\.occurrence.range)
                    .filter { $0 != range && $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
                    .max { text.distance(from: $0.lowerBound, to: $0.upperBound) < text.distance(from: $1.lowerBound, to: $1.upperBound) }
                let hit = Hit(
                    text: occurrence.text, term: occurrence.term.text, sourceLanguage: source, targetLanguage: target,
                    translations: occurrence.translations.map(\.text), forbidden: occurrence.forbidden.map(\.text),
                    status: occurrence.status.rawValue, approximate: occurrence.isApproximate, glossary: name,
                    note: occurrence.translations.compactMap(\.note).first ?? occurrence.entry.note,
                    inside: enclosing.map { String(text[$0]) })
                if !found.contains(where: { $0.hit == hit }) { found.append((hit, occurrence.isNested)) }
            }
        }
        return found
    }

    /// One matcher per glossary for `source` → `target`, prepared once.
    private func matchers(_ source: String, _ target: String) -> [TermMatcher] {
        matchers.matchers(for: "\(source)\t\(target)") {
            glossaries.map { TermMatcher(glossaries: [$0.glossary], language: source, targetLanguage: target) }
        }
    }

    /// The language pairs to match: `from` (or every glossary language) to `to` (or every other).
    private func pairs(from: String?, to: String?) -> [(source: String, target: String)] {
        var languages: [String] = []
        for language in glossaries.flatMap(\.glossary.languages) where !languages.contains(where: { Self.same($0, language) }) {
            languages.append(language)
        }
        let sources = from.map { [$0] } ?? languages
        let targets = to.map { [$0] } ?? languages
        return sources.flatMap { source in
            targets.filter { !Self.same($0, source) }.map { (source, $0) }
        }
    }

    /// Whether two language codes name the same language (`fr` and `fr-FR`, `en_GB` and `en-gb`).
    private static func same(_ a: String, _ b: String) -> Bool {
        LanguageTag(a).matches(LanguageTag(b)) || LanguageTag(b).matches(LanguageTag(a))
    }
}

/// The matchers a ``GlossaryLookup`` has prepared, by language pair.
private final class MatcherCache: Sendable {
    private let prepared = Mutex<[String: [TermMatcher]]>([:])

    /// The matchers for `key`, made by `make` the first time.
    func matchers(for key: String, make: () -> [TermMatcher]) -> [TermMatcher] {
        if let found = prepared.withLock({ $0[key] }) { return found }
        let made = make()
        return prepared.withLock { table in
            if let found = table[key] { return found }
            table[key] = made
            return made
        }
    }
}
