import Foundation
import Memory
import Terminology
import TMX

extension LookupCommand {
    /// The glossaries `bitext lookup` consults (every glossary in `glossaries/`, or those given with
    /// `--glossary`): their entries for the terms of the text, and renderings for the concordance.
    struct Glossaries: Sendable {
        /// One glossary term found in the looked-up text.
        struct Hit: Encodable, Hashable {
            /// The text as found in the query.
            var text: String
            /// The glossary term it matched (base form).
            var term: String
            /// The language the term was looked for in.
            var sourceLanguage: String
            /// The language of the translations.
            var targetLanguage: String
            /// Approved translations first, then candidates.
            var translations: [String]
            /// Translations the glossary forbids.
            var forbidden: [String]
            /// The status of the source term (`approved`, `candidate`, `forbidden`…).
            var status: String
            /// Whether matching needed tolerance beyond case and accents (plural, elision, inserted word).
            var approximate: Bool
            /// The glossary file.
            var glossary: String
        }

        /// The glossaries read, with their file names.
        let glossaries: [(name: String, glossary: Glossary)]
        /// Glossary files that could not be read, with why.
        let problems: [Report.Problem]

        /// Reads the glossary files (unreadable ones become problems: the others are still used).
        /// Tab-separated and CSV files without a language header are read as `from` → `to`
        /// (`en` → `fr` when not given).
        init(paths: [String], from: String?, to: String?) {
            var glossaries: [(name: String, glossary: Glossary)] = [], problems: [Report.Problem] = []
            for url in GlossaryStore.files(paths) {
                do {
                    glossaries.append((url.lastPathComponent, try GlossaryFormat.read(contentsOf: url, languages: (from ?? "en", to ?? "fr"))))
                } catch {
                    problems.append(.init(memory: url.path, message: "\(error)"))
                }
            }
            self.glossaries = glossaries
            self.problems = problems
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

        /// The glossary terms found in `text`, in text order, with their translations.
        func hits(in text: String, from: String?, to: String?) -> [Hit] {
            var hits: [Hit] = []
            for (source, target) in pairs(from: from, to: to) {
                for (name, glossary) in glossaries {
                    let matcher = TermMatcher(glossaries: [glossary], language: source, targetLanguage: target)
                    guard matcher.termCount > 0 else { continue }
                    for occurrence in matcher.occurrences(in: text) where !occurrence.translations.isEmpty || !occurrence.forbidden.isEmpty {
                        let hit = Hit(
                            text: occurrence.text, term: occurrence.term.text, sourceLanguage: source, targetLanguage: target,
                            translations: occurrence.translations.map(\.text), forbidden: occurrence.forbidden.map(\.text),
                            status: occurrence.status.rawValue, approximate: occurrence.isApproximate, glossary: name)
                        if !hits.contains(hit) { hits.append(hit) }
                    }
                }
            }
            return hits
        }

        /// Renderings of a concordance phrase from the glossaries: the translations into `to` of the terms
        /// found in the phrase, for ``MemoryLibrary/concordance(_:from:to:limit:examples:hints:)``.
        var renderingHints: RenderingHints? {
            guard !glossaries.isEmpty else { return nil }
            return { phrase, from, to in
                guard let to else { return [] }
                var renderings: [String] = []
                for hit in hits(in: phrase, from: from, to: to) {
                    for translation in hit.translations where !renderings.contains(translation) { renderings.append(translation) }
                }
                return renderings
            }
        }
    }
}
