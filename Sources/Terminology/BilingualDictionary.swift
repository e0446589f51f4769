import Foundation
import ZIPFoundation

/// One-word translations from a FreeDict dictionary as Debian's `dict-freedict-fra-eng` (and others)
/// install it: `/usr/share/dictd/freedict-fra-eng.index` and `.dict.dz` (dictzip, i.e. gzip).
///
/// Term extraction uses it, when it is installed, as word-alignment evidence that a small memory
/// cannot teach (`rouge` → `red`, `arme` → `weapon`); without it, extraction still works.
struct BilingualDictionary: Sendable {
    private(set) var translations: [String: Set<String>] = [:]

    /// The dictionary from `source` to `target` (ISO 639-1 codes), or `nil` when it is not installed
    /// or cannot be read.
    init?(from source: String, to target: String, folder: URL = URL(fileURLWithPath: "/usr/share/dictd")) {
        let codes = ["en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por", "nl": "nld"]
        guard let s = codes[LanguageCode.primary(source)], let t = codes[LanguageCode.primary(target)] else { return nil }
        let base = folder.appendingPathComponent("freedict-\(s)-\(t)")
        guard let index = try? String(contentsOf: base.appendingPathExtension("index"), encoding: .utf8),
            let compressed = try? Data(contentsOf: base.appendingPathExtension("dict.dz")),
            let text = Self.gunzip(compressed)
        else { return nil }
        for line in index.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 3, !fields[0].hasPrefix("00"), !fields[0].contains(" "),
                let offset = Self.number(fields[1]), let length = Self.number(fields[2]), offset + length <= text.count
            else { continue }
            let entry = String(decoding: text[offset..<(offset + length)], as: UTF8.self)
            let headword = TermNormalizer.fold(String(fields[0]))
            for line in entry.split(separator: "\n").dropFirst() {
                var body = line.trimmingCharacters(in: .whitespaces)
                if let dot = body.firstIndex(of: "."), body[..<dot].allSatisfy(\.isNumber) { body = String(body[body.index(after: dot)...]) }
                let items = body.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                // Definitions are phrases; translations are short items.
                guard items.allSatisfy({ $0.split(separator: " ").count <= 2 }) else { continue }
                for item in items where !item.isEmpty && !item.contains(" ") {
                    translations[headword, default: []].insert(TermNormalizer.fold(item))
                }
            }
        }
        guard !translations.isEmpty else { return nil }
    }

    /// A dictd number: base 64 digits (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`), most significant first.
    private static func number(_ text: Substring) -> Int? {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var value = 0
        for character in text {
            guard let digit = alphabet.firstIndex(of: character) else { return nil }
            value = value * 64 + digit
        }
        return value
    }

    /// The content of a gzip file (one member; dictzip's extra field is skipped).
    static func gunzip(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        guard bytes.count > 18, bytes[0] == 0x1F, bytes[1] == 0x8B, bytes[2] == 8 else { return nil }
        let flags = bytes[3]
        var position = 10
        if flags & 0x04 != 0 { position += 2 + Int(bytes[position]) + Int(bytes[position + 1]) << 8 }
        if flags & 0x08 != 0 { while position < bytes.count, bytes[position] != 0 { position += 1 }; position += 1 }
        if flags & 0x10 != 0 { while position < bytes.count, bytes[position] != 0 { position += 1 }; position += 1 }
        if flags & 0x02 != 0 { position += 2 }
        guard position < bytes.count - 8 else { return nil }
        let deflated = data.subdata(in: data.startIndex + position..<data.endIndex - 8)
        var output = Data()
        do {
            _ = try Data.decompress(size: Int64(deflated.count), bufferSize: 64 * 1024, skipCRC32: true, provider: { offset, size in
                deflated.subdata(in: Int(offset)..<min(Int(offset) + size, deflated.count))
            }, consumer: { output.append($0) })
        } catch {
            return nil
        }
        return output
    }
}
