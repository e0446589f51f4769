/// The `<header>` of a memory: its seven required TMX 1.4b attributes, the shared optional ones,
/// and its notes, properties and user-defined encodings.
///
/// Shared attributes (`creationTool`, `changeDate`…) are reachable directly on the header
/// (`header.creationTool`) through ``attributes``.
@dynamicMemberLookup
public struct TMXHeader: Sendable, Hashable {
    /// `srclang`: the source language of every unit, or ``LanguageTag/all``; `nil` when missing.
    public var sourceLanguage: LanguageTag?
    /// `adminlang`: the default language of notes and properties.
    public var adminLanguage: LanguageTag?
    /// The other attributes (creation tool, segment type, data type, dates…).
    public var attributes: TMXAttributes
    /// The notes.
    public var notes: [TMXNote]
    /// The properties.
    public var properties: [TMXProperty]
    /// The user-defined encodings.
    public var userDefinedEncodings: [TMXUserDefinedEncoding]

    /// Creates a header. The writer fills the required attributes left `nil` with neutral values.
    public init(
        sourceLanguage: LanguageTag? = nil, adminLanguage: LanguageTag? = nil,
        attributes: TMXAttributes = TMXAttributes(), notes: [TMXNote] = [], properties: [TMXProperty] = [],
        userDefinedEncodings: [TMXUserDefinedEncoding] = []
    ) {
        self.sourceLanguage = sourceLanguage
        self.adminLanguage = adminLanguage
        self.attributes = attributes
        self.notes = notes
        self.properties = properties
        self.userDefinedEncodings = userDefinedEncodings
    }

    /// A header for memories Bitext creates: tool "bitext" (as on the units `bitext align` writes), sentence segments, plain text.
    public static func bitext(sourceLanguage: LanguageTag?) -> TMXHeader {
        TMXHeader(
            sourceLanguage: sourceLanguage ?? .all, adminLanguage: "en",
            attributes: TMXAttributes(
                creationTool: "bitext", creationToolVersion: TMXWriter.toolVersion, dataType: "plaintext",
                originalFormat: "Bitext", segmentType: "sentence"))
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<TMXAttributes, Value>) -> Value {
        get { attributes[keyPath: keyPath] }
        set { attributes[keyPath: keyPath] = newValue }
    }
}
