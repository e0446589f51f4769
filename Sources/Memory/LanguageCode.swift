/// Language codes compared as the TMX foundation does: case-insensitively, `_` folded to `-`; a code
/// without a region (`en`) selects every region (`en-US`, `en-GB`).
enum LanguageCode {
    /// The normalised spelling of a tag: lowercase, `-` separators.
    static func normalized(_ tag: String) -> String {
        tag.lowercased().replacingOccurrences(of: "_", with: "-").trimmingCharacters(in: .whitespaces)
    }

    /// The primary subtag (`fr` for `fr-CA`).
    static func primary(_ tag: String) -> String {
        let normalized = normalized(tag)
        return normalized.split(separator: "-", maxSplits: 1).first.map(String.init) ?? normalized
    }

    /// Whether a memory's language `tag` is selected by the user's `requested` code.
    static func matches(_ tag: String, requested: String) -> Bool {
        let tag = normalized(tag), requested = normalized(requested)
        if tag == requested { return true }
        return !requested.contains("-") && primary(tag) == requested
    }
}
