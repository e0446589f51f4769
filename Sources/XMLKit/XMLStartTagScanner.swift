import Foundation

/// Finds where the start tags of an XML text are: the one place in Bitext that knows how an
/// element starts in XML text, because libxml2 gives an element's line (the line where its start
/// tag *ends*) but no column.
///
/// The scan is a small state machine fed bytes in chunks, so a file of any size is read in one
/// streaming pass. Start tags are numbered from 1 in document order, the order in which libxml2's
/// tree, stream reader and SAX parser meet the elements; comments, CDATA sections, processing
/// instructions, end tags and the DOCTYPE (with its internal subset, whose entity values may hold
/// `<rule>`) are skipped, attribute values may hold `>`, and a start tag may span several lines.
/// Only UTF-8 (or ASCII) text is scanned: columns count characters, not bytes.
struct XMLStartTagScanner {
    /// One start tag.
    struct Tag {
        /// The qualified name as written (UTF-8).
        var name: [UInt8] = []
        /// The line and column of its `<`.
        var line = 0, column = 0
        /// The line of its closing `>`, which is the line libxml2 gives the element.
        var endLine = 0
        /// The attributes' names and the place of each name's first character (recorded only
        /// when the scanner was asked to).
        var attributes: [(name: [UInt8], line: Int, column: Int)] = []

        /// Whether the tag ends on `line`, the line libxml2 gave its element. From line 65,535 on
        /// (where libxml2 keeps the line outside the node) its stream reader gives 65,535 or the
        /// line its parser has reached: there, any line is accepted and the number decides.
        func ends(onLibXML2Line line: Int) -> Bool {
            endLine == line || line >= 65_535
        }

        /// The place of `attribute` in this tag, or of the tag itself when it has no such attribute.
        func place(of attribute: String?) -> (line: Int, column: Int) {
            if let attribute, let found = attributes.first(where: { $0.name.elementsEqual(attribute.utf8) }) {
                return (found.line, found.column)
            }
            return (line, column)
        }
    }

    private enum State {
        case text, afterOpen, bang, comment, cdata, instruction, declaration, endTag, startTag
    }

    /// The numbers of the tags whose attributes' places are recorded (only the validator needs
    /// them).
    private let attributesOf: Set<Int>
    private var recordsAttributes = false
    private var state = State.text
    /// The state a comment or processing instruction inside the DOCTYPE returns to.
    private var inDeclaration = false
    /// The bytes after `<!` (to tell a comment, a CDATA section and a declaration apart), or the
    /// `<`, `<!`, `<!-` seen inside the internal subset.
    private var pending: [UInt8] = []
    /// The last two bytes, to find `-->`, `]]>` and `?>`.
    private var previous: (UInt8, UInt8) = (0, 0)
    private var quote: UInt8 = 0
    private var bracketDepth = 0
    /// Where the current start tag is in its attributes: 0 between attributes, 1 in a name,
    /// 2 after a name, 3 after `=`, 4 in a value; -1 still in the element's name.
    private var attributePhase = -1
    private var tag = Tag()
    private var line = 1, column = 0
    private var afterNewline = false
    /// The number of start tags found so far.
    private(set) var count = 0

    init(recordingAttributesOf numbers: Set<Int> = []) {
        attributesOf = numbers
    }

    /// Scans `bytes`, the continuation of what was fed before, calling `found` with each start
    /// tag and its number. Returns `false` as soon as `found` does (the scan is then over).
    mutating func feed(_ bytes: UnsafeRawBufferPointer, _ found: (Int, Tag) -> Bool) -> Bool {
        var index = 0
        while let tag = nextTag(in: bytes, from: &index) {
            if !found(count, tag) { return false }
        }
        return true
    }

    /// Scans `bytes` from `index` (the continuation of what was scanned before) up to the end of
    /// the next start tag, which it returns, with `index` just after it; `nil` when `bytes` ends
    /// first (the scan goes on with the next bytes).
    mutating func nextTag(in bytes: UnsafeRawBufferPointer, from index: inout Int) -> Tag? {
        while index < bytes.count {
            if state == .text {
                index = skipText(bytes, from: index)
                if index == bytes.count { break }
            }
            let byte = bytes[index]
            index += 1
            if afterNewline { line += 1; column = 0 }
            if byte & 0xC0 != 0x80 { column += 1 }
            afterNewline = byte == 0x0A
            if state == .startTag, !startTag(byte) {
                tag.endLine = line
                count += 1
                state = .text
                return tag
            }
            step(byte)
            previous = (previous.1, byte)
        }
        return nil
    }

    /// Moves over text up to the next `<` (or the end of `bytes`), counting its lines and the
    /// characters of its last line, without going through the state machine byte by byte.
    private mutating func skipText(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let end = memchr(base + start, Int32(UInt8(ascii: "<")), bytes.count - start)
            .map { base.distance(to: UnsafeRawPointer($0)) } ?? bytes.count
        guard end > start else { return end }
        var lastNewline = -1
        var cursor = start
        while cursor < end, let found = memchr(base + cursor, 0x0A, end - cursor) {
            let position = base.distance(to: UnsafeRawPointer(found))
            if afterNewline { line += 1 }
            afterNewline = true
            lastNewline = position
            cursor = position + 1
        }
        var first = start
        if lastNewline >= 0 {
            first = lastNewline + 1
            guard first < end else { return end }
        }
        if afterNewline { line += 1; column = 0; afterNewline = false }
        for offset in first..<end where bytes[offset] & 0xC0 != 0x80 { column += 1 }
        return end
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    /// Everything but the inside of a start tag.
    private mutating func step(_ byte: UInt8) {
        switch state {
        case .text:
            if byte == UInt8(ascii: "<") {
                state = .afterOpen
                tag.line = line
                tag.column = column
            }
        case .afterOpen:
            switch byte {
            case UInt8(ascii: "/"): state = .endTag
            case UInt8(ascii: "?"): state = .instruction
            case UInt8(ascii: "!"): state = .bang; pending.removeAll(keepingCapacity: true)
            default:
                state = .startTag
                // Emptied in place: no allocation per tag unless the caller keeps the tag.
                tag.name.removeAll(keepingCapacity: true)
                tag.name.append(byte)
                recordsAttributes = attributesOf.contains(count + 1)
                if !tag.attributes.isEmpty { tag.attributes.removeAll(keepingCapacity: true) }
                attributePhase = -1
                quote = 0
            }
        case .bang:
            pending.append(byte)
            if pending.elementsEqual("--".utf8) {
                state = .comment
                previous = (0, 0)
            } else if pending.elementsEqual("[CDATA[".utf8) {
                state = .cdata
            } else if !"[CDATA[".utf8.starts(with: pending) && !"--".utf8.starts(with: pending) {
                state = .declaration
                inDeclaration = true
                quote = 0
                bracketDepth = 0
                pending.removeAll(keepingCapacity: true)
            }
        case .comment:
            if byte == UInt8(ascii: ">"), previous == (UInt8(ascii: "-"), UInt8(ascii: "-")) { state = returnState }
        case .cdata:
            if byte == UInt8(ascii: ">"), previous == (UInt8(ascii: "]"), UInt8(ascii: "]")) { state = .text }
        case .instruction:
            if byte == UInt8(ascii: ">"), previous.1 == UInt8(ascii: "?") { state = returnState }
        case .endTag:
            if byte == UInt8(ascii: ">") { state = .text }
        case .declaration:
            declaration(byte)
        case .startTag:
            break
        }
    }

    private var returnState: State { inDeclaration ? .declaration : .text }

    /// Inside `<!DOCTYPE …>`: quoted strings, the internal subset between `[` and `]`, and the
    /// comments and processing instructions in it (whose quotes are not strings).
    private mutating func declaration(_ byte: UInt8) {
        if quote != 0 {
            if byte == quote { quote = 0 }
            return
        }
        if !pending.isEmpty {
            // `<`, `<!` or `<!-` seen in the internal subset.
            pending.append(byte)
            if pending.elementsEqual("<?".utf8) {
                pending.removeAll(keepingCapacity: true)
                state = .instruction
                return
            }
            if pending.elementsEqual("<!--".utf8) {
                pending.removeAll(keepingCapacity: true)
                previous = (0, 0)
                state = .comment
                return
            }
            if "<!--".utf8.starts(with: pending) { return }
            pending.removeAll(keepingCapacity: true)
        }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
        case UInt8(ascii: "["): bracketDepth += 1
        case UInt8(ascii: "]"): bracketDepth -= 1
        case UInt8(ascii: "<") where bracketDepth > 0: pending = [byte]
        case UInt8(ascii: ">") where bracketDepth <= 0:
            state = .text
            inDeclaration = false
        default: break
        }
    }

    /// Inside a start tag; `false` at its closing `>`.
    private mutating func startTag(_ byte: UInt8) -> Bool {
        switch attributePhase {
        case -1:
            if byte == UInt8(ascii: ">") { return false }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") { attributePhase = 0 } else { tag.name.append(byte) }
        case 0:
            if byte == UInt8(ascii: ">") { return false }
            if !Self.isSpace(byte) && byte != UInt8(ascii: "/") {
                attributePhase = 1
                if recordsAttributes { tag.attributes.append(([byte], line, column)) }
            }
        case 1:
            if byte == UInt8(ascii: "=") {
                attributePhase = 3
            } else if Self.isSpace(byte) {
                attributePhase = 2
            } else if recordsAttributes {
                tag.attributes[tag.attributes.count - 1].name.append(byte)
            }
        case 2:
            if byte == UInt8(ascii: "=") { attributePhase = 3 }
        case 3:
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
                attributePhase = 4
            }
        default:
            if byte == quote { attributePhase = 0 }
        }
        return true
    }
}

extension XMLStartTagScanner {
    /// Whether text in this encoding (as libxml2 names the declared or detected one; `nil` when
    /// none was declared) can be scanned.
    static func canScan(encoding: String?) -> Bool {
        guard let encoding = encoding?.uppercased() else { return true }
        return ["UTF-8", "UTF8", "US-ASCII", "ASCII"].contains(encoding)
    }

    /// Where the text of a file that begins with `prefix` starts (after a UTF-8 byte-order
    /// mark), or `nil` when it looks like UTF-16 or UTF-32 (a byte-order mark, or a zero byte
    /// beside the first `<`).
    static func textStart(of prefix: Data) -> Int? {
        let bytes = Array(prefix.prefix(3))
        if bytes.elementsEqual([0xEF, 0xBB, 0xBF]) { return 3 }
        if bytes.count >= 2, bytes[0] == 0 || bytes[1] == 0 || bytes[0] == 0xFE || bytes[0] == 0xFF { return nil }
        return 0
    }

    /// The start tags numbered in `numbers`, found in one pass over the file at `url` that stops
    /// after the last of them. Empty when the file cannot be read or starts like UTF-16 or UTF-32.
    static func tags(numbered numbers: Set<Int>, in url: URL, recordingAttributes: Bool = false) -> [Int: Tag] {
        guard let last = numbers.max(), let handle = FileHandle(forReadingAtPath: url.path) else { return [:] }
        defer { try? handle.close() }
        var scanner = XMLStartTagScanner(recordingAttributesOf: recordingAttributes ? numbers : [])
        var result: [Int: Tag] = [:]
        var first = true
        while var chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            if first {
                first = false
                guard let start = textStart(of: chunk) else { return [:] }
                chunk = chunk.dropFirst(start)
            }
            let going = chunk.withUnsafeBytes { bytes in
                scanner.feed(bytes) { number, tag in
                    if numbers.contains(number) { result[number] = tag }
                    return number < last
                }
            }
            if !going { break }
        }
        return result
    }
}

extension XMLStartTagScanner {
    /// The start tags of `data`, in document order, one at a time: nothing is kept but the
    /// scanner's state.
    struct Cursor {
        private let data: Data
        private var scanner = XMLStartTagScanner()
        private var index: Int

        init(_ data: Data) {
            self.data = data
            index = textStart(of: data) ?? data.count
        }

        /// The next start tag, `nil` at the end.
        mutating func next() -> Tag? {
            var index = self.index
            defer { self.index = index }
            return data.withUnsafeBytes { scanner.nextTag(in: $0, from: &index) }
        }
    }
}
