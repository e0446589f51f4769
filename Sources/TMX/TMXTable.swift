import Foundation
import XMLKit

/// Conversion between memories and tables: one column per language, a header row of language
/// codes, one row per unit.
///
/// - TSV: tab-separated; a tab, line break or backslash inside a text is written `\t`, `\n`,
///   `\r`, `\\`.
/// - CSV: RFC 4180 (comma-separated, fields quoted when needed, quotes doubled).
///
/// Tables hold plain text: inline codes are dropped (``TMXSegment/plainText``), and only the first
/// variant per language of a unit is kept. Both are counted in ``Summary``.
public enum TMXTable {
    /// The two table formats.
    public enum Format: String, Sendable, CaseIterable {
        /// Tab-separated values.
        case tsv
        /// Comma-separated values (RFC 4180).
        case csv
    }

    /// What a conversion did.
    public struct Summary: Sendable, Equatable, Codable {
        /// Rows (units) written or read.
        public var rows = 0
        /// The language columns.
        public var languages: [String] = []
        /// Units whose inline codes were dropped (TMX → table).
        public var unitsWithMarkupFlattened = 0
        /// Extra variants of a language already in the unit, left out (TMX → table).
        public var variantsLeftOut = 0
        /// Characters XML 1.0 forbids, removed (table → TMX).
        public var removedCharacters = 0
    }

    /// Writes the memory at `source` as a table at `destination` (atomically). Reads the memory
    /// twice (languages, then rows), so memory use does not depend on its size. A memory without
    /// variants gives a header row of its `srclang` alone (it reads back as an empty memory with
    /// that source language); one whose `srclang` is `*all*`, missing or not a language code is an
    /// error, and nothing is written.
    public static func write(memory source: URL, to destination: URL, format: Format) throws(TMXError) -> Summary {
        var languages: [LanguageTag] = []
        var seen = Set<LanguageTag>()
        let scan = try TMXReader(contentsOf: source)
        while let unit = try scan.next() {
            for variant in unit.variants where seen.insert(variant.language).inserted { languages.append(variant.language) }
        }
        if languages.isEmpty {
            // No unit to take the columns from: the header's source language is the one column, so
            // that the table reads back as an empty memory with that srclang.
            guard let language = scan.header.sourceLanguage, language.isWellFormed else {
                let srclang = scan.header.sourceLanguage.map { " is \"\($0)\"" } ?? " is missing"
                throw TMXError(
                    path: source.relativePath,
                    message: "no language to write as the table's header row: the memory has no <tuv> and its header's srclang\(srclang); nothing written")
            }
            languages = [language]
        }
        var summary = Summary()
        summary.languages = languages.map(\.description)
        let file: AtomicFile
        do { file = try AtomicFile(destination: destination) } catch { throw error }
        guard FileManager.default.createFile(atPath: file.temporaryURL.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: file.temporaryURL.path)
        else {
            file.discard()
            throw TMXError(path: destination.relativePath, message: "cannot create the file")
        }
        var buffer = ""
        func flush(force: Bool) {
            if force || buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        buffer += row(summary.languages, format: format)
        do {
            let reader = try TMXReader(contentsOf: source)
            let columns = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1, $0) })
            while let unit = try reader.next() {
                var cells = Array(repeating: "", count: languages.count)
                var filled = Array(repeating: false, count: languages.count)
                var markup = false
                for variant in unit.variants {
                    guard let column = columns[variant.language] else { continue }
                    if filled[column] {
                        summary.variantsLeftOut += 1
                        continue
                    }
                    filled[column] = true
                    cells[column] = variant.segment.plainText
                    if variant.segment.hasMarkup { markup = true }
                }
                if markup { summary.unitsWithMarkupFlattened += 1 }
                buffer += row(cells, format: format)
                summary.rows += 1
                flush(force: false)
            }
            flush(force: true)
            try handle.close()
        } catch let error as TMXError {
            try? handle.close()
            file.discard()
            throw error
        } catch {
            file.discard()
            throw TMXError(path: destination.relativePath, message: "cannot write (\(error.localizedDescription))")
        }
        do { try file.commit() } catch { throw error }
        return summary
    }

    /// Reads the table at `source` and writes it as a memory at `destination` (atomically); the
    /// first column's language is the source language.
    public static func convert(table source: URL, format: Format, to destination: URL) throws(TMXError) -> Summary {
        let data: Data
        do { data = try Data(contentsOf: source) } catch {
            throw TMXError(path: source.relativePath, message: "cannot read the file (\(error.localizedDescription))")
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let rows = try parse(text, format: format, path: source.relativePath)
        guard let header = rows.first, !header.fields.isEmpty, header.fields.allSatisfy({ !$0.isEmpty }) else {
            throw TMXError(path: source.relativePath, line: 1, message: "the first row must hold the language codes, one per column")
        }
        if let field = header.fields.first(where: { !LanguageTag($0).isWellFormed }) {
            throw TMXError(path: source.relativePath, line: 1,
                           message: "the first row must hold the language codes, one per column (en, fr-FR…): \"\(field)\" is not one")
        }
        let languages = header.fields.map { LanguageTag($0) }
        var summary = Summary()
        summary.languages = header.fields
        let writer = try TMXWriter(url: destination, header: .bitext(sourceLanguage: languages[0]))
        do throws(TMXError) {
            for row in rows.dropFirst() {
                if row.fields.count == 1, row.fields[0].isEmpty { continue }
                guard row.fields.count == languages.count else {
                    throw TMXError(
                        path: source.relativePath, line: row.line,
                        message: "\(row.fields.count) columns where the header row has \(languages.count)")
                }
                let variants = zip(languages, row.fields).filter { !$0.1.isEmpty }
                    .map { TMXVariant(language: $0.0, segment: TMXSegment($0.1)) }
                guard !variants.isEmpty else { continue }
                try writer.write(TranslationUnit(variants: variants))
                summary.rows += 1
            }
            try writer.finish()
        } catch {
            writer.discard()
            throw error
        }
        summary.removedCharacters = writer.removedCharacterCount
        return summary
    }

    // MARK: Rows

    static func row(_ cells: [String], format: Format) -> String {
        switch format {
        case .tsv:
            return cells.map { cell in
                guard cell.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" || $0 == "\r\n" })
                else { return cell }
                var escaped = ""
                for scalar in cell.unicodeScalars {
                    switch scalar {
                    case "\t": escaped += "\\t"
                    case "\n": escaped += "\\n"
                    case "\r": escaped += "\\r"
                    case "\\": escaped += "\\\\"
                    default: escaped.unicodeScalars.append(scalar)
                    }
                }
                return escaped
            }.joined(separator: "\t") + "\n"
        case .csv:
            return cells.map { cell in
                guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                else { return cell }
                return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: ",") + "\r\n"
        }
    }

    /// Splits a table into rows of fields, with the line each row starts on.
    static func parse(_ text: String, format: Format, path: String) throws(TMXError) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        switch format {
        case .tsv:
            var line = 0
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                line += 1
                var record = Substring(raw)
                if record.hasSuffix("\r") { record = record.dropLast() }
                if record.isEmpty, line > 1 { continue }
                rows.append((line, record.split(separator: "\t", omittingEmptySubsequences: false).map(unescapeTSV)))
            }
        case .csv:
            var fields: [String] = [], field = "", quoted = false, afterQuote = false
            var line = 1, rowLine = 1
            var scalars = text.unicodeScalars.makeIterator()
            var pending: Unicode.Scalar? = nil
            func endRow() {
                fields.append(field)
                if !(fields.count == 1 && fields[0].isEmpty) || rows.isEmpty { rows.append((rowLine, fields)) }
                fields = []
                field = ""
            }
            while let scalar = pending ?? scalars.next() {
                pending = nil
                if quoted {
                    if scalar == "\"" {
                        if let next = scalars.next() {
                            if next == "\"" { field.unicodeScalars.append("\"") } else {
                                quoted = false
                                afterQuote = true
                                pending = next
                            }
                        } else {
                            quoted = false
                        }
                    } else {
                        if scalar == "\n" { line += 1 }
                        field.unicodeScalars.append(scalar)
                    }
                    continue
                }
                switch scalar {
                case "\"" where field.isEmpty && !afterQuote: quoted = true
                case ",":
                    fields.append(field)
                    field = ""
                    afterQuote = false
                case "\r": continue
                case "\n":
                    endRow()
                    afterQuote = false
                    line += 1
                    rowLine = line
                default:
                    if afterQuote {
                        throw TMXError(path: path, line: line, message: "text after the closing quote of a field")
                    }
                    field.unicodeScalars.append(scalar)
                }
            }
            if quoted { throw TMXError(path: path, line: rowLine, message: "a quoted field is not closed") }
            if !field.isEmpty || !fields.isEmpty { endRow() }
        }
        return rows
    }

    private static func unescapeTSV(_ field: Substring) -> String {
        guard field.contains("\\") else { return String(field) }
        var result = ""
        var escaping = false
        for character in field {
            if escaping {
                switch character {
                case "t": result += "\t"
                case "n": result += "\n"
                case "r": result += "\r"
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result += "\\" }
        return result
    }
}
