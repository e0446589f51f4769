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
                .map { $0.split(whereSeparator: { $0 == "\t" || $0.isNewline }).joined(separator: " ") }
                .joined(separator: "\t") + "\n"
        }
        return text
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
