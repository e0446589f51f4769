import Foundation
import Terminology

/// The entries of the served glossaries whose source term is a phrase looked up: shown above the
/// memory's answers, and given to the concordance as renderings to highlight in the translations.
struct GlossaryHits: Sendable {
    /// One entry found: the term looked up and its translations, with their status.
    struct Hit: Codable, Sendable, Hashable {
        struct Translation: Codable, Sendable, Hashable {
            var text: String
            var status: String
        }

        /// The glossary (API path).
        var glossary: String
        var source: String
        var translations: [Translation]
        var note: String?
    }

    /// The target terms of each normalised source term, by glossary.
    private var table: [String: [Hit]] = [:]

    /// Reads every served glossary for `from` → `to` (glossaries that cannot be read are left out).
    init(files: ServedFiles, from: String, to: String) {
        for stamp in files.stamps(kind: "glossary") {
            guard let glossary = try? GlossaryFormat.read(contentsOf: stamp.url, languages: (from, to)) else { continue }
            for entry in glossary.entries {
                let targets = entry.terms(in: to)
                guard !targets.isEmpty else { continue }
                for term in entry.terms(in: from) {
                    table[TermNormalizer.key(term.text), default: []].append(Hit(
                        glossary: stamp.path, source: term.text,
                        translations: targets.map { .init(text: $0.text, status: entry.status(of: $0).rawValue) },
                        note: targets.compactMap(\.note).first ?? entry.note))
                }
            }
        }
    }

    /// Whether no glossary entry was read.
    var isEmpty: Bool { table.isEmpty }

    /// The entries whose source term is `phrase` (after case, accent and space normalisation).
    func hits(for phrase: String) -> [Hit] {
        table[TermNormalizer.key(phrase)] ?? []
    }

    /// The renderings of `phrase` that may be used (forbidden ones are not).
    func renderings(of phrase: String) -> [String] {
        hits(for: phrase).flatMap(\.translations).filter { $0.status != TermStatus.forbidden.rawValue }.map(\.text)
    }
}
