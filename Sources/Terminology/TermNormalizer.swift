import Foundation

/// The one place where term text is normalised for comparison: Unicode NFC, case and accents
/// folded, typographic apostrophes and hyphens unified, whitespace runs collapsed.
public enum TermNormalizer {
    /// The comparison key of a term: `"Secrétaire Général d’INTERPOL"` → `"secretaire general d'interpol"`.
    public static func key(_ text: String) -> String {
        let folded = fold(text)
        // ASCII: whitespace runs collapsed byte by byte (tab, line feed, vertical tab, form feed,
        // carriage return, space: the ASCII characters `Character.isWhitespace` accepts).
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else { return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for byte in folded.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Case, accents, apostrophes and dashes folded, whitespace kept as is.
    public static func fold(_ text: String) -> String {
        // ASCII text (most English words) only needs lower case: the Foundation folding is slow.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "`") }) { return text.lowercased() }
        // Accented Latin letters and typographic apostrophes (most French words) go through a table.
        if let folded = foldedByTable(text) { return folded }
        return foundationFold(text)
    }

    /// The folding of any text, through Foundation.
    static func foundationFold(_ text: String) -> String {
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

    /// The folding of `text` when it is made of ASCII and of characters in ``foldingTable``; nil otherwise.
    private static func foldedByTable(_ text: String) -> String? {
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                guard scalar != "`" else { return nil }
                folded.unicodeScalars.append((65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else if let replacement = foldingTable[scalar.value] {
                folded += replacement
            } else {
                return nil
            }
        }
        return folded
    }

    /// The Latin letters of U+00C0–U+024F and the typographic apostrophes and hyphens, each folded by
    /// ``foundationFold(_:)`` alone, when that gives ASCII (`é` → `e`, `Ç` → `c`, `’` → `'`). A
    /// precomposed letter or a spacing mark does not combine with its neighbours, so a text of such
    /// characters and ASCII folds character by character.
    static let foldingTable: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for value: UInt32 in Array(0xC0...0x24F) + [0x2019, 0x2BC, 0x2018, 0x2010, 0x2011] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folded = foundationFold(String(Character(scalar)))
            if !folded.isEmpty, folded.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "`" }) { table[value] = folded }
        }
        return table
    }()
}
