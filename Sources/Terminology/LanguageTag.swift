/// BCP 47 language tags as glossaries write them (`fr`, `fr-FR`, `fr_FR`, `EN`, `en-us`).
public enum LanguageTag {
    /// Whether `tag` is `wanted` or a regional variant of it, case-insensitively and with `_` read
    /// as `-`: `matches("fr-CA", "fr")` and `matches("EN", "en")` are true, `matches("fr", "fr-CA")` is false.
    public static func matches(_ tag: String, _ wanted: String) -> Bool {
        let tag = normalized(tag), wanted = normalized(wanted)
        return tag == wanted || tag.hasPrefix(wanted + "-")
    }

    /// The tag in lower case with `_` replaced by `-`.
    public static func normalized(_ tag: String) -> String {
        tag.lowercased().replacingOccurrences(of: "_", with: "-")
    }

    /// The primary language subtag in lower case (`fr` for `fr-FR`).
    public static func primary(_ tag: String) -> String {
        String(normalized(tag).split(separator: "-").first ?? "")
    }

    /// Whether `text` looks like a language tag: a primary subtag of 2 or 3 letters and optional
    /// subtags of 1 to 8 letters or digits (`en-GB`, `it_IT`, `zh-Hant-TW`).
    public static func isValid(_ text: String) -> Bool {
        let parts = normalized(text).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
