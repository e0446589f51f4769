import Foundation

/// The one place where term text is normalised for comparison: Unicode NFC, case and accents
/// folded, typographic apostrophes and hyphens unified, whitespace runs collapsed.
public enum TermNormalizer {
    /// The comparison key of a term: `"Secrétaire Général d’INTERPOL"` → `"secretaire general d'interpol"`.
    public static func key(_ text: String) -> String {
        fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Case, accents, apostrophes and dashes folded, whitespace kept as is.
    public static func fold(_ text: String) -> String {
        // ASCII text (most English words) only needs lower case: the Foundation folding is slow.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "`") }) { return text.lowercased() }
        var folded = text.precomposedStringWithCanonicalMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        if folded.contains(where: { "’ʼ‘`´‐‑–".contains($0) }) {
            folded = String(folded.map { character -> Character in
                switch character {
                case "’", "ʼ", "‘", "`", "´": "'"
                case "‐", "‑": "-"
                default: character
                }
            })
        }
        return folded
    }
}
