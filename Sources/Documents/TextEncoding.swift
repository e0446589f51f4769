import Foundation

/// The character encodings Bitext decodes documents from.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable, Codable {
    /// UTF-8 (with or without a byte-order mark).
    case utf8 = "UTF-8"
    /// UTF-16, little-endian.
    case utf16LittleEndian = "UTF-16LE"
    /// UTF-16, big-endian.
    case utf16BigEndian = "UTF-16BE"
    /// Windows-1252, the superset of Latin-1 that Windows and most "Latin-1" web pages really use.
    case windows1252 = "windows-1252"
    /// ISO-8859-1 (Latin-1): reported when the bytes hold no Windows-1252 extension (0x80–0x9F).
    case latin1 = "ISO-8859-1"

    /// The IANA name (`UTF-8`, `windows-1252`…).
    public var name: String { rawValue }

    /// The encoding an IANA charset name designates (`utf-8`, `cp1252`, `latin1`, `us-ascii`…),
    /// or `nil` when Bitext does not decode it.
    public init?(charsetName: String) {
        let name = charsetName.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-")
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
        case "utf-16le": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        case "windows-1252", "cp1252", "x-cp1252", "win-1252": self = .windows1252
        // Web browsers decode all of these as Windows-1252 (WHATWG Encoding Standard).
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso-ir-100", "ibm819", "cp819",
            "us-ascii", "ascii", "ansi-x3.4-1968", "iso-8859-15", "iso8859-15", "latin-9", "latin9":
            self = .latin1
        default: return nil
        }
    }
}

