import Foundation

/// Finds the character encoding of an HTML page the way browsers do, without libxml2's guess
/// (which is ISO-8859-1 for any undeclared page): byte-order mark, then the page's own declaration
/// (`<meta charset>`, `http-equiv`, XML declaration), then UTF-8 when the bytes are valid UTF-8,
/// else Windows-1252.
struct HTMLCharset {
    /// The encoding to decode the page with.
    var encoding: TextEncoding
    /// The length of the byte-order mark to skip.
    var bomLength: Int
    /// What was guessed or overridden, for the document's warnings.
    var warnings: [String] = []

    nonisolated(unsafe) private static let declaration = try! Regex(
        #"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)|<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:\-]+))"#
    ).ignoresCase()

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
            // Pages that declare Latin-1 or ASCII are decoded as Windows-1252, as browsers do.
            encoding = detected == .utf8 && !data.contains(where: { $0 >= 0x80 }) ? .utf8 : declaredEncoding
            if encoding == .latin1, data.contains(where: { (0x80...0x9F).contains($0) }) { encoding = .windows1252 }
        }
    }

    /// The charset the page declares in its first 4 KB, if any.
    static func declaredCharset(in data: Data) -> String? {
        let head = String(decoding: data.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        guard let match = try? declaration.firstMatch(in: head) else { return nil }
        let name = match.output[2].substring ?? match.output[3].substring
        return name.map(String.init)
    }
}
