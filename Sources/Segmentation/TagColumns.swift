import Foundation

/// The columns of the start tags of one element name in an XML file, handed out in document
/// order: libxml2 gives an element's line but not its column. Comments, CDATA sections and
/// processing instructions are skipped, so a commented-out `<rule>` does not shift the count.
struct TagColumns {
    /// The (line, column) of each start tag, in document order.
    private var places: [(line: Int, column: Int)] = []
    private var cursor = 0

    init(data: Data, name: String) {
        let tag = Array(("<" + name).utf8)
        let bytes = [UInt8](data)
        var line = 1, column = 1, index = 0
        func skip(past end: [UInt8]) {
            while index < bytes.count, !bytes[index...].starts(with: end) { advance() }
            for _ in end where index < bytes.count { advance() }
        }
        func advance() {
            if bytes[index] == 0x0A { line += 1; column = 1 } else if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        let skipped = [("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>")].map { (Array($0.utf8), Array($1.utf8)) }
        scanning: while index < bytes.count {
            guard bytes[index] == 0x3C else { advance(); continue }
            let rest = bytes[index...]
            for (start, end) in skipped where rest.starts(with: start) {
                skip(past: end)
                continue scanning
            }
            if rest.starts(with: tag) {
                let next = index + tag.count
                if next == bytes.count || [0x20, 0x09, 0x0D, 0x0A, 0x3E, 0x2F].contains(bytes[next]) {
                    places.append((line, column))
                }
            }
            advance()
        }
    }

    /// The column of the next start tag when it is on `line` (0 otherwise, or when none is left).
    mutating func next(onLine line: Int) -> Int {
        while cursor < places.count, places[cursor].line < line { cursor += 1 }
        guard cursor < places.count, places[cursor].line == line else { return 0 }
        defer { cursor += 1 }
        return places[cursor].column
    }
}
