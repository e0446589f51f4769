/// One term (a designation of a concept) in one language, with its own status and note.
public struct Term: Sendable, Hashable {
    /// The term as written in the glossary (base form: singular, no article).
    public var text: String
    /// Its status; `nil` when the glossary does not say (treated as approved when suggesting).
    public var status: TermStatus?
    /// A free note about this term.
    public var note: String?
    /// Other data categories of the term (part of speech, term type, …), kept for writing back.
    public var properties: [TermProperty]

    /// Creates a term.
    public init(_ text: String, status: TermStatus? = nil, note: String? = nil, properties: [TermProperty] = []) {
        self.text = text
        self.status = status
        self.note = note
        self.properties = properties
    }

    /// The status suggestion and export use: the term's own, else approved.
    public var effectiveStatus: TermStatus { status ?? .approved }
}
