import Foundation

extension DocumentReader {
    /// Reads plain text: the encoding is detected, paragraphs come from blank lines, and every line
    /// break is a block boundary except inside hard-wrapped paragraphs.
    static func readPlainText(_ data: Data, path: String?) throws(DocumentError) -> Document {
        guard let (encoding, bomLength) = TextEncoding.detect(data) else {
            throw DocumentError(.binary, path: path, message: "the file is binary, not text (it holds zero bytes or control characters)")
        }
        var warnings: [String] = []
        var body = data.dropFirst(bomLength)
        if encoding == .utf16LittleEndian || encoding == .utf16BigEndian, body.count % 2 == 1 {
            warnings.append("the UTF-16 text has an odd number of bytes; the last byte was ignored")
            body = body.dropLast()
        }
        if encoding == .windows1252 || encoding == .latin1 {
            warnings.append("the text is not UTF-8 and declares no encoding; it was read as \(encoding.name)")
        }
        var text = encoding.decode(Data(body))
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        let controls = text.utf8.lazy.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0C }.count
        if controls > 0 {
            if controls * 50 > max(text.utf8.count, 1) {
                throw DocumentError(.binary, path: path, message: "the file is binary, not text (\(controls) control characters)")
            }
        }
        let blocks = PlainTextBlocks(text: text).blocks()
        if blocks.isEmpty { warnings.append("the file holds no text (only white space)") }
        return Document(path: path, format: .plainText, encoding: encoding, blocks: blocks, warnings: warnings, sourceText: text)
    }
}

/// Cuts decoded plain text into blocks with their UTF-16 ranges and lines. Works on the UTF-8
/// bytes of the text, so that releases of any size are cut in linear time.
struct PlainTextBlocks {
    /// One line of the text: its 1-based number, its UTF-8 byte range (line end excluded), its text.
    struct Line {
        var number: Int
        var range: Range<Int>
        var text: String
    }

    let bytes: [UInt8]
    let lines: [Line]

    init(text: String) {
        bytes = Array(text.utf8)
        var lines: [Line] = []
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(Line(number: lines.count + 1, range: start..<offset, text: ""))
            start = offset + 1
        }
        lines.append(Line(number: lines.count + 1, range: start..<bytes.count, text: ""))
        for index in lines.indices {
            lines[index].text = String(decoding: bytes[lines[index].range], as: UTF8.self)
        }
        self.lines = lines
    }

    /// The blocks of the text, in order.
    func blocks() -> [Block] {
        let joiner = LineJoiner(lines: lines.map(\.text))
        var pieces: [(range: Range<Int>, line: Int)] = []
        var paragraph: [Line] = []
        func flushParagraph() {
            let groups = paragraph.count == 1 ? [0..<1] : joiner.blocks(of: paragraph.map(\.text))
            for group in groups {
                let first = paragraph[group.lowerBound], last = paragraph[group.upperBound - 1]
                pieces.append(contentsOf: split(first.range.lowerBound..<last.range.upperBound, line: first.number))
            }
            paragraph.removeAll()
        }
        for line in lines {
            if trim(line.range).isEmpty { flushParagraph() } else { paragraph.append(line) }
        }
        flushParagraph()

        var blocks: [Block] = []
        var titleAllowed = true
        var offsets = UTF16Offsets(bytes: bytes)
        for piece in pieces {
            let text = String(decoding: bytes[piece.range], as: UTF8.self)
            let (kind, boilerplate) = BlockClassifier.classify(text, titleAllowed: titleAllowed)
            if !boilerplate && kind != .caption { titleAllowed = false }
            let range = offsets.offset(ofByte: piece.range.lowerBound)..<offsets.offset(ofByte: piece.range.upperBound)
            blocks.append(Block(
                index: blocks.count, kind: kind, text: text, isBoilerplate: boilerplate, line: piece.line,
                sourceRange: range))
        }
        // A heading that nothing follows is not one: it is a text cut off mid-sentence ("La traite d").
        if let last = blocks.indices.last, blocks[last].kind == .heading { blocks[last].kind = .paragraph }
        return blocks
    }

    /// The trimmed range of a block, split where a crawler's date prefix starts it or a language
    /// link ends it (both are boilerplate that shares the line with the title or first sentence).
    private func split(_ range: Range<Int>, line: Int) -> [(range: Range<Int>, line: Int)] {
        let trimmed = trim(range)
        guard !trimmed.isEmpty else { return [] }
        if line <= 5 || bytes[trimmed.lowerBound] == 0x64 /* d */ {
            let text = String(decoding: bytes[trimmed], as: UTF8.self)
            if let length = BlockClassifier.crawlerDatePrefixLength(text), length < text.utf16.count {
                let end = trimmed.lowerBound + String(text.utf16.prefix(length))!.utf8.count
                return split(trimmed.lowerBound..<end, line: line) + split(end..<trimmed.upperBound, line: line)
            }
            if line <= 5, !text.contains("\n"), let space = text.lastIndex(of: " "),
                BlockClassifier.languageNames.contains(text[text.index(after: space)...].lowercased()),
                BlockClassifier.looksLikeHeading(String(text[..<space])), text[..<space].count >= 20 {
                let end = trimmed.lowerBound + text[..<space].utf8.count
                return [(trimmed.lowerBound..<end, line)] + split(end..<trimmed.upperBound, line: line)
            }
        }
        return [(trimmed, line)]
    }

    /// A byte range without its leading and trailing white space (Unicode white space included).
    private func trim(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, let (scalar, length) = scalar(at: lower, before: upper), scalar.isSpace { lower += length }
        while upper > lower {
            var start = upper - 1
            while start > lower, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard let (scalar, _) = scalar(at: start, before: upper), scalar.isSpace else { break }
            upper = start
        }
        return lower..<upper
    }

    /// The scalar that starts at a byte offset, and its length in bytes.
    private func scalar(at offset: Int, before end: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + length <= end else { return nil }
        var iterator = bytes[offset..<offset + length].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, length)
    }
}

/// Converts increasing UTF-8 byte offsets of a text to UTF-16 offsets in one forward pass.
struct UTF16Offsets {
    let bytes: [UInt8]
    private var byte = 0
    private var unit = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The UTF-16 offset of a byte offset at or after the previous one asked.
    mutating func offset(ofByte target: Int) -> Int {
        while byte < target {
            let current = bytes[byte]
            if current & 0xC0 != 0x80 { unit += current >= 0xF0 ? 2 : 1 }
            byte += 1
        }
        return unit
    }
}
