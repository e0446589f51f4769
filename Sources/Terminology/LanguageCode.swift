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

    /// Whether `text` looks like a language tag (``TMX/LanguageTag/isWellFormed``: `en-GB`, `it_IT`,
    /// `zh-Hant-TW`), not the name of another column.
    static func isValid(_ text: String) -> Bool { LanguageTag(text).isWellFormed }
}
