/// One concept of a glossary: its terms in several languages, with a status, a note and a source.
public struct GlossaryEntry: Sendable, Hashable {
    /// The entry's identifier (`termEntry id`, `conceptEntry id`), if any.
    public var id: String?
    /// The language sections, in file order.
    public var languages: [LanguageSection]
    /// The entry's status; terms may override it.
    public var status: TermStatus?
    /// A free note (OmegaT's comment column, TBX `note`).
    public var note: String?
    /// Where the entry comes from (TBX `admin type="source"`, a memory, a colleague).
    public var source: String?
    /// Entry-level data categories (subject field, definitions, …), kept for writing back.
    public var properties: [TermProperty]

    /// Creates an entry.
    public init(
        id: String? = nil, languages: [LanguageSection], status: TermStatus? = nil, note: String? = nil,
        source: String? = nil, properties: [TermProperty] = []
    ) {
        self.id = id
        self.languages = languages
        self.status = status
        self.note = note
        self.source = source
        self.properties = properties
    }

    /// A bilingual entry with one term on each side.
    public init(
        _ sourceTerm: String, language sourceLanguage: String, _ targetTerm: String, language targetLanguage: String,
        status: TermStatus? = nil, note: String? = nil, source: String? = nil
    ) {
        self.init(
            languages: [
                LanguageSection(language: sourceLanguage, terms: [Term(sourceTerm)]),
                LanguageSection(language: targetLanguage, terms: [Term(targetTerm)]),
            ],
            status: status, note: note, source: source)
    }

    /// The terms in `language` (or a regional variant of it), main term first.
    public func terms(in language: String) -> [Term] {
        languages.filter { LanguageCode.matches($0.language, language) }.flatMap(\.terms)
    }

    /// The status of a term of this entry: its own, else the entry's, else approved.
    public func status(of term: Term) -> TermStatus {
        term.status ?? status ?? .approved
    }
}
