import Foundation
import XMLKit

/// Gathers ``TMXStatistics`` in one SAX pass (``XMLSAXScanner``): names are compared as interned
/// pointers and attribute values read as bytes, so no node, unit, variant or string is built per
/// unit. Checks the structure ``TMXReader`` checks (a `<tmx>` root with a `<body>`, a language and
/// exactly one `<seg>` per `<tuv>`, no entity references) with the same messages; what follows
/// the body is parsed too, so the whole file is checked for well-formedness.
final class TMXStatisticsScanner: XMLSAXHandler {
    private let scanner: XMLSAXScanner
    private let url: URL
    private let names: Names
    private var statistics: TMXStatistics

    private var languages = TMXByteCounter()
    private var tools = TMXByteCounter()
    private var properties = TMXByteCounter()
    /// The language of the current `<tuv>`: its position in `languages`.
    private var variantLanguage: Int?
    private var earliest = Double.infinity
    private var latest = -Double.infinity

    /// Where the scan is in the document's structure.
    private enum Place { case beforeRoot, root, header, body, done }
    private var place = Place.beforeRoot
    /// The depth of the current element (the root is at 0; -1 before and after it).
    private var depth = -1
    /// Open elements inside the current `<seg>`, the `<seg>` itself included.
    private var segmentDepth = 0
    private var unitHasMarkup = false
    private var segmentsInVariant = 0
    private var variantMark: XMLStartTagMark?
    /// Where the last event inside the current `<seg>` was, in bytes of input.
    private var segmentOffset = 0
    /// The line of `<tmx>` (where an error about its end tag is placed, as the reader does).
    private var rootLine = 0

    /// The names the scan looks for, interned in the scanner's dictionary.
    private struct Names {
        let tmx, header, body, tu, tuv, seg, prop, version, srclang, lang, type, xml: XMLInternedName
        let creationTool, creationToolVersion, creationDate, changeDate: XMLInternedName

        init(_ xml: XMLSAXScanner) {
            tmx = xml.intern("tmx"); header = xml.intern("header"); body = xml.intern("body")
            tu = xml.intern("tu"); tuv = xml.intern("tuv"); seg = xml.intern("seg"); prop = xml.intern("prop")
            version = xml.intern("version"); srclang = xml.intern("srclang")
            lang = xml.intern("lang"); type = xml.intern("type"); self.xml = xml.intern("xml")
            creationTool = xml.intern("creationtool"); creationToolVersion = xml.intern("creationtoolversion")
            creationDate = xml.intern("creationdate"); changeDate = xml.intern("changedate")
        }
    }

    /// Opens the file; `huge` adds `XML_PARSE_HUGE` (a text node over 10 MB).
    init(url: URL, huge: Bool) throws(TMXError) {
        self.url = url
        scanner = try XMLSAXScanner(
            contentsOf: url, options: LibXML2.safeParseOptions | (huge ? LibXML2.hugeOption : 0))
        names = Names(scanner)
        statistics = TMXStatistics(path: url.relativePath)
    }

    /// Whether reading stopped at libxml2's 10 MB limit for a text node.
    var failedOnSizeLimit: Bool { scanner.failedOnSizeLimit }

    /// Reads the whole file.
    func run() throws(TMXError) -> TMXStatistics {
        try scanner.scan(self)
        guard place == .done else {
            throw TMXError(path: url.relativePath, message: place == .beforeRoot ? "the file has no <tmx> element" : "the file ends before <body>")
        }
        var perLanguage: [(language: LanguageTag, count: Int)] = []
        for (spelling, count) in languages.counts() {
            let language = LanguageTag(spelling)
            if let position = perLanguage.firstIndex(where: { $0.language == language }) {
                perLanguage[position].count += count
            } else {
                perLanguage.append((language, count))
            }
        }
        for (language, count) in perLanguage { statistics.variantsPerLanguage[language.description] = count }
        for (tool, count) in tools.counts() { statistics.creationTools[tool, default: 0] += count }
        for (type, count) in properties.counts() { statistics.propertyTypes[type, default: 0] += count }
        if earliest.isFinite { statistics.earliestDate = Date(timeIntervalSince1970: earliest) }
        if latest.isFinite { statistics.latestDate = Date(timeIntervalSince1970: latest) }
        return statistics
    }

    // MARK: Events

    /// The whole file is read, so that what follows the body is checked too.
    var isFinished: Bool { false }

    func startElement(_ element: XMLSAXElement) throws(XMLError) {
        depth += 1
        switch place {
        case .body: try startInBody(element)
        case .header:
            if depth == 2, element.localName == names.prop { addProperty(element) }
        case .root:
            guard depth == 1 else { return }
            if element.localName == names.header {
                readHeader(element)
            } else if element.localName == names.body {
                place = element.isEmpty ? .done : .body
            }
        case .beforeRoot:
            guard element.localName == names.tmx else {
                throw error("the root element is <\(element.qualifiedName)>, not <tmx>: this is not a TMX file", at: element)
            }
            let names = self.names
            var version: String?
            element.forEachAttribute { name, _, value in
                if name == names.version { version = String(decoding: value, as: UTF8.self) }
            }
            statistics.version = version
            if element.isEmpty { throw error("<tmx> is empty: it has no <body>", at: element) }
            rootLine = element.line
            place = .root
        case .done: return
        }
    }

    func endElement(_ localName: XMLInternedName) throws(XMLError) {
        defer { depth -= 1 }
        switch place {
        case .body:
            if segmentDepth > 0 {
                noteTextLength()
                segmentDepth -= 1
            } else if depth <= 1 {
                place = .done
            } else if segmentsInVariant == 0, localName == names.tuv {
                throw noSegment()
            }
        case .header:
            if depth == 1 { place = .root }
        case .root:
            if depth == 0 { throw error("<tmx> has no <body>", line: rootLine) }
        case .beforeRoot, .done: return
        }
    }

    func entityReference(_ name: String, line: Int) throws(XMLError) {
        throw error("the entity reference &\(name); is not allowed: TMX only allows the five XML entities", line: line)
    }

    /// Counts an element of the body.
    private func startInBody(_ element: XMLSAXElement) throws(XMLError) {
        if segmentDepth > 0 {
            noteTextLength()
            if !unitHasMarkup {
                unitHasMarkup = true
                statistics.unitsWithMarkup += 1
            }
            segmentDepth += 1
            return
        }
        let name = element.localName
        if name == names.tu {
            statistics.units += 1
            unitHasMarkup = false
            try addAttributes(element, variant: false)
        } else if name == names.tuv {
            statistics.variants += 1
            variantMark = element.mark
            try addAttributes(element, variant: true)
            segmentsInVariant = 0
            if element.isEmpty { throw noSegment() }
        } else if name == names.seg {
            segmentsInVariant += 1
            guard segmentsInVariant == 1 else {
                throw error("<tuv xml:lang=\"\(variantLanguageText)\"> has a second <seg> (TMX allows exactly one)", at: element)
            }
            segmentDepth = 1
            segmentOffset = scanner.byteOffset
        } else if name == names.prop {
            addProperty(element)
        }
    }

    private func readHeader(_ element: XMLSAXElement) {
        let names = self.names
        var source: String?
        var tool: [UInt8]?
        var toolVersion: [UInt8]?
        element.forEachAttribute { name, _, value in
            if name == names.srclang {
                source = String(decoding: value, as: UTF8.self)
            } else if name == names.creationTool {
                tool = Array(value)
            } else if name == names.creationToolVersion {
                toolVersion = Array(value)
            }
        }
        statistics.sourceLanguage = source.map { LanguageTag($0).description }
        if let tool { addTool(tool, toolVersion) }
        place = .header
    }

    /// The scan hands no text over, so libxml2's 10 MB limit for a text node never stops it;
    /// but ``TMXReader`` (and any tree or stream reader) needs `XML_PARSE_HUGE` for such a
    /// segment, which ``TMXStatistics/neededHugeOption`` tells: text between two events of a
    /// `<seg>` over that limit sets it.
    private func noteTextLength() {
        let offset = scanner.byteOffset
        if offset - segmentOffset > Self.textNodeLimit { statistics.neededHugeOption = true }
        segmentOffset = offset
    }

    /// libxml2's limit for a text node without `XML_PARSE_HUGE` (`XML_MAX_TEXT_LENGTH`).
    private static let textNodeLimit = 10_000_000

    private func error(_ message: String, line: Int) -> TMXError {
        TMXError(path: url.relativePath, line: line, message: message)
    }

    /// The error `message` at the `<` of `element`'s start tag.
    private func error(_ message: String, at element: XMLSAXElement) -> TMXError {
        scanner.error(message, at: element.mark)
    }

    private func noSegment() -> TMXError {
        let message = "<tuv xml:lang=\"\(variantLanguageText)\"> has no <seg>"
        return variantMark.map { scanner.error(message, at: $0) } ?? TMXError(path: url.relativePath, message: message)
    }

    /// The language of the current `<tuv>` as written, for messages.
    private var variantLanguageText: String {
        variantLanguage.map { String(decoding: languages.entries[$0].key, as: UTF8.self) } ?? ""
    }

    // MARK: Counting

    /// Counts the tool and dates of a `<tu>` or `<tuv>`, and the language of a `<tuv>`
    /// (`xml:lang`, or TMX 1.1's `lang`).
    private func addAttributes(_ element: XMLSAXElement, variant: Bool) throws(XMLError) {
        let names = self.names
        var tool: UnsafeBufferPointer<UInt8>?, toolVersion: UnsafeBufferPointer<UInt8>?, lang: UnsafeBufferPointer<UInt8>?
        var language: Int?
        element.forEachAttribute { name, prefix, value in
            if name == names.creationDate || name == names.changeDate {
                addDate(value)
            } else if name == names.creationTool {
                tool = value
            } else if name == names.creationToolVersion {
                toolVersion = value
            } else if variant, name == names.lang {
                if prefix == names.xml {
                    language = languages.add(value)
                } else if prefix.isAbsent {
                    lang = value
                }
            }
        }
        if let tool {
            if let toolVersion { tools.add(tool, toolVersion) } else { tools.add(tool) }
        }
        guard variant else { return }
        if language == nil, let lang { language = languages.add(lang) }
        variantLanguage = language
        guard let language, !languages.entries[language].key.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        else {
            throw error("<tuv> has no xml:lang (or lang) attribute", at: element)
        }
    }

    private func addTool(_ tool: [UInt8], _ version: [UInt8]?) {
        tool.withUnsafeBufferPointer { tool in
            if let version {
                version.withUnsafeBufferPointer { _ = tools.add(tool, $0) }
            } else {
                tools.add(tool)
            }
        }
    }

    /// Counts the type of a `<prop>`.
    private func addProperty(_ element: XMLSAXElement) {
        let names = self.names
        var found = false
        element.forEachAttribute { name, _, value in
            if !found, name == names.type {
                properties.add(value)
                found = true
            }
        }
        if !found { properties.add(UnsafeBufferPointer(start: nil, count: 0)) }
    }

    private func addDate(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let seconds = TMXDate.parse(bytes: bytes)?.timeIntervalSince1970 else { return }
        earliest = min(earliest, seconds)
        latest = max(latest, seconds)
    }
}
