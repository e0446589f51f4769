/// The characters XML 1.0 allows (the `Char` production).
public enum XMLCharacters {
    /// Whether XML 1.0 allows this scalar: tab, line feed, carriage return, U+0020–U+D7FF,
    /// U+E000–U+FFFD and U+10000–U+10FFFF.
    public static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` without the characters XML 1.0 forbids, and how many were removed.
    /// Fast when there are none (the usual case): the string is returned as is.
    public static func removingIllegal(from text: String) -> (text: String, removed: Int) {
        var suspicious = false
        for byte in text.utf8 where (byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD) || byte == 0xEF {
            suspicious = true
            break
        }
        guard suspicious else { return (text, 0) }
        var scalars = String.UnicodeScalarView()
        var removed = 0
        for scalar in text.unicodeScalars {
            if isLegal(scalar) { scalars.append(scalar) } else { removed += 1 }
        }
        return removed == 0 ? (text, 0) : (String(scalars), removed)
    }
}
