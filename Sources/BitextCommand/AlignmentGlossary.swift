import Alignment
import Foundation
import Terminology

/// Glossary entries used as evidence by `bitext align`: the approved terms of a language pair
/// become ``Lexicon`` entries (content words of multi-word terms paired).
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

    /// The approved terms of every entry that has both languages, as a lexicon from `source` to `target`.
    func lexicon(from source: String, to target: String) -> Lexicon {
        var lexicon = Lexicon()
        for entry in glossaries.lazy.flatMap(\.entries) {
            let sourceTerms = entry.terms(in: source).filter { entry.status(of: $0) == .approved }
            let targetTerms = entry.terms(in: target).filter { entry.status(of: $0) == .approved }
            for sourceTerm in sourceTerms {
                for targetTerm in targetTerms {
                    lexicon.addTerm(source: sourceTerm.text, target: targetTerm.text,
                                    sourceLanguage: source, targetLanguage: target)
                }
            }
        }
        return lexicon
    }
}
