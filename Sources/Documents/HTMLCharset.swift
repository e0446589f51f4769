import Foundation

/// Finds the character encoding of an HTML page, without libxml2's guess (which is ISO-8859-1 for
/// any undeclared page): byte-order mark, then UTF-8 when the bytes are valid UTF-8 (whatever the
/// page declares: a warning says when the declaration disagrees), then the page's own declaration
/// (`<meta charset>`, `http-equiv`, XML declaration), else Windows-1252.
struct HTMLCharset {
    /// The encoding to decode the page with.
    var encoding: TextEncoding
    /// The length of the byte-order mark to skip.
    var bomLength: Int
    /// What was guessed or overridden, for the document's warnings.
    var warnings: [String] = []

    /// Detects the encoding of a page, or returns `nil` when the bytes are not text.
    init?(_ data: Data) {
        guard let (detected, bomLength) = TextEncoding.detect(data) else { return nil }
        self.encoding = detected
        self.bomLength = bomLength
        guard bomLength == 0, detected != .utf16LittleEndian, detected != .utf16BigEndian else { return }
        guard let declared = Self.declaredCharset(in: data) else {
            if detected != .utf8 {
                warnings.append("the page declares no charset and is not UTF-8; it was read as \(detected.name)")
            }
            return
        }
        switch TextEncoding(charsetName: declared) {
        case .utf8? where detected != .utf8:
            warnings.append("the page declares \(declared) but is not valid UTF-8; it was read as \(detected.name)")
        case .utf8?, nil:
            if TextEncoding(charsetName: declared) == nil {
                warnings.append("the page declares the charset \(declared), which Bitext does not decode; it was read as \(detected.name)")
            }
        case .utf16LittleEndian?, .utf16BigEndian?:
            // A UTF-16 page without zero bytes is not UTF-16, whatever it declares.
            warnings.append("the page declares \(declared) but is not UTF-16; it was read as \(detected.name)")
        case let declaredEncoding?:
            if detected == .utf8 {
                // Valid UTF-8 with non-ASCII bytes is almost never Windows-1252 text: the page was
                // re-encoded (by a crawler, an editor) without its declaration being updated.
                if data.contains(where: { $0 >= 0x80 }) {
                    warnings.append("the page declares \(declared) but is valid UTF-8; it was read as UTF-8")
                }
                return
            }
            // Pages that declare Latin-1 or ASCII are decoded as Windows-1252, as browsers do.
            encoding = declaredEncoding
            if encoding == .latin1, data.contains(where: { (0x80...0x9F).contains($0) }) { encoding = .windows1252 }
        }
    }

    /// The charset the page declares in its first 4 KB, if any: the value after `charset=` in a
    /// `<meta>` element, or after `encoding=` in an XML declaration.
    static func declaredCharset(in data: Data) -> String? {
        let head = data.prefix(4096).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        func value(after key: String, requiring tag: String) -> String? {
            let needle = Array(key.utf8)
            var start = 0
            while let found = firstIndex(of: needle, in: head, from: start) {
                start = found + 1
                // The key must sit inside the required tag (`<meta …`, `<?xml …`).
                guard let open = head[..<found].lastIndex(of: 0x3C), !head[open..<found].contains(0x3E),
                    head[open...].starts(with: Array(tag.utf8)) else { continue }
                var index = found + needle.count
                while index < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[index]) { index += 1 }
                guard index < head.count, head[index] == 0x3D else { continue }  // "="
                index += 1
                while index < head.count, [0x20, 0x09, 0x0A, 0x0D, 0x22, 0x27].contains(head[index]) { index += 1 }
                let nameStart = index
                while index < head.count, head[index] < 0x80,
                    Character(Unicode.Scalar(head[index])).isLetter || Character(Unicode.Scalar(head[index])).isNumber
                        || [0x2D, 0x5F, 0x2E, 0x3A].contains(head[index]) {
                    index += 1
                }
                if index > nameStart { return String(decoding: data[data.startIndex + nameStart..<data.startIndex + index], as: UTF8.self) }
            }
            return nil
        }
        return value(after: "charset", requiring: "<meta") ?? value(after: "encoding", requiring: "<?xml")
    }

    /// The first position of `needle` in `haystack` at or after `start`.
    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
