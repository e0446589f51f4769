import Foundation
import XMLKit

/// Writes glossaries as TBX v3 (ISO 30042:2019), TBX-Basic dialect, DCA style, through XMLKit's
/// streaming writer: atomic (a temporary file renamed over the destination when complete),
/// characters XML 1.0 forbids removed.
///
/// Statuses are written as TBX-Basic `administrativeStatus` values (approved →
/// `preferredTerm-admn-sts`, candidate → `admittedTerm-admn-sts`, forbidden →
/// `deprecatedTerm-admn-sts`); notes as `note`, sources as `admin type="source"`, and every kept
/// ``TermProperty`` as the DCA element it came from.
public enum TBXWriter {
    /// Writes `glossary` to `url` atomically.
    public static func write(_ glossary: Glossary, to url: URL) throws(GlossaryError) {
        let xml: XMLStreamWriter
        xml = try XMLStreamWriter(writingTo: url)
        do {
            try write(glossary, with: xml)
            try xml.finish()
        } catch {
            xml.discard()
            throw error
        }
    }

    private static func write(_ glossary: Glossary, with xml: XMLStreamWriter) throws(XMLError) {
        try xml.startDocument()
        try xml.startElement("tbx")
        try xml.attribute("type", "TBX-Basic")
        try xml.attribute("style", "dca")
        try xml.attribute("xml:lang", glossary.language ?? glossary.languages.first ?? "en")
        try xml.attribute("xmlns", "urn:iso:std:iso:30042:ed-2")
        try open("tbxHeader", 1, xml)
        try open("fileDesc", 2, xml)
        try open("sourceDesc", 3, xml)
        try leaf("p", attributes: [], glossary.title ?? "Glossary written by Bitext", 4, xml)
        try close(3, xml)
        try close(2, xml)
        try close(1, xml)
        try open("text", 1, xml)
        try open("body", 2, xml)
        var used: Set<String> = []
        for (index, entry) in glossary.entries.enumerated() {
            var id = entry.id.flatMap { isName($0) ? $0 : nil } ?? "c\(index + 1)"
            if !used.insert(id).inserted {
                id = "c\(index + 1)-\(used.count)"
                used.insert(id)
            }
            try open("conceptEntry", 3, xml, attributes: [("id", id)])
            try properties(entry.properties, 4, xml)
            if let source = entry.source { try leaf("admin", attributes: [("type", "source")], source, 4, xml) }
            if let note = entry.note { try leaf("note", attributes: [], note, 4, xml) }
            for section in entry.languages {
                try open("langSec", 4, xml, attributes: [("xml:lang", section.language)])
                try properties(section.properties, 5, xml)
                for term in section.terms {
                    try open("termSec", 5, xml)
                    try leaf("term", attributes: [], term.text, 6, xml)
                    if let status = term.status ?? entry.status {
                        try leaf("termNote", attributes: [("type", "administrativeStatus")], status.administrativeStatus, 6, xml)
                    }
                    try properties(term.properties, 6, xml)
                    if let note = term.note { try leaf("note", attributes: [], note, 6, xml) }
                    try close(5, xml)
                }
                try close(4, xml)
            }
            try close(3, xml)
        }
        try close(2, xml)
        try close(1, xml)
        try xml.whitespace("\n")
        try xml.endElement()
        try xml.whitespace("\n")
    }

    /// TBX-Basic order inside an element: termNote, descrip, admin, xref/ref, note.
    private static func properties(_ properties: [TermProperty], _ depth: Int, _ xml: XMLStreamWriter) throws(XMLError) {
        let order = ["termNote", "descrip", "admin", "xref", "ref", "note"]
        let sorted = properties.enumerated().sorted {
            ((order.firstIndex(of: $0.element.element) ?? 9), $0.offset) < ((order.firstIndex(of: $1.element.element) ?? 9), $1.offset)
        }
        for (_, property) in sorted {
            let attributes = property.type.isEmpty ? [] : [("type", property.type)]
            try leaf(property.element, attributes: attributes, property.value, depth, xml)
        }
    }

    private static func open(_ name: String, _ depth: Int, _ xml: XMLStreamWriter, attributes: [(String, String)] = []) throws(XMLError) {
        try xml.whitespace("\n" + String(repeating: "  ", count: depth))
        try xml.startElement(name)
        for (name, value) in attributes { try xml.attribute(name, value) }
    }

    private static func close(_ depth: Int, _ xml: XMLStreamWriter) throws(XMLError) {
        try xml.whitespace("\n" + String(repeating: "  ", count: depth))
        try xml.fullEndElement()
    }

    private static func leaf(_ name: String, attributes: [(String, String)], _ text: String, _ depth: Int, _ xml: XMLStreamWriter) throws(XMLError) {
        try open(name, depth, xml, attributes: attributes)
        try xml.text(text)
        try xml.fullEndElement()
    }

    /// Whether `id` is a valid XML ID (an NCName): Translate Toolkit writes the source text as id.
    private static func isName(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first == "_" || CharacterSet.letters.contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) }
    }
}
