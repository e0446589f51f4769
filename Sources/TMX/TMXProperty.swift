/// A `<prop type="…">value</prop>`: tool-specific data on a header, unit or variant.
public struct TMXProperty: Sendable, Hashable {
    /// `type` (unpublished types start with `x-`).
    public var type: String
    /// The text content.
    public var value: String
    /// `xml:lang` (or TMX 1.1 `lang`).
    public var language: LanguageTag?
    /// `o-encoding`.
    public var originalEncoding: String?
    /// Other attributes, written back as they were.
    public var otherAttributes: [TMXAttribute]

    /// Creates a property.
    public init(
        type: String, value: String, language: LanguageTag? = nil, originalEncoding: String? = nil,
        otherAttributes: [TMXAttribute] = []
    ) {
        self.type = type
        self.value = value
        self.language = language
        self.originalEncoding = originalEncoding
        self.otherAttributes = otherAttributes
    }
}
