import Foundation
import XMLKit

/// Gathers ``TMXStatistics`` straight from libxml2's nodes: names are compared as interned
/// pointers and attribute values read as bytes, so no unit, variant or string is built per unit.
/// Checks the structure ``TMXReader`` checks (a `<tmx>` root with a `<body>`, a language and
/// exactly one `<seg>` per `<tuv>`, no entity references) with the same messages.
struct TMXStatisticsScanner {
    private let xml: XMLStreamReader
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

    /// The names the scan looks for, interned in the reader's dictionary.
    private struct Names {
        let tmx, header, body, tu, tuv, seg, prop, version, srclang, lang, type: XMLInternedName
        let creationTool, creationToolVersion, creationDate, changeDate: XMLInternedName

        init(_ xml: XMLStreamReader) {
            tmx = xml.intern("tmx"); header = xml.intern("header"); body = xml.intern("body")
            tu = xml.intern("tu"); tuv = xml.intern("tuv"); seg = xml.intern("seg"); prop = xml.intern("prop")
            version = xml.intern("version"); srclang = xml.intern("srclang")
            lang = xml.intern("lang"); type = xml.intern("type")
            creationTool = xml.intern("creationtool"); creationToolVersion = xml.intern("creationtoolversion")
            creationDate = xml.intern("creationdate"); changeDate = xml.intern("changedate")
        }
    }

    /// Opens the file; `huge` adds `XML_PARSE_HUGE` (a text node over 10 MB).
    init(url: URL, huge: Bool) throws(TMXError) {
        self.url = url
        xml = try XMLStreamReader(
            contentsOf: url, options: LibXML2.safeParseOptions | (huge ? LibXML2.hugeOption : 0))
        names = Names(xml)
        statistics = TMXStatistics(path: url.path)
    }

    /// Whether reading stopped at libxml2's 10 MB limit for a text node.
    var failedOnSizeLimit: Bool { xml.failedOnSizeLimit }

    /// Reads the whole file.
    mutating func run() throws(TMXError) -> TMXStatistics {
        try readRoot()
        try readBody()
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

    /// Reads up to the start tag of `<body>`.
    private mutating func readRoot() throws(TMXError) {
        while try xml.read() {
            guard xml.nodeType == .element else { continue }
            guard xml.internedName == names.tmx else {
                throw xml.error("the root element is <\(xml.name)>, not <tmx>: this is not a TMX file")
            }
            let names = self.names
            var version: String?
            try xml.forEachAttributeBytes { name, value in
                if name == names.version { version = String(decoding: value, as: UTF8.self) }
            }
            statistics.version = version
            if xml.isEmptyElement { throw xml.error("<tmx> is empty: it has no <body>") }
            break
        }
        guard xml.nodeType == .element else { throw xml.error("the file has no <tmx> element") }
        while try xml.read() {
            switch xml.nodeType {
            case .element where xml.depth == 1:
                let name = xml.internedName
                if name == names.header {
                    try readHeader()
                } else if name == names.body {
                    return
                } else if !xml.isEmptyElement {
                    try skipElement()
                }
            case .endElement where xml.depth == 0:
                throw xml.error("<tmx> has no <body>")
            default: continue
            }
        }
        throw xml.error("the file ends before <body>")
    }

    private mutating func readHeader() throws(TMXError) {
        let names = self.names
        var source: String?
        var tool: [UInt8]?
        var toolVersion: [UInt8]?
        try xml.forEachAttributeBytes { name, value in
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
        guard !xml.isEmptyElement else { return }
        while try xml.read() {
            switch xml.nodeType {
            case .element:
                if xml.depth == 2, xml.internedName == names.prop { try addProperty() }
            case .endElement where xml.depth == 1:
                return
            default: continue
            }
        }
        throw xml.error("the file ends inside <header>")
    }

    /// Counts every unit of the body, node by node.
    private mutating func readBody() throws(TMXError) {
        guard !xml.isEmptyElement else { return }
        let names = self.names
        /// Open inline elements inside the current `<seg>`, the `<seg>` itself included.
        var segmentDepth = 0
        var unitHasMarkup = false
        var segmentsInVariant = 0
        var variantLine = 0
        while try xml.read() {
            switch xml.nodeType {
            case .element:
                if segmentDepth > 0 {
                    if !unitHasMarkup {
                        unitHasMarkup = true
                        statistics.unitsWithMarkup += 1
                    }
                    if !xml.isEmptyElement { segmentDepth += 1 }
                    continue
                }
                let name = xml.internedName
                if name == names.tu {
                    statistics.units += 1
                    unitHasMarkup = false
                    try addAttributes(variant: false)
                } else if name == names.tuv {
                    statistics.variants += 1
                    variantLine = xml.line
                    try addAttributes(variant: true)
                    segmentsInVariant = 0
                    if xml.isEmptyElement { throw noSegment(line: variantLine) }
                } else if name == names.seg {
                    segmentsInVariant += 1
                    guard segmentsInVariant == 1 else {
                        throw xml.error("<tuv xml:lang=\"\(variantLanguageText)\"> has a second <seg> (TMX allows exactly one)")
                    }
                    if !xml.isEmptyElement { segmentDepth = 1 }
                } else if name == names.prop {
                    try addProperty()
                }
            case .endElement:
                if segmentDepth > 0 {
                    segmentDepth -= 1
                } else if xml.depth <= 1 {
                    return
                } else if segmentsInVariant == 0, xml.internedName == names.tuv {
                    throw noSegment(line: variantLine)
                }
            case .entityReference:
                throw xml.error("the entity reference &\(xml.name); is not allowed: TMX only allows the five XML entities")
            default: continue
            }
        }
    }

    /// Reads up to and including the end tag of the current (non-empty) element.
    private func skipElement() throws(TMXError) {
        let depth = xml.depth
        while try xml.read() {
            if xml.nodeType == .endElement, xml.depth == depth { return }
        }
        throw xml.error("the file ends inside an element")
    }

    private func noSegment(line: Int) -> TMXError {
        TMXError(path: url.path, line: line, message: "<tuv xml:lang=\"\(variantLanguageText)\"> has no <seg>")
    }

    /// The language of the current `<tuv>` as written, for messages.
    private var variantLanguageText: String {
        variantLanguage.map { String(decoding: languages.entries[$0].key, as: UTF8.self) } ?? ""
    }

    // MARK: Counting

    /// Counts the tool and dates of the current `<tu>` or `<tuv>`, and the language of a `<tuv>`
    /// (`xml:lang`, or TMX 1.1's `lang`).
    private mutating func addAttributes(variant: Bool) throws(TMXError) {
        let names = self.names, xml = self.xml
        var tool: [UInt8]?, toolVersion: [UInt8]?, lang: [UInt8]?
        var language: Int?
        try xml.forEachAttributeBytes { name, value in
            if name == names.creationDate || name == names.changeDate {
                addDate(value)
            } else if name == names.creationTool {
                tool = Array(value)
            } else if name == names.creationToolVersion {
                toolVersion = Array(value)
            } else if variant, name == names.lang {
                if xml.hasPrefix("xml") {
                    language = languages.add(value)
                } else if xml.hasPrefix(nil) {
                    lang = Array(value)
                }
            }
        }
        if let tool { addTool(tool, toolVersion) }
        guard variant else { return }
        if language == nil, let lang { language = lang.withUnsafeBufferPointer { languages.add($0) } }
        variantLanguage = language
        guard let language, !languages.entries[language].key.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        else {
            throw TMXError(path: url.path, line: xml.line, message: "<tuv> has no xml:lang (or lang) attribute")
        }
    }

    private mutating func addTool(_ tool: [UInt8], _ version: [UInt8]?) {
        tool.withUnsafeBufferPointer { tool in
            guard let version else {
                tools.add(tool)
                return
            }
            version.withUnsafeBufferPointer { tools.add(tool, $0) }
        }
    }

    /// Counts the type of the current `<prop>`.
    private mutating func addProperty() throws(TMXError) {
        let names = self.names, xml = self.xml
        var found = false
        try xml.forEachAttributeBytes { name, value in
            if !found, name == names.type {
                properties.add(value)
                found = true
            }
        }
        if !found { properties.add(UnsafeBufferPointer(start: nil, count: 0)) }
    }

    private mutating func addDate(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let seconds = TMXDate.parse(bytes: bytes)?.timeIntervalSince1970 else { return }
        earliest = min(earliest, seconds)
        latest = max(latest, seconds)
    }
}
