/// A data category attached to an entry, a language section or a term that Bitext does not model
/// itself (`descrip type="definition"`, `termNote type="partOfSpeech"`, `admin type="customerSubset"`),
/// kept so that it is written back when the glossary is rewritten.
public struct TermProperty: Sendable, Hashable {
    /// The TBX element in DCA style: `descrip`, `admin`, `termNote`, `transac` or `xref`.
    public var element: String
    /// The data category (`definition`, `partOfSpeech`, …).
    public var type: String
    /// The value, as written.
    public var value: String

    /// Creates a property.
    public init(element: String, type: String, value: String) {
        self.element = element
        self.type = type
        self.value = value
    }
}
