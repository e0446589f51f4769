import Alignment
import Documents
import Foundation
import Segmentation

/// One release to align: its versions, the pivot first.
struct AlignJob: Sendable, Hashable {
    /// The release's name, for summaries, reports and `x-document`.
    var name: String
    /// The files of the versions, pivot first.
    var paths: [String]
    /// The language of each version when known from the command line, a manifest or a file name.
    var languages: [String?]
    /// How the versions are named in `x-document` and reports (their file names when nil).
    var labels: [String]? = nil

    /// What every job of a run shares.
    struct Settings: Sendable {
        /// The files hold one sentence per line.
        var presegmented = false
        /// With `presegmented`: blank lines separate paragraphs.
        var paragraphs = false
        /// The aligner's options (languages are set per pair).
        var options = AlignmentOptions()
        /// Glossary entries to use as lexical evidence.
        var glossary = AlignmentGlossary()
        /// Splits raw documents into sentences.
        var segmenter = Segmenter()
        /// Whether page boilerplate (menus, date lines, archive notices) is left out before aligning
        /// (by default it is aligned, kept apart from the text, and marked in the memory).
        var dropsBoilerplate = false
        /// Whether every version's language must be known (TMX output).
        var requiresLanguages = false
        /// Lexicons learned from all the releases of a batch (``LexiconPool``), by language pair
        /// (`de-fr`): each pair of versions is aligned with its own.
        var pooledLexicons: [String: (lexicon: Lexicon, links: TranslationLinks)] = [:]
    }

    /// Reads, segments and aligns the versions (each other version with the pivot, then joined).
    func run(_ settings: Settings) throws -> AlignedRelease {
        guard paths.count >= 2 else {
            throw AlignInputError("\(name): only one version (\(paths.first ?? "none")); a release needs at least two")
        }
        var warnings: [String] = []
        var sentences: [[String]] = []
        var blocks: [[Int]?] = []
        var boilerplate: [[Bool]] = []
        var documents: [SegmentedDocument?] = []
        var languages: [String?] = []
        var lineDocuments: [Document] = []  // with presegmented: each version's lines, classified once
        for (index, path) in paths.enumerated() {
            let given = index < self.languages.count ? self.languages[index] : nil
            if settings.presegmented {
                let text = try PresegmentedText(contentsOf: path, paragraphs: settings.paragraphs)
                sentences.append(text.sentences)
                blocks.append(settings.paragraphs ? text.blocks : nil)
                // Each line classified as the aligner reads it (menu, date and separator lines).
                let lines = Document(lines: text.sentences)
                lineDocuments.append(lines)
                boilerplate.append(lines.blocks.map(\.isBoilerplate))
                documents.append(nil)
                languages.append(given ?? LanguageDetector.language(inPath: path))
            } else {
                let document = try SegmentedDocument(contentsOf: path, language: given, segmenter: settings.segmenter,
                                                     includingBoilerplate: !settings.dropsBoilerplate, warnings: &warnings)
                sentences.append(document.sentences)
                blocks.append(nil)  // the aligner takes the blocks from the document
                boilerplate.append(document.isBoilerplate)
                documents.append(document)
                languages.append(document.language)
                if given == nil, let tagged = LanguageDetector.language(inPath: path),
                   let detected = LanguageDetector.detect(document.sentences.joined(separator: "\n")), detected != tagged {
                    warnings.append("\(path): the file name says \(tagged) but the text looks \(detected)")
                }
            }
            if sentences[index].isEmpty { warnings.append("\(path): empty version (no sentences)") }
        }
        // Versions none of which is a web page (books) are aligned as plain sentences: no boilerplate.
        if settings.presegmented, !lineDocuments.contains(where: \.hasPageFurniture) { boilerplate = boilerplate.map { $0.map { _ in false } } }
        let known = languages.compactMap { $0 }
        if Set(known).count < known.count {
            throw AlignInputError("two versions in the same language (\(zip(paths, languages).map { "\($0.0): \($0.1 ?? "?")" }.joined(separator: ", ")))")
        }
        var pairwise: [SentenceAlignment] = []
        for index in 1..<paths.count {
            var options = settings.options
            options.sourceLanguage = languages[0]
            options.targetLanguage = languages[index]
            if let source = languages[0], let target = languages[index], let pooled = settings.pooledLexicons["\(source)-\(target)"] {
                (options.pooledLexicon, options.pooledLinks) = pooled
            }
            var terms = TermAnchors()
            if let source = languages[0], let target = languages[index] {
                terms = settings.glossary.terms(from: source, to: target)
            }
            let aligner = SentenceAligner(options: options)
            if let source = documents[0], let target = documents[index] {
                // Release files: the page's structure (boilerplate, headings) is kept apart.
                pairwise.append(aligner.align(source, target, terms: terms))
            } else {
                // One sentence a line: each line read as a block (boilerplate, headings, captions kept apart).
                pairwise.append(aligner.align(lines: sentences[0], sentences[index],
                                              sourceBlocks: blocks[0], targetBlocks: blocks[index], terms: terms,
                                              lineDocuments: (lineDocuments[0], lineDocuments[index])))
            }
        }
        let joined = MultilingualAlignment(pivot: pairwise)
        if settings.requiresLanguages, let unknown = joined.languages.firstIndex(where: { $0 == nil }) {
            throw AlignInputError("\(paths[unknown]): cannot tell the language: give the languages with --langs, e.g. --langs en,fr")
        }
        return AlignedRelease(
            name: name, paths: paths, labels: labels ?? paths.map { URL(fileURLWithPath: $0).lastPathComponent }, sentences: sentences, boilerplate: boilerplate, pairwise: pairwise, alignment: joined,
            warnings: warnings + joined.warnings.map { "\(name): \($0)" })
    }
}
