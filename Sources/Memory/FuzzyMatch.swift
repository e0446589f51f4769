import Foundation

/// A translation of a unit in another language.
public struct MemoryTranslation: Sendable, Hashable, Codable {
    /// The language tag, normalised (`fr-ca`).
    public var language: String
    /// The text, with the span that renders the looked-up phrase highlighted when it is known.
    public var text: HighlightedText
}

/// Where a unit comes from.
public struct UnitOrigin: Sendable, Hashable, Codable {
    /// The memory file.
    public var memory: String
    /// The unit's `tuid`.
    public var unitID: String?
    /// The source document (`x-document`).
    public var document: String?
    /// The unit's change or creation date as written in the memory.
    public var date: String?
}

/// A segment of the memory similar to the query, with its translations.
public struct FuzzyMatch: Sendable, Hashable, Codable {
    /// The match percentage (see ``FuzzyScore/percent``).
    public var percent: Int
    /// The language of the matching segment.
    public var sourceLanguage: String
    /// The matching segment, the words that differ from the query highlighted.
    public var source: HighlightedText
    /// The unit's other language versions.
    public var translations: [MemoryTranslation]
    /// Where the unit comes from.
    public var origin: UnitOrigin
}
