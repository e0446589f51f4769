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
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\u{0C}" }) {
            let controls = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\u{0C}" }.count
            if controls * 50 > max(text.unicodeScalars.count, 1) {
                throw DocumentError(.binary, path: path, message: "the file is binary, not text (\(controls) control characters)")
            }
        }
        let blocks = PlainTextBlocks(text: text).blocks()
        if blocks.isEmpty { warnings.append("the file holds no text (only white space)") }
        return Document(path: path, format: .plainText, encoding: encoding, blocks: blocks, warnings: warnings, sourceText: text)
    }
}

/// Cuts decoded plain text into blocks with their UTF-16 ranges and lines.
struct PlainTextBlocks {
    /// One line of the text: its 1-based number, its UTF-16 range (line end excluded), its text.
    struct Line {
        var number: Int
        var range: Range<Int>
        var text: String
    }

    let text: String
    let units: [UInt16]
    let lines: [Line]

    init(text: String) {
        self.text = text
        units = Array(text.utf16)
        var lines: [Line] = []
        var start = 0
        for (offset, unit) in units.enumerated() where unit == 0x0A {
            lines.append(Line(number: lines.count + 1, range: start..<offset, text: ""))
            start = offset + 1
        }
        lines.append(Line(number: lines.count + 1, range: start..<units.count, text: ""))
        for index in lines.indices {
            lines[index].text = String(decoding: units[lines[index].range], as: UTF16.self)
        }
        self.lines = lines
    }

    /// The blocks of the text, in order.
    func blocks() -> [Block] {
        let joiner = LineJoiner(lines: lines.map(\.text))
        var pieces: [(range: Range<Int>, line: Int)] = []
        var paragraph: [Line] = []
        func flushParagraph() {
            for group in joiner.blocks(of: paragraph.map(\.text)) {
                let first = paragraph[group.lowerBound], last = paragraph[group.upperBound - 1]
                pieces.append(contentsOf: split(first.range.lowerBound..<last.range.upperBound, line: first.number))
            }
            paragraph.removeAll()
        }
        for line in lines {
            if line.text.allSatisfy(\.isWhitespace) { flushParagraph() } else { paragraph.append(line) }
        }
        flushParagraph()

        var blocks: [Block] = []
        var titleAllowed = true
        for piece in pieces {
            let text = String(decoding: units[piece.range], as: UTF16.self)
            let (kind, boilerplate) = BlockClassifier.classify(text, titleAllowed: titleAllowed)
            if !boilerplate && kind != .caption { titleAllowed = false }
            blocks.append(Block(
                index: blocks.count, kind: kind, text: text, isBoilerplate: boilerplate, line: piece.line,
                sourceRange: piece.range))
        }
        return blocks
    }

    /// The trimmed range of a block, split where a crawler's date prefix starts it or a language
    /// link ends it (both are boilerplate that shares the line with the title or first sentence).
    private func split(_ range: Range<Int>, line: Int) -> [(range: Range<Int>, line: Int)] {
        let trimmed = trim(range)
        guard !trimmed.isEmpty else { return [] }
        let text = String(decoding: units[trimmed], as: UTF16.self)
        if let match = try? BlockClassifier.crawlerDatePrefix.prefixMatch(in: text) {
            let length = text[match.range].utf16.count
            return split(trimmed.lowerBound..<trimmed.lowerBound + length, line: line)
                + split(trimmed.lowerBound + length..<trimmed.upperBound, line: line)
        }
        if line <= 5, !text.contains("\n"), let space = text.lastIndex(of: " "),
            BlockClassifier.languageNames.contains(text[text.index(after: space)...].lowercased()),
            BlockClassifier.looksLikeHeading(String(text[..<space])), text[..<space].count >= 20 {
            let length = text[..<space].utf16.count
            return [(trimmed.lowerBound..<trimmed.lowerBound + length, line)]
                + split(trimmed.lowerBound + length..<trimmed.upperBound, line: line)
        }
        return [(trimmed, line)]
    }

    /// A range without its leading and trailing white space.
    private func trim(_ range: Range<Int>) -> Range<Int> {
        func isSpace(_ unit: UInt16) -> Bool {
            Unicode.Scalar(unit).map { $0.properties.isWhitespace } ?? false
        }
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isSpace(units[lower]) { lower += 1 }
        while upper > lower, isSpace(units[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
