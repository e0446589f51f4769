import Foundation

/// Glossaries in CSV (RFC 4180 quoting, quoted fields may hold commas, doubled quotes and line breaks).
///
/// The first row is a header. Its language columns are language codes (`fr`, `en-US`, `it_IT`),
/// each optionally followed by `Notes` and `Example of use` columns for that language (MateCat's
/// format); `Forbidden`, `Domain`, `Subdomain`, `Definition`, `Status`, `Note` and `Source`
/// columns are understood too. A header of the words `source,target[,comment]` or a file of two
/// or three columns with no header (OmegaT's CSV) takes the languages the caller gives.
public enum CSVGlossary {
    /// Reads a glossary.
    public static func read(_ data: Data, path: String?, languages: (source: String, target: String)) throws(GlossaryError) -> Glossary {
        let text = try GlossaryText.decode(data, path: path)
        let rows = try parse(text, path: path)
        guard let header = rows.first else { throw GlossaryError(path: path, line: 1, message: "the file is empty") }
        let columns = try columns(of: header.fields, line: header.line, path: path, languages: languages)
        var glossary = Glossary()
        for row in rows.dropFirst(columns.hasHeader ? 1 : 0) {
            if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var entry = GlossaryEntry(languages: [])
            var extra: [String] = []
            for (column, raw) in zip(columns.kinds, row.fields) {
                let value = raw.trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                switch column {
                case .language(let tag):
                    if let at = entry.languages.firstIndex(where: { $0.language == tag }) {
                        entry.languages[at].terms.append(Term(value))
                    } else {
                        entry.languages.append(LanguageSection(language: tag, terms: [Term(value)]))
                    }
                case .languageNote(let tag):
                    if let at = entry.languages.firstIndex(where: { $0.language == tag }) {
                        entry.languages[at].terms[entry.languages[at].terms.count - 1].note = value
                    }
                case .example(let tag):
                    if let at = entry.languages.firstIndex(where: { $0.language == tag }) {
                        entry.languages[at].properties.append(TermProperty(element: "descrip", type: "context", value: value))
                    }
                case .id: entry.id = value
                case .note: entry.note = value
                case .source: entry.source = value
                case .status:
                    guard let status = TermStatus(rawValue: value.lowercased()) ?? TermStatus(administrativeStatus: value) else {
                        throw GlossaryError(path: path, line: row.line, message: "unknown status \"\(value)\" (candidate, approved or forbidden)")
                    }
                    entry.status = status
                case .forbidden:
                    if ["1", "true", "yes", "x", "forbidden"].contains(value.lowercased()) { entry.status = .forbidden }
                case .property(let type): entry.properties.append(TermProperty(element: "descrip", type: type, value: value))
                case .ignored: extra.append(value)
                }
            }
            if row.fields.count > columns.kinds.count {
                glossary.warnings.append(GlossaryWarning(path: path, line: row.line, message: "\(row.fields.count - columns.kinds.count) cells beyond the header were ignored"))
            }
            guard entry.languages.count >= 1 else {
                glossary.warnings.append(GlossaryWarning(path: path, line: row.line, message: "skipped: the row has no term"))
                continue
            }
            if let id = entry.id, let last = glossary.entries.last, last.id == id {
                // A synonym row of the previous entry.
                glossary.entries[glossary.entries.count - 1] = merging(entry, into: last)
            } else {
                glossary.entries.append(entry)
            }
        }
        return glossary
    }

    private static func merging(_ row: GlossaryEntry, into entry: GlossaryEntry) -> GlossaryEntry {
        var entry = entry
        for section in row.languages {
            if let at = entry.languages.firstIndex(where: { $0.language == section.language }) {
                entry.languages[at].terms += section.terms
            } else {
                entry.languages.append(section)
            }
        }
        return entry
    }

    enum Column: Equatable {
        case language(String), languageNote(String), example(String)
        case id, note, source, status, forbidden, property(String), ignored
    }

    private static func columns(
        of header: [String], line: Int, path: String?, languages: (source: String, target: String)
    ) throws(GlossaryError) -> (kinds: [Column], hasHeader: Bool) {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
        if names.allSatisfy(\.isEmpty) {
            throw GlossaryError(path: path, line: line, message: "the header row is empty: the first row must name the columns with language codes (en-US, fr, …)")
        }
        let lowered = names.map { $0.lowercased() }
        if lowered.starts(with: ["source", "target"]) {
            return ([.language(languages.source), .language(languages.target)] + lowered.dropFirst(2).map { $0 == "comment" || $0 == "note" ? .note : .ignored }, true)
        }
        var kinds: [Column] = [], current: String?
        var hasLanguage = false
        for (index, name) in names.enumerated() {
            switch name.lowercased() {
            case "notes":
                // MateCat: the notes of the language column before.
                kinds.append(current.map { .languageNote($0) } ?? .note)
            case "note", "comment":
                kinds.append(.note)
            case "example of use", "example": kinds.append(current.map { .example($0) } ?? .ignored)
            case "forbidden": kinds.append(.forbidden)
            case "id": kinds.append(.id)
            case "status": kinds.append(.status)
            case "source", "origin": kinds.append(.source)
            case "domain": kinds.append(.property("subjectField"))
            case "subdomain": kinds.append(.property("subdomain"))
            case "definition": kinds.append(.property("definition"))
            case "term type", "part of speech": kinds.append(.ignored)
            default:
                if LanguageCode.isValid(name) {
                    kinds.append(.language(name))
                    current = name
                    hasLanguage = true
                } else if names.count <= 3 {
                    // No header: OmegaT's source,target[,comment] CSV.
                    return ([.language(languages.source), .language(languages.target), .note], false)
                } else {
                    throw GlossaryError(path: path, line: line, message: "column \(index + 1) of the header, \"\(name)\", is neither a language code (en-US, fr, …) nor a known column (Notes, Example of use, Forbidden, Domain, Subdomain, Definition, Status, Source)")
                }
            }
        }
        guard hasLanguage else {
            throw GlossaryError(path: path, line: line, message: "the header names no language: the first row must name the columns with language codes (en-US, fr, …)")
        }
        return (kinds, true)
    }

    /// Splits CSV text into rows of fields, with the 1-based line each row starts on.
    static func parse(_ text: String, path: String?) throws(GlossaryError) -> [(fields: [String], line: Int)] {
        let firstLine = text.prefix { !$0.isNewline }
        let delimiter: Character = firstLine.contains(",") || !firstLine.contains(";") ? "," : ";"
        var rows: [(fields: [String], line: Int)] = []
        var fields: [String] = [], field = "", quoted = false, atFieldStart = true
        var line = 1, rowLine = 1, quoteLine = 0
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending { pending = nil; return character }
            return iterator.next()
        }
        while let character = next() {
            if quoted {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                    } else {
                        quoted = false
                    }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where atFieldStart:
                quoted = true
                quoteLine = line
                atFieldStart = false
            case delimiter:
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\n", "\r\n", "\r":
                fields.append(field)
                rows.append((fields, rowLine))
                fields = []
                field = ""
                atFieldStart = true
                line += 1
                rowLine = line
            default:
                field.append(character)
                atFieldStart = false
            }
        }
        if quoted {
            throw GlossaryError(path: path, line: quoteLine, message: "a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append((fields, rowLine))
        }
        return rows
    }

    /// Writes a glossary: one column per language (in the order given, or every language of the
    /// glossary), each followed by `Notes` and `Example of use` columns when a term of that language
    /// has a note or an example (MateCat's layout), then `Status`, `Note` and `Source`, and `Domain`,
    /// `Subdomain` and `Definition` when an entry has them, after an `ID` column: everything the reader
    /// reads is written back. Synonyms become extra rows with the same ID, which read back into one entry.
    public static func write(_ glossary: Glossary, languages: [String]? = nil) -> Data {
        let languages = languages ?? glossary.languages
        let allSections = glossary.entries.flatMap(\.languages)
        func sections(in language: String) -> [LanguageSection] { allSections.filter { LanguageCode.matches($0.language, language) } }
        let withNotes = languages.map { language in sections(in: language).contains { $0.terms.contains { $0.note != nil } } }
        let withExamples = languages.map { language in sections(in: language).contains { $0.example != nil } }
        let described = Self.describedTypes.filter { type in glossary.entries.contains { $0.description(type) != nil } }
        var header = ["ID"]
        for (index, language) in languages.enumerated() {
            header.append(language)
            if withNotes[index] { header.append("Notes") }
            if withExamples[index] { header.append("Example of use") }
        }
        header += ["Status", "Note", "Source"] + described.map { Self.describedColumns[$0]! }
        var text = header.map(quote).joined(separator: ",") + "\r\n"
        for (index, entry) in glossary.entries.enumerated() {
            let columns = languages.map { entry.terms(in: $0) }
            let rows = max(1, columns.map(\.count).max() ?? 1)
            for row in 0..<rows {
                var cells = [entry.id ?? "e\(index + 1)"]
                for (column, language) in languages.enumerated() {
                    let term = row < columns[column].count ? columns[column][row] : nil
                    cells.append(term?.text ?? "")
                    if withNotes[column] { cells.append(term?.note ?? "") }
                    if withExamples[column] {
                        cells.append(row == 0 ? entry.languages.first { LanguageCode.matches($0.language, language) }?.example ?? "" : "")
                    }
                }
                let term = columns.lazy.compactMap { row < $0.count ? $0[row] : nil }.first
                cells.append((term?.status ?? entry.status)?.rawValue ?? "")
                cells.append(row == 0 ? entry.note ?? "" : "")
                cells.append(row == 0 ? entry.source ?? "" : "")
                cells += described.map { row == 0 ? entry.description($0) ?? "" : "" }
                text += cells.map(quote).joined(separator: ",") + "\r\n"
            }
        }
        return Data(text.utf8)
    }

    /// The entry descriptions a CSV has columns for, in column order.
    private static let describedTypes = ["subjectField", "subdomain", "definition"]
    private static let describedColumns = ["subjectField": "Domain", "subdomain": "Subdomain", "definition": "Definition"]

    private static func quote(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == ";" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

private extension LanguageSection {
    /// The example of use a CSV's `Example of use` column gave (a `context` description).
    var example: String? { properties.first { $0.type == "context" }?.value }
}

private extension GlossaryEntry {
    /// The value of the entry's description of a type (`subjectField`, `definition`).
    func description(_ type: String) -> String? { properties.first { $0.type == type }?.value }
}
