/// A `<note>`: a free-text comment on a header, unit or variant.
public struct TMXNote: Sendable, Hashable {
    /// The text content.
    public var text: String
    /// `xml:lang` (or TMX 1.1 `lang`).
    public var language: LanguageTag?
    /// `o-encoding`.
    public var originalEncoding: String?
    /// Other attributes, written back as they were.
    public var otherAttributes: [TMXAttribute]

    /// Creates a note.
    public init(
        _ text: String, language: LanguageTag? = nil, originalEncoding: String? = nil,
        otherAttributes: [TMXAttribute] = []
    ) {
        self.text = text
        self.language = language
        self.originalEncoding = originalEncoding
        self.otherAttributes = otherAttributes
    }
}
