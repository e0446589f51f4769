import Foundation

/// A glossary: entries of concepts with their terms in several languages.
///
/// Read and written in TBX (v2 and v3 read, v3 TBX-Basic DCA written), OmegaT's tab-separated
/// format and CSV with a header of language codes; see ``GlossaryFormat``.
public struct Glossary: Sendable, Hashable {
    /// The glossary's title (TBX `titleStmt/title` or `sourceDesc/p`), if any.
    public var title: String?
    /// The language of the file as a whole (TBX `xml:lang` on the root), if given.
    public var language: String?
    /// The entries, in file order.
    public var entries: [GlossaryEntry]
    /// What the reader noticed and read past (elements not kept, rows skipped).
    public var warnings: [GlossaryWarning]

    /// Creates a glossary.
    public init(title: String? = nil, language: String? = nil, entries: [GlossaryEntry] = [], warnings: [GlossaryWarning] = []) {
        self.title = title
        self.language = language
        self.entries = entries
        self.warnings = warnings
    }

    /// Every language tag used, in order of first use.
    public var languages: [String] {
        var seen: Set<String> = [], result: [String] = []
        for section in entries.flatMap(\.languages) where seen.insert(LanguageCode.normalized(section.language)).inserted {
            result.append(section.language)
        }
        return result
    }

    /// Adds an entry, merging it into an existing entry that has the same term in `language`:
    /// new terms of the other languages become synonyms, and a new status, note or source
    /// replaces the old one. Returns whether an existing entry was changed rather than added to.
    @discardableResult
    public mutating func add(_ entry: GlossaryEntry, mergingOn language: String) -> Bool {
        let keys = Set(entry.terms(in: language).map { TermNormalizer.key($0.text) })
        guard !keys.isEmpty, let index = entries.firstIndex(where: { existing in
            existing.terms(in: language).contains { keys.contains(TermNormalizer.key($0.text)) }
        }) else {
            entries.append(entry)
            return false
        }
        var merged = entries[index]
        for section in entry.languages {
            if let at = merged.languages.firstIndex(where: { LanguageCode.matches($0.language, section.language) }) {
                for term in section.terms {
                    if let same = merged.languages[at].terms.firstIndex(where: {
                        TermNormalizer.key($0.text) == TermNormalizer.key(term.text)
                    }) {
                        if term.status != nil { merged.languages[at].terms[same].status = term.status }
                        if term.note != nil { merged.languages[at].terms[same].note = term.note }
                    } else {
                        merged.languages[at].terms.append(term)
                    }
                }
            } else {
                merged.languages.append(section)
            }
        }
        merged.status = entry.status ?? merged.status
        merged.note = entry.note ?? merged.note
        merged.source = entry.source ?? merged.source
        entries[index] = merged
        return true
    }

    /// Removes the entries that have `term` in `language` (or in any language when `nil`),
    /// compared after case, accent and whitespace normalisation. Returns how many were removed.
    @discardableResult
    public mutating func remove(term: String, language: String? = nil) -> Int {
        let key = TermNormalizer.key(term)
        let before = entries.count
        entries.removeAll { entry in
            entry.languages.contains { section in
                (language.map { LanguageCode.matches(section.language, $0) } ?? true)
                    && section.terms.contains { TermNormalizer.key($0.text) == key }
            }
        }
        return before - entries.count
    }

    /// Duplicate and conflicting entries between `source` and `target`: the same pair twice, and a
    /// source term with different approved translations in different entries.
    public func problems(from source: String, to target: String) -> [GlossaryWarning] {
        var pairs: [String: Int] = [:], translations: [String: (text: String, entry: Int, targets: Set<String>)] = [:]
        var found: [GlossaryWarning] = []
        for (index, entry) in entries.enumerated() {
            let targets = entry.terms(in: target).filter { entry.status(of: $0) == .approved }
            for term in entry.terms(in: source) {
                let key = TermNormalizer.key(term.text)
                for other in targets {
                    let pair = key + "\t" + TermNormalizer.key(other.text)
                    if let first = pairs[pair] {
                        found.append(GlossaryWarning(path: nil, message:
                            "entry \(index + 1) repeats entry \(first + 1): \"\(term.text)\" → \"\(other.text)\""))
                    } else {
                        pairs[pair] = index
                    }
                }
                let keys = Set(targets.map { TermNormalizer.key($0.text) })
                if let previous = translations[key], previous.entry != index, !keys.isEmpty,
                    previous.targets.isDisjoint(with: keys)
                {
                    found.append(GlossaryWarning(path: nil, message:
                        "conflict: \"\(term.text)\" is translated \"\(targets.map(\.text).joined(separator: "\", \""))\" in entry \(index + 1) but differently in entry \(previous.entry + 1)"))
                } else if translations[key] == nil, !keys.isEmpty {
                    translations[key] = (term.text, index, keys)
                }
            }
        }
        return found
    }
}
