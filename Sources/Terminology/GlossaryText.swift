import Foundation

/// Decodes the bytes of a text glossary the way OmegaT does: a byte-order mark (UTF-8, UTF-16LE,
/// UTF-16BE) wins, then an Emacs-style magic comment on the first line
/// (`# -*- coding: windows-1252 -*-`), then UTF-8 (OmegaT's default for `.txt`, `.utf8` and `.csv`,
/// and the system default for `.tab`/`.tsv` on Linux).
enum GlossaryText {
    static func decode(_ data: Data, path: String?) throws(GlossaryError) -> String {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decode(data.dropFirst(3), as: .utf8, name: "UTF-8", path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try decode(data.dropFirst(2), as: .utf16LittleEndian, name: "UTF-16LE", path: path)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decode(data.dropFirst(2), as: .utf16BigEndian, name: "UTF-16BE", path: path)
        }
        let firstLine = data.prefix { $0 != 0x0A && $0 != 0x0D }
        if let line = String(data: firstLine, encoding: .isoLatin1), line.hasPrefix("#"),
            let name = magicCoding(in: line)
        {
            guard let encoding = encoding(named: name) else {
                throw GlossaryError(path: path, line: 1, message: "the magic comment names the encoding \"\(name)\", which Bitext does not know")
            }
            return try decode(data, as: encoding, name: name, path: path)
        }
        return try decode(data, as: .utf8, name: "UTF-8", path: path)
    }

    /// The charset named by `-*- coding: NAME -*-`, if the line has one.
    static func magicCoding(in line: String) -> String? {
        guard let range = line.range(of: "coding:") ?? line.range(of: "coding=") else { return nil }
        let rest = line[range.upperBound...].drop { $0 == " " }
        let name = rest.prefix { !$0.isWhitespace && $0 != ";" }
        return name.isEmpty ? nil : String(name)
    }

    private static func encoding(named name: String) -> String.Encoding? {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": .utf8
        case "utf-16", "utf16": .utf16
        case "utf-16le": .utf16LittleEndian
        case "utf-16be": .utf16BigEndian
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1": .isoLatin1
        case "windows-1252", "cp1252": .windowsCP1252
        case "windows-1250", "cp1250": .windowsCP1250
        case "windows-1251", "cp1251": .windowsCP1251
        case "windows-1253", "cp1253": .windowsCP1253
        case "windows-1254", "cp1254": .windowsCP1254
        case "iso-8859-2", "latin-2", "latin2": .isoLatin2
        case "shift-jis", "sjis": .shiftJIS
        case "euc-jp": .japaneseEUC
        case "ascii", "us-ascii": .ascii
        default: nil
        }
    }

    private static func decode(_ data: Data, as encoding: String.Encoding, name: String, path: String?) throws(GlossaryError) -> String {
        guard let text = String(data: data, encoding: encoding) else {
            var message = "the file is not valid \(name)"
            if encoding == .utf8, let offset = firstInvalidUTF8Offset(data) {
                let line = data.prefix(offset).filter { $0 == 0x0A }.count + 1
                message += " (first bad byte on line \(line)); add a first line such as \"# -*- coding: windows-1252 -*-\" to name its encoding"
                throw GlossaryError(path: path, line: line, message: message)
            }
            throw GlossaryError(path: path, message: message)
        }
        return text
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var iterator = data.makeIterator(), decoder = UTF8(), offset = 0, consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): consumed += UTF8.width(scalar); offset = consumed
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The lines of a text, with CRLF, CR and LF line ends.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }
}
