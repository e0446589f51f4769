import Foundation

/// A bilingual dictionary of the dictd format that Debian's FreeDict packages install
/// (`dict-freedict-eng-fra`, `dict-freedict-deu-fra`… → `/usr/share/dictd/freedict-eng-fra.{index,dict.dz}`).
///
/// The index is read whole; entries are parsed only for the words looked up.
public final class DictdDictionary: Sendable {
    /// ISO 639-1 → the ISO 639-3 codes FreeDict uses in file names.
    public static let iso3: [String: String] = [
        "en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por", "nl": "nld",
        "ar": "ara", "ru": "rus", "zh": "zho", "pl": "pol", "sv": "swe", "da": "dan", "fi": "fin",
    ]

    private let bytes: [UInt8]
    private let index: [String: [Range<Int>]]

    /// Reads `freedict-SRC-TGT`, or returns nil when it is not installed or cannot be read.
    public init?(source: String, target: String, directory: URL = URL(fileURLWithPath: "/usr/share/dictd")) {
        guard let s = Self.iso3[source], let t = Self.iso3[target] else { return nil }
        let base = directory.appendingPathComponent("freedict-\(s)-\(t)")
        guard let indexData = FileManager.default.contents(atPath: base.appendingPathExtension("index").path),
              let data = Self.readDictionary(base) else { return nil }
        bytes = [UInt8](data)
        let index = [UInt8](indexData).withUnsafeBufferPointer { Self.parseIndex($0, dictionarySize: data.count) }
        guard !index.isEmpty else { return nil }
        self.index = index
    }

    /// Reads the lines `headword<TAB>offset<TAB>length[<TAB>…]` of a dictd index straight from its
    /// bytes (headwords of several words are left out; ASCII ones are folded without Unicode tables).
    private static func parseIndex(_ bytes: UnsafeBufferPointer<UInt8>, dictionarySize: Int) -> [String: [Range<Int>]] {
        let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t"), space = UInt8(ascii: " ")
        var index: [String: [Range<Int>]] = [:]
        index.reserveCapacity(bytes.count / 24)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != newline { end += 1 }
            defer { start = end + 1 }
            var fields: [Range<Int>] = []
            var fieldStart = start
            for position in start...end where position == end || bytes[position] == tab {
                fields.append(fieldStart..<position)
                fieldStart = position + 1
                if fields.count == 3 { break }
            }
            guard fields.count == 3, !fields[0].isEmpty,
                  let offset = base64Number(UnsafeBufferPointer(rebasing: bytes[fields[1]])),
                  let length = base64Number(UnsafeBufferPointer(rebasing: bytes[fields[2]])),
                  length > 0, offset + length <= dictionarySize else { continue }
            let headword = UnsafeBufferPointer(rebasing: bytes[fields[0]])
            guard !headword.contains(space) else { continue }
            let key: String
            if headword.allSatisfy({ $0 < 0x80 }) {
                key = String(decoding: headword.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
            } else {
                key = Lexicon.fold(String(decoding: headword, as: UTF8.self))
            }
            index[key, default: []].append(offset..<(offset + length))
        }
        return index
    }

    /// The one-word translations of a word folded with `Lexicon.fold` (at most eight per entry).
    public func translations(of word: String) -> [String] {
        var result: [String] = []
        for range in index[word] ?? [] { Self.addTranslations(of: bytes[range], to: &result) }
        return result
    }

    /// An entry: a headword line (`word /pronunciation/ <pos>`), then lines of translations
    /// (`a, b`, or numbered `1. a`), sometimes followed by a definition in the source language.
    private static func addTranslations(of entry: ArraySlice<UInt8>, to result: inout [String]) {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), comma = UInt8(ascii: ",")
        let lines = entry.split(separator: newline)
        var added = 0
        for line in lines.dropFirst() where added < 8 {
            var body = line[...]
            // "1. translation"
            if let dot = body.firstIndex(of: UInt8(ascii: ".")), dot > body.startIndex,
               body[body.startIndex..<dot].allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                body = body[(dot + 1)...]
            }
            let items = body.split(separator: comma).map { item -> ArraySlice<UInt8> in
                var item = item
                while item.first == space { item = item.dropFirst() }
                while item.last == space { item = item.dropLast() }
                return item
            }
            // A definition is a long phrase; translations are short items.
            guard items.allSatisfy({ item in item.reduce(0) { $0 + ($1 == space ? 1 : 0) } <= 2 }) else { continue }
            for item in items where item.count > 1 && !item.contains(space) && added < 8 {
                result.append(Lexicon.fold(String(decoding: item, as: UTF8.self)))
                added += 1
            }
        }
    }

    /// The text of `NAME.dict`, or of `NAME.dict.dz` decompressed with gzip (dictzip is gzip).
    private static func readDictionary(_ base: URL) -> Data? {
        let plain = base.appendingPathExtension("dict")
        if let data = try? Data(contentsOf: plain) { return data }
        let compressed = plain.appendingPathExtension("dz")
        guard FileManager.default.fileExists(atPath: compressed.path) else { return nil }
        for gzip in ["/usr/bin/gzip", "/bin/gzip"] where FileManager.default.isExecutableFile(atPath: gzip) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: gzip)
            process.arguments = ["-dc", compressed.path]
            let temporary = FileManager.default.temporaryDirectory
                .appendingPathComponent("bitext-dictd-\(UUID().uuidString)")
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
                  let output = try? FileHandle(forWritingTo: temporary) else { return nil }
            defer { try? FileManager.default.removeItem(at: temporary) }
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch { return nil }
            process.waitUntilExit()
            try? output.close()
            return process.terminationStatus == 0 ? try? Data(contentsOf: temporary) : nil
        }
        return nil
    }

    /// dictd's base-64 numbers (most significant digit first).
    private static func base64Number(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !text.isEmpty, text.count <= 10 else { return nil }
        var value = 0
        for byte in text {
            let digit: Int
            switch byte {
            case 65...90: digit = Int(byte - 65)
            case 97...122: digit = Int(byte - 97) + 26
            case 48...57: digit = Int(byte - 48) + 52
            case 43: digit = 62  // +
            case 47: digit = 63  // /
            default: return nil
            }
            value = value * 64 + digit
        }
        return value
    }
}

extension Lexicon {
    /// The translations that the installed dictd dictionaries between two languages (both
    /// directions of FreeDict) give for the words of two texts (folded), or nil when none is
    /// installed. Dictionaries are read once per process.
    static func installed(source: String, target: String, sourceWords: [String], targetWords: [String],
                          directory: URL) -> Lexicon? {
        let forward = InstalledDictionaries.shared.dictionary(source: source, target: target, directory: directory)
        let backward = InstalledDictionaries.shared.dictionary(source: target, target: source, directory: directory)
        guard forward != nil || backward != nil else { return nil }
        var lexicon = Lexicon()
        func lookUp(_ word: String, in dictionary: DictdDictionary) -> [String] {
            let found = dictionary.translations(of: word)
            if !found.isEmpty { return found }
            return Matcher.lemmaCandidates(of: word).flatMap { dictionary.translations(of: $0) }
        }
        // A translation written with an apostrophe or a hyphen (`aujourd'hui`, `peut-être`) is
        // several tokens in the texts: each of at least three letters stands for it.
        func tokens(_ translation: String) -> [String] {
            let words = Lexicon.words(of: translation)
            return words.count <= 1 ? [translation] : words.filter { $0.count >= 3 }
        }
        if let forward {
            for word in sourceWords {
                for translation in lookUp(word, in: forward) {
                    for token in tokens(translation) { lexicon.insert(source: word, target: token) }
                }
            }
        }
        if let backward {
            for word in targetWords {
                for translation in lookUp(word, in: backward) {
                    for token in tokens(translation) { lexicon.insert(source: token, target: word) }
                }
            }
        }
        return lexicon
    }
}

/// A process-wide cache of the dictionaries read from disk.
final class InstalledDictionaries: @unchecked Sendable {
    static let shared = InstalledDictionaries()
    private let lock = NSLock()
    private var cache: [String: DictdDictionary?] = [:]

    func dictionary(source: String, target: String, directory: URL) -> DictdDictionary? {
        let key = "\(directory.path)|\(source)|\(target)"
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[key] { return cached }
        let dictionary = DictdDictionary(source: source, target: target, directory: directory)
        cache[key] = dictionary
        return dictionary
    }
}

extension DictdDictionary {
    /// The installed FreeDict dictionary from `source` to `target` (ISO 639-1 codes), read once per
    /// process and shared, or nil when it is not installed.
    public static func installed(
        source: String, target: String, directory: URL = URL(fileURLWithPath: "/usr/share/dictd")
    ) -> DictdDictionary? {
        InstalledDictionaries.shared.dictionary(source: source, target: target, directory: directory)
    }
}
