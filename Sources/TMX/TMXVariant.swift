/// A `<tuv>`: the text of a unit in one language, with its attributes, notes and properties.
@dynamicMemberLookup
public struct TMXVariant: Sendable, Hashable {
    /// `xml:lang` (or TMX 1.1 `lang`), spelled as in the file.
    public var language: LanguageTag
    /// The other attributes (dates, creator, usage…).
    public var attributes: TMXAttributes
    /// The notes.
    public var notes: [TMXNote]
    /// The properties.
    public var properties: [TMXProperty]
    /// The `<seg>`.
    public var segment: TMXSegment

    /// Creates a variant.
    public init(
        language: LanguageTag, segment: TMXSegment, attributes: TMXAttributes = TMXAttributes(),
        notes: [TMXNote] = [], properties: [TMXProperty] = []
    ) {
        self.language = language
        self.segment = segment
        self.attributes = attributes
        self.notes = notes
        self.properties = properties
    }

    /// The segment's translatable text (see ``TMXSegment/plainText``).
    public var plainText: String { segment.plainText }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<TMXAttributes, Value>) -> Value {
        get { attributes[keyPath: keyPath] }
        set { attributes[keyPath: keyPath] = newValue }
    }
}
