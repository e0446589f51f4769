import Foundation

extension TermCandidate {
    /// The TSV that `bitext terms extract` writes: a `#` header naming the columns and languages,
    /// then `source, target, score, frequency, examples, known` per candidate. It reads back with
    /// ``TabSeparatedGlossary`` as candidate entries whose note holds the evidence.
    public static func tsv(_ candidates: [TermCandidate], from source: String, to target: String) -> String {
        var text = "# source (\(source))\ttarget (\(target))\tscore\tfrequency\texamples\tknown\n"
        for candidate in candidates {
            let examples = candidate.examples.map { "\($0.id): \($0.source) ⇄ \($0.target)" }.joined(separator: " | ")
            let known = candidate.isKnownPair ? "known" : candidate.isKnown ? "known source" : ""
            text += [candidate.source, candidate.target, String(format: "%.3f", candidate.score), String(candidate.frequency), examples, known]
                .map { hasSeparator($0) ? $0.split(whereSeparator: { $0 == "\t" || $0.isNewline }).joined(separator: " ") : $0 }
                .joined(separator: "\t") + "\n"
        }
        return text
    }

    /// Whether a field may hold a tab or a line break (U+0009…U+000D, U+0085, U+2028, U+2029), read
    /// from its UTF-8 bytes: most fields hold none and are written as they are.
    private static func hasSeparator(_ field: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in field.utf8 {
            if (0x09...0x0D).contains(byte) || (previous.1 == 0xC2 && byte == 0x85)
                || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9))
            {
                return true
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// The candidates as glossary entries with the status `candidate`, the evidence in the note and
    /// the first example as source (for writing them as TBX).
    public static func glossary(_ candidates: [TermCandidate], from source: String, to target: String) -> Glossary {
        Glossary(title: "Term candidates \(source)→\(target) extracted by Bitext", language: source, entries: candidates.enumerated().map { index, candidate in
            GlossaryEntry(
                id: "c\(index + 1)",
                languages: [
                    LanguageSection(language: source, terms: [Term(candidate.source, status: .candidate)]),
                    LanguageSection(language: target, terms: [Term(candidate.target, status: .candidate)]),
                ],
                status: .candidate,
                note: "score \(String(format: "%.3f", candidate.score)); frequency \(candidate.frequency); examples: "
                    + candidate.examples.map(\.id).joined(separator: ", "),
                source: candidate.examples.first.map { "\($0.id): \($0.source)" })
        })
    }
}
