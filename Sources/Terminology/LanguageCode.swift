import TMX

/// Language codes as glossaries write them (`fr`, `fr-FR`, `fr_FR`, `EN`, `en-us`), compared
/// through the TMX module's ``TMX/LanguageTag`` (case-insensitive, `_` read as `-`).
enum LanguageCode {
    /// Whether `tag` is `wanted` or a regional variant of it: `matches("fr-CA", "fr")` and
    /// `matches("EN", "en")` are true, `matches("fr", "fr-CA")` is false.
    static func matches(_ tag: String, _ wanted: String) -> Bool {
        LanguageTag(wanted).matches(LanguageTag(tag))
    }

    /// The comparison key: lower case, `_` replaced by `-`.
    static func normalized(_ tag: String) -> String { LanguageTag(tag).normalized }

    /// The primary language subtag in lower case (`fr` for `fr-FR`).
    static func primary(_ tag: String) -> String { LanguageTag(tag).primary }

    /// Whether `text` looks like a language tag: a primary subtag of 2 or 3 letters and optional
    /// subtags of 1 to 8 letters or digits (`en-GB`, `it_IT`, `zh-Hant-TW`).
    static func isValid(_ text: String) -> Bool {
        let parts = normalized(text).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
