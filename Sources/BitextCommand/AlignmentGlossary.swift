import Alignment
import Foundation
import Terminology

/// Glossary entries used as evidence by `bitext align`: the approved terms of a language pair
/// count as whole terms (``TermAnchors``): a sentence pair that names the same entry shares one match.
struct AlignmentGlossary: Sendable {
    /// The glossaries read.
    var glossaries: [Glossary] = []

    /// Reads the glossaries given with `--glossary`, or every glossary in `glossaries/` when none is
    /// given. A given file that cannot be read is an error; a broken file in the folder is skipped
    /// with a warning.
    static func load(paths: [String], warnings: inout [String]) throws -> AlignmentGlossary {
        var result = AlignmentGlossary()
        for url in GlossaryStore.files(paths) {
            do {
                result.glossaries.append(try GlossaryFormat.read(contentsOf: url))
            } catch {
                if !paths.isEmpty { throw AlignInputError("\(error)") }
                warnings.append("\(error) (glossary skipped)")
            }
        }
        return result
    }

    /// The number of entries read.
    var entryCount: Int { glossaries.reduce(0) { $0 + $1.entries.count } }

    /// The approved terms of every entry that has both languages, as whole-term evidence from
    /// `source` to `target` (one match for a pair of sentences that name the entry's concept).
    func terms(from source: String, to target: String) -> TermAnchors {
        var terms = TermAnchors()
        for entry in glossaries.lazy.flatMap(\.entries) {
            let approved = { (language: String) in entry.terms(in: language).filter { entry.status(of: $0) == .approved }.map(\.text) }
            terms.add(sourceTerms: approved(source), targetTerms: approved(target), sourceLanguage: source, targetLanguage: target)
        }
        return terms
    }
}
