import Foundation

/// A language code as written in a TMX file (BCP 47 / RFC 3066: `en`, `fr-FR`, `zh-Hant`).
///
/// Comparison and hashing ignore case and treat `_` as `-`, as the TMX specification requires
/// (`fr-FR`, `fr-fr`, `FR_fr` are equal), while ``description`` keeps the original spelling so
/// that a file is written back as it was read.
public struct LanguageTag: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The code as written (`FR-ca`).
    public let description: String
    /// The comparison key: lower case, `_` folded to `-` (`fr-ca`).
    public let normalized: String

    /// `srclang="*all*"`: any variant of a unit may serve as the source.
    public static let all = LanguageTag("*all*")

    /// Creates a tag from its spelling (surrounding whitespace removed).
    public init(_ code: String) {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        description = trimmed
        var folded = trimmed.lowercased()
        if folded.contains("_") { folded = folded.replacingOccurrences(of: "_", with: "-") }
        normalized = folded
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// The primary language subtag, lower case (`fr` for `fr-CA`).
    public var primary: String {
        normalized.split(separator: "-", maxSplits: 1).first.map(String.init) ?? normalized
    }

    /// Whether this is `*all*` (or the variant `*` some tools write).
    public var isAll: Bool { normalized == "*all*" || normalized == "*" }

    /// Whether `other` is this tag or a more specific form of it (`fr` matches `fr-CA`).
    public func matches(_ other: LanguageTag) -> Bool {
        other.normalized == normalized || other.normalized.hasPrefix(normalized + "-")
    }

    public static func == (lhs: LanguageTag, rhs: LanguageTag) -> Bool { lhs.normalized == rhs.normalized }
    public func hash(into hasher: inout Hasher) { hasher.combine(normalized) }
    public static func < (lhs: LanguageTag, rhs: LanguageTag) -> Bool { lhs.normalized < rhs.normalized }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
