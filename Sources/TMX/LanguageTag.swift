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
        // Fast path (nearly every tag): ASCII, no upper case, no `_`, no surrounding spaces.
        var plain = true
        for byte in code.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F || byte == 0x20 {
            plain = false
            break
        }
        if plain {
            description = code
            normalized = code
            return
        }
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        description = trimmed
        normalized = String(trimmed.lowercased().map { $0 == "_" ? "-" : $0 })
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// Whether the code has the shape of a BCP 47 tag: a primary subtag of two or three ASCII letters
    /// (or `x`/`i` before private or grandfathered subtags), then subtags of one to eight ASCII letters
    /// or digits after `-` or `_` (`en`, `fr-FR`, `pt_BR`, `zh-Hant-TW`, `es-419`, `x-klingon`; not
    /// `hello`, `en US`, `fr-`, `*all*`). Tables, glossaries and the command line use it to tell a
    /// language code from other text.
    public var isWellFormed: Bool {
        let parts = normalized.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        if primary == "x" || primary == "i" {
            guard parts.count > 1 else { return false }
        } else {
            guard (2...3).contains(primary.count) else { return false }
        }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

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
