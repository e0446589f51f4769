import Foundation
import XMLKit

/// Writes a memory unit by unit as UTF-8 TMX 1.4b over libxml2's streaming writer, into a
/// temporary file in the target's folder that replaces the target only on ``finish()``: an
/// interrupted run never leaves a truncated memory.
///
/// Output is valid against the TMX 1.4b DTD when the model is (missing required header
/// attributes get neutral values, `lang=` is written as `xml:lang=`), has no whitespace added
/// inside `<seg>`, writes dates as `YYYYMMDDThhmmssZ`, and drops the characters XML 1.0 forbids,
/// counting them in ``removedCharacterCount`` for the caller to report.
///
/// ```swift
/// let writer = try TMXWriter(url: url, header: .bitext(sourceLanguage: "en"))
/// try writer.write(unit)
/// try writer.finish()
/// ```
public final class TMXWriter {
    /// The version Bitext writes in `creationtoolversion` of the memories it creates.
    public static let toolVersion = "0.1.0"

    /// The target file.
    public let url: URL
    /// How many units were written so far.
    public private(set) var unitCount = 0
    private let xml: XMLStreamWriter

    /// Starts a memory at `url` (written to a temporary file until ``finish()``).
    public init(url: URL, header: TMXHeader) throws(TMXError) {
        self.url = url
        do {
            xml = try XMLStreamWriter(writingTo: url)
            try xml.startDocument()
            try xml.documentType(name: "tmx", systemID: "tmx14.dtd")
            try xml.whitespace("\n")
            try xml.startElement("tmx")
            try xml.attribute("version", "1.4")
            try xml.whitespace("\n  ")
            try writeHeader(header)
            try xml.whitespace("\n  ")
            try xml.startElement("body")
        } catch {
            throw error
        }
    }

    /// How many characters XML 1.0 forbids were removed from the text written so far.
    public var removedCharacterCount: Int { xml.removedCharacterCount }

    /// Writes one unit.
    public func write(_ unit: TranslationUnit) throws(TMXError) {
        do {
            try xml.whitespace("\n    ")
            try xml.startElement("tu")
            if let id = unit.id { try xml.attribute("tuid", id) }
            try writeAttributes(unit.attributes)
            if let source = unit.sourceLanguage { try xml.attribute("srclang", source.description) }
            try writeOther(unit.attributes.other)
            try writeNotesAndProperties(notes: unit.notes, properties: unit.properties, indent: "\n      ")
            for variant in unit.variants {
                try xml.whitespace("\n      ")
                try xml.startElement("tuv")
                try xml.attribute("xml:lang", variant.language.description)
                try writeAttributes(variant.attributes)
                try writeOther(variant.attributes.other)
                try writeNotesAndProperties(notes: variant.notes, properties: variant.properties, indent: "\n        ")
                try xml.whitespace("\n        ")
                try xml.startElement("seg")
                try writeContent(variant.segment.content)
                try xml.fullEndElement()
                try xml.whitespace("\n      ")
                try xml.endElement()
            }
            try xml.whitespace("\n    ")
            try xml.fullEndElement()
            unitCount += 1
        } catch {
            throw error
        }
    }

    /// Writes a sequence of units.
    public func write(contentsOf units: some Sequence<TranslationUnit>) throws(TMXError) {
        for unit in units { try write(unit) }
    }

    /// Closes the memory and renames it over the target.
    public func finish() throws(TMXError) {
        do {
            try xml.whitespace("\n  ")
            try xml.fullEndElement()  // body
            try xml.whitespace("\n")
            try xml.endElement()  // tmx
            try xml.whitespace("\n")
            try xml.finish()
        } catch {
            throw error
        }
    }

    /// Abandons the output: the target is left as it was.
    public func discard() {
        xml.discard()
    }

    // MARK: Parts

    private func writeHeader(_ header: TMXHeader) throws(XMLError) {
        let attributes = header.attributes
        try xml.startElement("header")
        let required: [(String, String)] = [
            ("creationtool", attributes.creationTool ?? "unknown"),
            ("creationtoolversion", attributes.creationToolVersion ?? "unknown"),
            ("segtype", attributes.segmentType ?? "sentence"),
            ("o-tmf", attributes.originalFormat ?? "unknown"),
            ("adminlang", header.adminLanguage?.description ?? "en"),
            ("srclang", header.sourceLanguage?.description ?? LanguageTag.all.description),
            ("datatype", attributes.dataType ?? "unknown"),
        ]
        for (name, value) in required { try xml.attribute(name, value) }
        let requiredNames = Set(required.map(\.0))
        for (name, value) in attributes.written where !requiredNames.contains(name) {
            try xml.attribute(name, value)
        }
        try writeOther(attributes.other)
        for encoding in header.userDefinedEncodings {
            try xml.whitespace("\n    ")
            try xml.startElement("ude")
            try xml.attribute("name", encoding.name)
            if let base = encoding.base { try xml.attribute("base", base) }
            try writeOther(encoding.otherAttributes)
            for map in encoding.maps {
                try xml.whitespace("\n      ")
                try xml.startElement("map")
                try xml.attribute("unicode", map.unicode)
                if let code = map.code { try xml.attribute("code", code) }
                if let entity = map.entity { try xml.attribute("ent", entity) }
                if let substitution = map.substitution { try xml.attribute("subst", substitution) }
                try writeOther(map.otherAttributes)
                try xml.endElement()
            }
            if !encoding.maps.isEmpty { try xml.whitespace("\n    ") }
            try xml.endElement()
        }
        try writeNotesAndProperties(notes: header.notes, properties: header.properties, indent: "\n    ")
        if !header.notes.isEmpty || !header.properties.isEmpty || !header.userDefinedEncodings.isEmpty {
            try xml.whitespace("\n  ")
        }
        try xml.endElement()
    }

    private func writeAttributes(_ attributes: TMXAttributes) throws(XMLError) {
        for (name, value) in attributes.written { try xml.attribute(name, value) }
    }

    private func writeOther(_ attributes: [TMXAttribute]) throws(XMLError) {
        for attribute in attributes { try xml.attribute(attribute.name, attribute.value) }
    }

    /// Notes first, then properties: the order the DTD's `(note|prop)*` accepts either way.
    private func writeNotesAndProperties(
        notes: [TMXNote], properties: [TMXProperty], indent: String
    ) throws(XMLError) {
        for note in notes {
            try xml.whitespace(indent)
            try xml.startElement("note")
            if let encoding = note.originalEncoding { try xml.attribute("o-encoding", encoding) }
            if let language = note.language { try xml.attribute("xml:lang", language.description) }
            try writeOther(note.otherAttributes)
            try xml.text(note.text)
            try xml.fullEndElement()
        }
        for property in properties {
            try xml.whitespace(indent)
            try xml.startElement("prop")
            try xml.attribute("type", property.type)
            if let encoding = property.originalEncoding { try xml.attribute("o-encoding", encoding) }
            if let language = property.language { try xml.attribute("xml:lang", language.description) }
            try writeOther(property.otherAttributes)
            try xml.text(property.value)
            try xml.fullEndElement()
        }
    }

    private func writeContent(_ content: [TMXInline]) throws(XMLError) {
        for piece in content {
            switch piece {
            case .text(let text):
                try xml.text(text)
            case .element(let element):
                try xml.startElement(element.name)
                try writeOther(element.attributes)
                try writeContent(element.content)
                try xml.endElement()
            }
        }
    }
}
