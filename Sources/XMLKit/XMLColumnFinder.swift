import Foundation

/// Finds the columns libxml2 does not give for validity errors: the column of the element's
/// start tag (or of the attribute) on the error's line, read back from the file in one
/// streaming pass. A column is given only when the tag occurs once on that line, so a file
/// written on one long line gets no misleading column.
enum XMLColumnFinder {
    /// A validity error to place.
    struct Place {
        var line: Int
        var element: String
        var attribute: String?

        /// Takes the element and attribute from the message (`No declaration for attribute id of
        /// element ph`, `Element tu content does not follow the DTD…`), or the current element.
        init(line: Int, message: String, currentElement: String) {
            self.line = line
            let words = message.split(separator: " ").map(String.init)
            func word(after phrase: [String]) -> String? {
                guard phrase.count < words.count else { return nil }
                for start in 0...(words.count - phrase.count) where Array(words[start..<(start + phrase.count)]) == phrase {
                    return start + phrase.count < words.count ? words[start + phrase.count] : nil
                }
                return nil
            }
            // A missing attribute (`does not carry attribute id`) is placed at its element.
            attribute = word(after: ["for", "attribute"])
            element = word(after: ["of", "element"]) ?? (words.first == "Element" ? word(after: ["Element"]) : nil)
                ?? (attribute != nil ? word(after: [attribute!, "of"]) : nil) ?? currentElement
        }
    }

    /// Lines longer than this are not searched.
    private static let longestLine = 1 << 20

    /// The 1-based column of each place, 0 where it cannot be told.
    static func columns(of places: [Place], in url: URL) -> [Int] {
        var wanted = Set(places.map(\.line).filter { $0 > 0 })
        guard !wanted.isEmpty, let handle = FileHandle(forReadingAtPath: url.path) else { return places.map { _ in 0 } }
        defer { try? handle.close() }
        var lines: [Int: [UInt8]] = [:]
        var line = 1
        var current: [UInt8] = []
        var tooLong = false
        reading: while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            for byte in chunk {
                if byte == 0x0A {
                    if wanted.remove(line) != nil, !tooLong { lines[line] = current }
                    if wanted.isEmpty { break reading }
                    line += 1
                    current.removeAll(keepingCapacity: true)
                    tooLong = false
                } else if wanted.contains(line) {
                    if current.count < longestLine { current.append(byte) } else { tooLong = true }
                }
            }
        }
        if wanted.contains(line), !tooLong { lines[line] = current }
        return places.map { place in lines[place.line].map { column(of: place, in: $0) } ?? 0 }
    }

    private static func column(of place: Place, in line: [UInt8]) -> Int {
        let tag = Array(("<" + place.element).utf8)
        let starts = occurrences(of: tag, in: line, from: 0).filter { end in
            let next = end + tag.count
            return next == line.count || [0x20, 0x09, 0x0D, 0x3E, 0x2F].contains(line[next])
        }
        guard starts.count == 1, let start = starts.first else { return 0 }
        var position = start
        if let attribute = place.attribute {
            let name = Array(attribute.utf8)
            let close = line[start...].firstIndex(of: 0x3E) ?? line.count
            guard let found = occurrences(of: name, in: line, from: start).first(where: { index in
                guard index < close, [0x20, 0x09, 0x0D].contains(line[index - 1]) else { return false }
                var after = index + name.count
                while after < line.count, [0x20, 0x09, 0x0D].contains(line[after]) { after += 1 }
                return after < line.count && line[after] == 0x3D
            }) else { return 0 }
            position = found
        }
        // Columns count characters: skip UTF-8 continuation bytes.
        return line[..<position].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    private static func occurrences(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return [] }
        var result: [Int] = []
        for index in start...(haystack.count - needle.count)
        where haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
            result.append(index)
        }
        return result
    }
}
