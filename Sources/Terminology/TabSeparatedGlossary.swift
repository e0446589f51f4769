import Foundation

/// OmegaT's tab-separated glossary: `source<TAB>target<TAB>comment`, `#` lines are comments, the
/// encoding as OmegaT reads it (see ``GlossaryText``).
///
/// Bitext adds a comment line naming the columns (`# fr<TAB>en<TAB>comment<TAB>status`), which OmegaT
/// ignores, so that the languages and the status survive a round trip. Files without it take
/// the languages the caller gives. `bitext terms extract` writes the same format with a
/// `# source (fr)<TAB>target (en)<TAB>score<TAB>frequency<TAB>examples` header, which reads back as
/// candidates with the evidence in their note.
public enum TabSeparatedGlossary {
    /// The first line OmegaT writes in a new glossary; it selects UTF-8.
    public static let magicLine = "# Glossary in tab-separated format -*- coding: utf-8 -*-"

    /// Reads a glossary; `languages` are used when the file does not name its columns.
    public static func read(_ data: Data, path: String?, languages: (source: String, target: String)) throws(GlossaryError) -> Glossary {
        let text = try GlossaryText.decode(data, path: path)
        if text.hasPrefix("%"), let first = text.split(whereSeparator: \.isNewline).first, first.contains("%User ID") || first.contains("Wordfast") {
            throw GlossaryError(path: path, line: 1, message: "this is a Wordfast translation memory (a % header line), not a glossary")
        }
        var glossary = Glossary()
        var source = languages.source, target = languages.target
        var columns: [String] = ["", "", "comment"]
        var defaultStatus: TermStatus?
        for (index, line) in GlossaryText.lines(text).enumerated() {
            let number = index + 1
            if line.hasPrefix("#") {
                let fields = line.dropFirst().split(separator: "\t", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                if fields.count >= 2, let first = languageTag(in: fields[0]), let second = languageTag(in: fields[1]) {
                    source = first
                    target = second
                    columns = fields.map { $0.lowercased() }
                    if columns.contains("score") { defaultStatus = .candidate }
                }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2, !fields[0].isEmpty else {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    glossary.warnings.append(GlossaryWarning(path: path, line: number, message: "skipped: a row needs a source term and a target term separated by a tab"))
                }
                continue
            }
            var entry = GlossaryEntry(fields[0], language: source, fields[1], language: target, status: defaultStatus)
            var evidence: [String] = []
            for (column, value) in zip(columns, fields).dropFirst(2) where !value.isEmpty {
                switch column {
                case "comment", "note", "notes": entry.note = value
                case "status":
                    guard let status = TermStatus(rawValue: value.lowercased()) ?? TermStatus(administrativeStatus: value) else {
                        throw GlossaryError(path: path, line: number, message: "unknown status \"\(value)\" (candidate, approved or forbidden)")
                    }
                    entry.status = status
                case "origin": entry.source = value
                case "known": evidence.append(value) // `known` or `known source`, which name themselves
                default: evidence.append("\(column) \(value)")
                }
            }
            if fields.count > columns.count, columns.count == 3 {
                evidence += fields[3...].filter { !$0.isEmpty }
            }
            if !evidence.isEmpty {
                entry.note = ([entry.note].compactMap { $0 } + evidence).joined(separator: "; ")
            }
            if fields[1].isEmpty { entry.languages.removeLast() }
            glossary.entries.append(entry)
        }
        return glossary
    }

    /// The language code in a header field: `fr`, `en-GB` or `source (fr)`.
    static func languageTag(in field: String) -> String? {
        if let open = field.lastIndex(of: "("), let close = field.lastIndex(of: ")"), open < close {
            let inner = String(field[field.index(after: open)..<close])
            return LanguageCode.isValid(inner) ? inner : nil
        }
        return LanguageCode.isValid(field) ? field : nil
    }

    /// Writes the `source`→`target` pairs of a glossary: one row per pair of terms (synonyms give
    /// several rows); entries missing either language are left out and counted in the result.
    public static func write(_ glossary: Glossary, from source: String, to target: String) -> (data: Data, skipped: Int) {
        var text = magicLine + "\n# \(source)\t\(target)\tcomment\tstatus\n"
        var skipped = 0
        for entry in glossary.entries {
            let sources = entry.terms(in: source), targets = entry.terms(in: target)
            guard !sources.isEmpty, !targets.isEmpty else {
                skipped += 1
                continue
            }
            for sourceTerm in sources {
                for targetTerm in targets {
                    let note = [entry.note, sourceTerm.note, targetTerm.note].compactMap { $0 }.joined(separator: "; ")
                    let status = targetTerm.status ?? sourceTerm.status ?? entry.status
                    var row = [cell(sourceTerm.text), cell(targetTerm.text), cell(note), status?.rawValue ?? ""]
                    while row.count > 2, row.last == "" { row.removeLast() }
                    // A term starting with `#` would be read as a comment: a leading space (trimmed on
                    // reading) keeps it a term.
                    if row[0].hasPrefix("#") { row[0] = " " + row[0] }
                    text += row.joined(separator: "\t") + "\n"
                }
            }
        }
        return (Data(text.utf8), skipped)
    }

    private static func cell(_ value: String) -> String {
        value.split(whereSeparator: { $0 == "\t" || $0.isNewline }).joined(separator: " ")
    }
}
