/// A `<tu>`: one text in any number of languages (``variants``), with its id, attributes, notes
/// and properties. Shared attributes are reachable directly (`unit.changeDate`, `unit.usageCount`).
@dynamicMemberLookup
public struct TranslationUnit: Sendable, Hashable {
    /// `tuid` (not necessarily unique).
    public var id: String?
    /// `srclang`, overriding the header's.
    public var sourceLanguage: LanguageTag?
    /// The other attributes (dates, creator, usage count…).
    public var attributes: TMXAttributes
    /// The notes.
    public var notes: [TMXNote]
    /// The properties.
    public var properties: [TMXProperty]
    /// The variants, in document order (two may share a language).
    public var variants: [TMXVariant]

    /// Creates a unit.
    public init(
        id: String? = nil, sourceLanguage: LanguageTag? = nil, variants: [TMXVariant] = [],
        attributes: TMXAttributes = TMXAttributes(), notes: [TMXNote] = [], properties: [TMXProperty] = []
    ) {
        self.id = id
        self.sourceLanguage = sourceLanguage
        self.variants = variants
        self.attributes = attributes
        self.notes = notes
        self.properties = properties
    }

    /// The first variant in `language` (compared case-insensitively, `_` = `-`).
    public func variant(for language: LanguageTag) -> TMXVariant? {
        variants.first { $0.language == language }
    }

    /// The languages of the variants, in order, each once.
    public var languages: [LanguageTag] {
        var seen = Set<LanguageTag>()
        return variants.compactMap { seen.insert($0.language).inserted ? $0.language : nil }
    }

    /// The values of the properties of a type (`x-context`, `x-document`…).
    public func properties(ofType type: String) -> [String] {
        properties.filter { $0.type == type }.map(\.value)
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<TMXAttributes, Value>) -> Value {
        get { attributes[keyPath: keyPath] }
        set { attributes[keyPath: keyPath] = newValue }
    }
}
