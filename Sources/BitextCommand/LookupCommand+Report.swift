import Foundation
import Lookup
import Memory

/// How `bitext lookup` prints the library's ``LookupReport`` for a reader (`--json` prints it as it is).
extension LookupReport {
    /// The report for a reader: highlights in colour, or in [brackets] without colour.
    func text(colour: Bool) -> String {
        func show(_ text: HighlightedText, _ style: String = "1;33") -> String {
            text.runs.map { run in
                guard run.highlighted else { return run.text }
                return colour ? "\u{1B}[\(style)m\(run.text)\u{1B}[0m" : "[\(run.text)]"
            }.joined()
        }
        func dim(_ text: String) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
        func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
        func origin(_ origin: UnitOrigin) -> String {
            var parts: [String] = []
            if let document = origin.document { parts.append(document) }
            if let date = origin.date { parts.append(Self.displayDate(date)) }
            parts.append(LookupCommand.MemoryOptions.display(URL(fileURLWithPath: origin.memory)) + (origin.unitID.map { " #\($0)" } ?? ""))
            return dim(parts.joined(separator: " · "))
        }
        let direction = "\(from ?? "any") → \(to ?? "all")"
        var out = ""
        if let fuzzy {
            out += bold("Fuzzy matches (\(direction)): \(fuzzy.isEmpty ? "none" : String(fuzzy.count))") + "\n"
            for match in fuzzy {
                out += "  \(bold(String(format: "%3d%%", match.percent)))  \(show(match.source))  \(dim(match.sourceLanguage))\n"
                for translation in match.translations {
                    out += "        → \(show(translation.text))  \(dim(translation.language))\n"
                }
                out += "        \(origin(match.origin))\n"
            }
        }
        if let concordance {
            if fuzzy != nil { out += "\n" }
            let units = concordance.isTruncated ? "at least \(concordance.totalHits)" : String(concordance.totalHits)
            let near = concordance.nearHits > 0 ? " (\(concordance.nearHits) near)" : ""
            out += bold("Concordance \"\(concordance.phrase)\" (\(direction)): \(units) unit\(concordance.totalHits == 1 ? "" : "s")\(near), \(concordance.groups.count) translation\(concordance.groups.count == 1 ? "" : "s")") + "\n"
            if concordance.isTruncated { out += dim("  (groups from the first units only)") + "\n" }
            for group in concordance.groups {
                out += "  \(bold("×\(group.count)"))  \(show(HighlightedText(runs: [.init(text: group.rendering, highlighted: group.spanEvidence != nil)]), "1;32"))  \(dim(group.language))\n"
                for hit in group.hits {
                    out += "        \(hit.isNear ? dim("near: ") : "")\(show(hit.source))\n"
                    out += "        → \(show(hit.translation.text, "1;32"))\n"
                    out += "        \(origin(hit.origin))\n"
                }
            }
        }
        if let glossary {
            if fuzzy != nil || concordance != nil { out += "\n" }
            out += bold("Glossary (\(direction)): \(glossary.isEmpty ? "no term found" : "\(glossary.count) term\(glossary.count == 1 ? "" : "s")")") + "\n"
            for hit in glossary {
                let found = show(HighlightedText(runs: [.init(text: hit.text, highlighted: true)]))
                let term = (hit.approximate ? " (\(hit.term))" : "") + (hit.inside.map { "  (inside: \($0))" } ?? "")
                let warning = hit.status == "forbidden" ? "  FORBIDDEN source term" : ""
                let translations = hit.translations.isEmpty ? "(no translation)"
                    : show(HighlightedText(runs: [.init(text: hit.translations.joined(separator: " | "), highlighted: true)]), "1;32")
                let forbidden = hit.forbidden.isEmpty ? "" : "  [not: \(hit.forbidden.joined(separator: ", "))]"
                out += "  \(found)\(term)\(warning) → \(translations)\(forbidden)  \(dim("\(hit.sourceLanguage) → \(hit.targetLanguage) · \(hit.glossary)"))\n"
            }
        }
        return out
    }

    /// `YYYYMMDDThhmmssZ` as `YYYY-MM-DD`; other spellings as they are.
    static func displayDate(_ date: String) -> String {
        let digits = Array(date)
        guard digits.count >= 8, digits.prefix(8).allSatisfy(\.isNumber) else { return date }
        return "\(String(digits[0..<4]))-\(String(digits[4..<6]))-\(String(digits[6..<8]))"
    }
}
