extension Unicode.Scalar {
    /// Whether the scalar is white space (Unicode's White_Space property, ASCII checked first).
    var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (no-break spaces included).
    var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
            let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}
