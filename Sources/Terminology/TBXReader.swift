import Foundation
import XMLKit

/// Reads TBX glossaries through XMLKit's safe DOM (no network, no DTD loading, no entity expansion):
/// TBX v2 (`martif`, `termEntry`/`langSet`/`tig` or `ntig`/`termGrp`) and TBX v3 (ISO 30042:2019
/// `tbx`, `conceptEntry`/`langSec`/`termSec`) in both DCA (`<termNote type="partOfSpeech">`) and
/// DCT (`<min:partOfSpeech>`) styles, mapped to one model.
///
/// Data categories Bitext does not model are kept as ``TermProperty`` values; elements it does not
/// keep at all (transaction history, graphics) are reported once per name in ``Glossary/warnings``.
public enum TBXReader {
    /// Reads a TBX file.
    public static func read(contentsOf url: URL) throws(GlossaryError) -> Glossary {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GlossaryError(path: url.path, message: "cannot read the file (\(error.localizedDescription))")
        }
        return try read(data, path: url.path)
    }

    /// Reads TBX from bytes; `path` names the input in messages.
    public static func read(_ data: Data, path: String?) throws(GlossaryError) -> Glossary {
        let document: XMLDocument
        document = try XMLDocument(data: data, path: path)
        let root = document.root
        guard root.localName == "martif" || root.localName == "tbx" else {
            throw GlossaryError(path: path, line: root.line, message: "the root element is <\(root.name)>, not <martif> (TBX v2) or <tbx> (TBX v3)")
        }
        var reader = Reader(path: path)
        var glossary = Glossary(language: root[attribute: "xml:lang"])
        if let header = root.firstChild(named: "martifHeader") ?? root.firstChild(named: "tbxHeader") {
            let title = header.descendants(named: "title").first?.text ?? header.descendants(named: "p").first?.text
            glossary.title = title.map(collapse).flatMap { $0.isEmpty ? nil : $0 }
        }
        let body = root.firstChild(named: "text")?.firstChild(named: "body")
        guard let body else {
            throw GlossaryError(path: path, line: root.line, message: "<\(root.name)> has no <text><body>: this is not a TBX glossary")
        }
        for element in body.childElements {
            switch element.localName {
            case "termEntry", "conceptEntry": glossary.entries.append(try reader.entry(element))
            default: reader.skip(element)
            }
        }
        glossary.warnings = reader.warnings()
        return glossary
    }

    private struct Reader {
        let path: String?
        var skipped: [String: (line: Int, count: Int)] = [:]
        var notes: [GlossaryWarning] = []

        init(path: String?) { self.path = path }

        mutating func skip(_ element: XMLElement) {
            let name = element.name
            if let seen = skipped[name] {
                skipped[name] = (seen.line, seen.count + 1)
            } else {
                skipped[name] = (element.line, 1)
            }
        }

        func warnings() -> [GlossaryWarning] {
            notes + skipped.sorted { $0.value.line < $1.value.line }.map { name, seen in
                GlossaryWarning(path: path, line: seen.line, message:
                    "<\(name)> is not kept" + (seen.count > 1 ? " (\(seen.count) times)" : ""))
            }
        }

        mutating func entry(_ element: XMLElement) throws(GlossaryError) -> GlossaryEntry {
            var entry = GlossaryEntry(id: element[attribute: "id"], languages: [])
            for child in element.childElements {
                switch child.localName {
                case "langSet", "langSec": entry.languages.append(try section(child))
                default:
                    collect(child, note: &entry.note, source: &entry.source, status: &entry.status, properties: &entry.properties)
                }
            }
            if entry.languages.isEmpty {
                notes.append(GlossaryWarning(path: path, line: element.line, message: "<\(element.name)> has no language section"))
            }
            return entry
        }

        mutating func section(_ element: XMLElement) throws(GlossaryError) -> LanguageSection {
            guard let language = element[attribute: "xml:lang"], !language.isEmpty else {
                throw GlossaryError(path: path, line: element.line, message: "<\(element.name)> has no xml:lang attribute")
            }
            var section = LanguageSection(language: language, terms: [])
            var note: String?, source: String?, status: TermStatus?
            for child in element.childElements {
                switch child.localName {
                case "tig", "termSec", "ntig":
                    if let term = term(child) { section.terms.append(term) }
                default:
                    collect(child, note: &note, source: &source, status: &status, properties: &section.properties)
                }
            }
            if let note { section.properties.append(TermProperty(element: "note", type: "", value: note)) }
            if let source { section.properties.append(TermProperty(element: "admin", type: "source", value: source)) }
            if let status {
                for index in section.terms.indices where section.terms[index].status == nil { section.terms[index].status = status }
            }
            return section
        }

        mutating func term(_ element: XMLElement) -> Term? {
            // ntig keeps the term and its termNotes in a termGrp.
            let parts = element.localName == "ntig"
                ? (element.firstChild(named: "termGrp")?.childElements ?? []) + element.childElements.filter { $0.localName != "termGrp" }
                : element.childElements
            let terms = parts.filter { $0.localName == "term" }
            guard let first = terms.first else {
                notes.append(GlossaryWarning(path: path, line: element.line, message: "<\(element.name)> has no <term>: skipped"))
                return nil
            }
            if terms.count > 1 {
                notes.append(GlossaryWarning(path: path, line: terms[1].line, message: "<\(element.name)> has \(terms.count) terms: only the first is kept"))
            }
            var term = Term(collapse(first.text))
            var note: String?, source: String?
            for child in parts where child.localName != "term" {
                collect(child, note: &note, source: &source, status: &term.status, properties: &term.properties)
            }
            term.note = note
            if let source { term.properties.append(TermProperty(element: "admin", type: "source", value: source)) }
            return term
        }

        /// Reads one data-category element (DCA or DCT) at any level.
        mutating func collect(
            _ element: XMLElement, note: inout String?, source: inout String?, status: inout TermStatus?,
            properties: inout [TermProperty]
        ) {
            let value = collapse(element.text)
            let dca = ["descrip", "admin", "termNote", "transac", "xref", "ref"].contains(element.localName)
            let type = dca ? (element[attribute: "type"] ?? "") : element.localName
            let kind = dca ? element.localName : Self.dctElement[element.localName]
            switch (element.localName, type) {
            case ("note", _): note = [note, value].compactMap { $0 }.joined(separator: "; ")
            case ("descripGrp", _), ("adminGrp", _), ("termNoteGrp", _):
                for child in element.childElements {
                    collect(child, note: &note, source: &source, status: &status, properties: &properties)
                }
            case (_, "administrativeStatus"), (_, "normativeAuthorization"):
                if let mapped = TermStatus(administrativeStatus: value) {
                    status = mapped
                } else {
                    properties.append(TermProperty(element: "termNote", type: type, value: value))
                    notes.append(GlossaryWarning(path: path, line: element.line, message: "unknown administrative status \"\(value)\": kept as a property, status left unset"))
                }
            case (_, "source") where kind == "admin":
                source = [source, value].compactMap { $0 }.joined(separator: "; ")
            default:
                if let kind, kind != "transac", kind != "ref" || !value.isEmpty {
                    properties.append(TermProperty(element: kind, type: type, value: value))
                } else {
                    skip(element)
                }
            }
        }

        /// The DCA element of each TBX-Basic and TBX-Min DCT data category.
        static let dctElement: [String: String] = [
            "partOfSpeech": "termNote", "termType": "termNote", "grammaticalGender": "termNote",
            "grammaticalNumber": "termNote", "geographicalUsage": "termNote", "termLocation": "termNote",
            "administrativeStatus": "termNote", "definition": "descrip", "context": "descrip",
            "subjectField": "descrip", "source": "admin", "customerSubset": "admin", "projectSubset": "admin",
            "xGraphic": "xref", "externalCrossReference": "xref", "crossReference": "ref",
        ]
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
