import Foundation
import XMLKit

/// Reads a memory unit by unit over libxml2's streaming reader: memory use does not depend on
/// the size of the file.
///
/// Accepts UTF-8 and UTF-16 (libxml2 detects the encoding), TMX 1.1–1.4 (`lang=` as well as
/// `xml:lang=`), a missing `version`, `srclang="*all*"`, language codes in any case or with `_`,
/// and the date forms of ``TMXDate``. Never loads a DTD or anything from the network, never
/// expands entities. When a single text node exceeds libxml2's 10 MB limit, the file is read
/// again with `XML_PARSE_HUGE`, from where it was.
///
/// ```swift
/// let reader = try TMXReader(contentsOf: url)
/// while let unit = try reader.next() { … }
/// ```
public final class TMXReader {
    /// The file's path as given (a relative path stays relative), for messages.
    public let path: String
    /// The header (an empty one when the file has none).
    public private(set) var header = TMXHeader()
    /// The `version` attribute of `<tmx>` (`1.4`, `1.1`), `nil` when missing.
    public private(set) var version: String?
    /// How many units ``next()`` returned so far.
    public private(set) var unitCount = 0
    /// Where the `<tu>` start tag of the unit ``next()`` returned last is (see ``errors(_:)``).
    public private(set) var lastUnitMark: XMLStartTagMark?
    /// libxml2's line of the `<tu>` start tag of the unit ``next()`` returned last (where it ends).
    public var lastUnitLine: Int { lastUnitMark?.line ?? 0 }
    /// Whether the file needed `XML_PARSE_HUGE` (a text node over 10 MB).
    public private(set) var neededHugeOption = false
    /// How many elements the reader left out so far because TMX has no place for them where they
    /// stand (`<seg>` directly in `<tu>`, an element TMX does not define); see ``leftOutWarnings()``.
    public private(set) var leftOutCount = 0
    /// The first of them (up to ``leftOutLimit``): the element, its parent, where it starts.
    private var leftOut: [(element: String, parent: String, mark: XMLStartTagMark)] = []
    /// The most left-out elements kept for ``leftOutWarnings()``.
    public static let leftOutLimit = 20

    private let url: URL
    private var xml: XMLStreamReader
    private var finished = false

    /// Opens a memory and reads its header.
    /// - Throws: ``TMXError`` when the file is missing, empty, malformed or not a TMX file.
    public init(contentsOf url: URL) throws(TMXError) {
        self.url = url
        path = url.relativePath
        do { xml = try XMLStreamReader(contentsOf: url) } catch { throw error }
        do {
            try readHeader()
        } catch {
            guard shouldRetryWithHugeOption else { throw error }
            try reopenHuge(skipping: 0)
        }
    }

    /// The next unit, or `nil` at the end of the body.
    /// - Throws: ``TMXError`` at the first malformed or misplaced element.
    public func next() throws(TMXError) -> TranslationUnit? {
        guard !finished else { return nil }
        do {
            return try nextUnit()
        } catch {
            guard shouldRetryWithHugeOption else {
                finished = true
                throw error
            }
            try reopenHuge(skipping: unitCount)
            return try next()
        }
    }

    /// Errors about elements read before, each at the `<` of the start tag its mark was taken
    /// from (``lastUnitMark``), found in one more pass over the file.
    public func errors(_ items: [(message: String, mark: XMLStartTagMark)]) -> [TMXError] {
        xml.errors(items)
    }

    /// One warning per element left out so far (the first ``leftOutLimit``), each at its start tag
    /// (`memory.tmx:6:7: <seg> inside <tu> is not TMX: left out`), placed in one more pass over the
    /// file; then one line for the others. Empty when nothing was left out. A command that rewrites
    /// a memory prints them, so that nothing is dropped without a word.
    public func leftOutWarnings() -> [String] {
        guard leftOutCount > 0 else { return [] }
        let placed = errors(leftOut.map { ("<\($0.element)> inside <\($0.parent)> is not TMX: left out", $0.mark) })
        let more = leftOutCount - leftOut.count
        return placed.map(\.description) + (more > 0 ? ["\(path): … and \(more) more element\(more == 1 ? "" : "s") left out"] : [])
    }

    private var shouldRetryWithHugeOption: Bool { !neededHugeOption && xml.failedOnSizeLimit }

    /// Reopens the file with `XML_PARSE_HUGE` and skips the units already returned.
    private func reopenHuge(skipping count: Int) throws(TMXError) {
        neededHugeOption = true
        do {
            xml = try XMLStreamReader(contentsOf: url, options: LibXML2.safeParseOptions | LibXML2.hugeOption)
            // What was left out before is known already: reading it again must not count it twice.
            let known = (leftOut, leftOutCount)
            try readHeader()
            var skipped = 0
            while skipped < count {
                guard try advanceToUnit() else { break }
                if !xml.isEmptyElement { try skipElement() }
                skipped += 1
            }
            (leftOut, leftOutCount) = known
        } catch {
            finished = true
            throw error
        }
    }

    // MARK: Structure

    private func readHeader() throws(XMLError) {
        // The root element.
        while try xml.read() {
            guard xml.nodeType == .element else { continue }
            guard xml.isNamed("tmx") else {
                throw xml.error("the root element is <\(xml.name)>, not <tmx>: this is not a TMX file")
            }
            version = xml.attributes.first { $0.name == "version" }?.value
            if xml.isEmptyElement { throw xml.error("<tmx> is empty: it has no <body>") }
            break
        }
        guard xml.nodeType == .element else { throw xml.error("the file has no <tmx> element") }
        // The header (optional in practice), up to the start of the body.
        while try xml.read() {
            switch xml.nodeType {
            case .element where xml.depth == 1:
                if xml.isNamed("header") {
                    header = try parseHeader()
                } else if xml.isNamed("body") {
                    if xml.isEmptyElement { finished = true }
                    return
                } else {
                    try leaveOut(parent: "tmx")
                }
            case .endElement where xml.depth == 0:
                throw xml.error("<tmx> has no <body>")
            default: continue
            }
        }
        throw xml.error("the file ends before <body>")
    }

    /// Moves to the start tag of the next `<tu>`; `false` at the end of the body.
    private func advanceToUnit() throws(XMLError) -> Bool {
        let xml = self.xml
        while try xml.read() {
            switch xml.nodeType {
            case .element where xml.depth == 2:
                if xml.isNamed("tu") { return true }
                // Anything else in the body (notes, stray elements) is not part of any unit.
                try leaveOut(parent: "body")
            case .endElement where xml.depth <= 1:
                finished = true
                return false
            default: continue
            }
        }
        finished = true
        return false
    }

    private func nextUnit() throws(XMLError) -> TranslationUnit? {
        guard try advanceToUnit() else { return nil }
        lastUnitMark = xml.mark
        let unit = try parseUnit()
        unitCount += 1
        return unit
    }

    /// Records the current element as left out (see ``leftOutWarnings()``) and reads past it.
    private func leaveOut(parent: String) throws(XMLError) {
        leftOutCount += 1
        if leftOut.count < Self.leftOutLimit { leftOut.append((xml.name, parent, xml.mark)) }
        if !xml.isEmptyElement { try skipElement() }
    }

    /// Reads up to and including the end tag of the current (non-empty) element.
    private func skipElement() throws(XMLError) {
        let xml = self.xml
        let depth = xml.depth
        while try xml.read() {
            if xml.nodeType == .endElement, xml.depth == depth { return }
        }
        throw xml.error("the file ends inside an element")
    }

    // MARK: Elements

    private func parseHeader() throws(XMLError) -> TMXHeader {
        let xml = self.xml
        var header = TMXHeader()
        for attribute in xml.attributes {
            switch attribute.name {
            case "srclang": header.sourceLanguage = LanguageTag(attribute.value)
            case "adminlang": header.adminLanguage = LanguageTag(attribute.value)
            default:
                if !header.attributes.take(attribute.name, attribute.value) { header.attributes.other.append(attribute) }
            }
        }
        guard !xml.isEmptyElement else { return header }
        let depth = xml.depth
        while try xml.read() {
            if xml.nodeType == .endElement, xml.depth == depth { return header }
            guard xml.nodeType == .element, xml.depth == depth + 1 else { continue }
            if xml.isNamed("note") {
                header.notes.append(try parseNote())
            } else if xml.isNamed("prop") {
                header.properties.append(try parseProperty())
            } else if xml.isNamed("ude") {
                header.userDefinedEncodings.append(try parseUserDefinedEncoding())
            } else {
                try leaveOut(parent: "header")
            }
        }
        throw xml.error("the file ends inside <header>")
    }

    private func parseUnit() throws(XMLError) -> TranslationUnit {
        let xml = self.xml
        var unit = TranslationUnit()
        try xml.forEachAttribute { name, value in
            switch name {
            case "tuid": unit.id = value
            case "srclang": unit.sourceLanguage = LanguageTag(value)
            default:
                if !unit.attributes.take(name, value) { unit.attributes.other.append(TMXAttribute(name: name, value: value)) }
            }
        }
        guard !xml.isEmptyElement else { return unit }
        while try xml.read() {
            if xml.nodeType == .endElement, xml.depth == 2 { return unit }
            guard xml.nodeType == .element, xml.depth == 3 else { continue }
            if xml.isNamed("tuv") {
                unit.variants.append(try parseVariant())
            } else if xml.isNamed("prop") {
                unit.properties.append(try parseProperty())
            } else if xml.isNamed("note") {
                unit.notes.append(try parseNote())
            } else {
                try leaveOut(parent: "tu")
            }
        }
        throw xml.error("the file ends inside <tu>")
    }

    private func parseVariant() throws(XMLError) -> TMXVariant {
        let xml = self.xml
        let mark = xml.mark
        var language: LanguageTag?
        var attributes = TMXAttributes()
        var lang: TMXAttribute?
        try xml.forEachAttribute { name, value in
            if name == "xml:lang" {
                language = LanguageTag(value)
            } else if name == "lang" {
                lang = TMXAttribute(name: name, value: value)
            } else if !attributes.take(name, value) {
                attributes.other.append(TMXAttribute(name: name, value: value))
            }
        }
        // TMX 1.1–1.2 `lang`; kept as an extra attribute when `xml:lang` says something else.
        if let lang {
            if language == nil {
                language = LanguageTag(lang.value)
            } else if LanguageTag(lang.value) != language {
                attributes.other.append(lang)
            }
        }
        guard let language, !language.normalized.isEmpty else {
            throw xml.error("<tuv> has no xml:lang (or lang) attribute", at: mark)
        }
        var variant = TMXVariant(language: language, segment: TMXSegment(content: []), attributes: attributes)
        guard !xml.isEmptyElement else {
            throw xml.error("<tuv xml:lang=\"\(language)\"> has no <seg>", at: mark)
        }
        var segments = 0
        while try xml.read() {
            if xml.nodeType == .endElement, xml.depth == 3 {
                guard segments > 0 else {
                    throw xml.error("<tuv xml:lang=\"\(language)\"> has no <seg>", at: mark)
                }
                return variant
            }
            guard xml.nodeType == .element, xml.depth == 4 else { continue }
            if xml.isNamed("seg") {
                segments += 1
                guard segments == 1 else {
                    throw xml.error("<tuv xml:lang=\"\(language)\"> has a second <seg> (TMX allows exactly one)")
                }
                variant.segment = TMXSegment(content: xml.isEmptyElement ? [] : try parseContent())
            } else if xml.isNamed("prop") {
                variant.properties.append(try parseProperty())
            } else if xml.isNamed("note") {
                variant.notes.append(try parseNote())
            } else {
                try leaveOut(parent: "tuv")
            }
        }
        throw xml.error("the file ends inside <tuv>")
    }

    /// Reads the mixed content of the current element up to its end tag.
    private func parseContent() throws(XMLError) -> [TMXInline] {
        let xml = self.xml
        let depth = xml.depth
        var content: [TMXInline] = []
        while try xml.read() {
            switch xml.nodeType {
            case .text:
                let text = xml.value
                if case .text(let previous)? = content.last {
                    content[content.count - 1] = .text(previous + text)
                } else {
                    content.append(.text(text))
                }
            case .element:
                var element = TMXInlineElement(name: xml.name, attributes: xml.attributes)
                if !xml.isEmptyElement { element.content = try parseContent() }
                content.append(.element(element))
            case .endElement where xml.depth == depth:
                return content
            case .entityReference:
                throw xml.error("the entity reference &\(xml.name); is not allowed: TMX only allows the five XML entities")
            default: continue
            }
        }
        throw xml.error("the file ends inside <\(depth == 4 ? "seg" : "an inline element")>")
    }

    /// Reads the text content of the current element up to its end tag.
    private func parseText() throws(XMLError) -> String {
        let xml = self.xml
        guard !xml.isEmptyElement else { return "" }
        let depth = xml.depth
        var text = ""
        while try xml.read() {
            switch xml.nodeType {
            case .text: text += xml.value
            case .endElement where xml.depth == depth: return text
            case .entityReference:
                throw xml.error("the entity reference &\(xml.name); is not allowed: TMX only allows the five XML entities")
            default: continue
            }
        }
        throw xml.error("the file ends inside an element")
    }

    private func parseProperty() throws(XMLError) -> TMXProperty {
        let xml = self.xml
        var property = TMXProperty(type: "", value: "")
        try xml.forEachAttribute { name, value in
            switch name {
            case "type": property.type = value
            case "xml:lang", "lang": property.language = LanguageTag(value)
            case "o-encoding": property.originalEncoding = value
            default: property.otherAttributes.append(TMXAttribute(name: name, value: value))
            }
        }
        property.value = try parseText()
        return property
    }

    private func parseNote() throws(XMLError) -> TMXNote {
        let xml = self.xml
        var note = TMXNote("")
        for attribute in xml.attributes {
            switch attribute.name {
            case "xml:lang", "lang": note.language = LanguageTag(attribute.value)
            case "o-encoding": note.originalEncoding = attribute.value
            default: note.otherAttributes.append(attribute)
            }
        }
        note.text = try parseText()
        return note
    }

    private func parseUserDefinedEncoding() throws(XMLError) -> TMXUserDefinedEncoding {
        let xml = self.xml
        var encoding = TMXUserDefinedEncoding(name: "")
        for attribute in xml.attributes {
            switch attribute.name {
            case "name": encoding.name = attribute.value
            case "base": encoding.base = attribute.value
            default: encoding.otherAttributes.append(attribute)
            }
        }
        guard !xml.isEmptyElement else { return encoding }
        let depth = xml.depth
        while try xml.read() {
            if xml.nodeType == .endElement, xml.depth == depth { return encoding }
            guard xml.nodeType == .element, xml.depth == depth + 1, xml.isNamed("map") else { continue }
            var map = TMXUserDefinedEncoding.Map(unicode: "")
            for attribute in xml.attributes {
                switch attribute.name {
                case "unicode": map.unicode = attribute.value
                case "code": map.code = attribute.value
                case "ent": map.entity = attribute.value
                case "subst": map.substitution = attribute.value
                default: map.otherAttributes.append(attribute)
                }
            }
            encoding.maps.append(map)
            if !xml.isEmptyElement { try skipElement() }
        }
        throw xml.error("the file ends inside <ude>")
    }
}
