import Alignment
import Documents
import Foundation
import Segmentation
import TMX

/// Two uploaded versions of a release, aligned sentence by sentence for review: each file is read
/// by ``DocumentReader`` (.txt, .html, .docx), split into sentences by ``SegmentedDocument``, and
/// aligned by ``SentenceAligner`` (page boilerplate apart from the text); every bead becomes a unit
/// through ``AlignmentMemory`` with `x-document`, `x-score`, `x-bead` and, for shared chrome,
/// `x-boilerplate` (sentences without counterpart too, as one-variant units, so that the review can
/// pair them), exactly as `bitext align --keep-unaligned -o NAME.tmx` writes them.
struct ReleaseAlignment: Sendable {
    /// An uploaded file.
    struct Upload: Codable, Sendable {
        /// The file's name (its extension chooses the format; its name may tell the language).
        var name: String
        /// The bytes, in base64.
        var data: String
    }

    /// The header of the new memory.
    var header: TMXHeader
    /// One unit per bead.
    var units: [TranslationUnit]
    /// The rows to review, with the sentences exactly as segmented.
    var alignment: ReviewAlignment
    /// What the reader and the aligner warn about.
    var warnings: [String]

    /// Reads, segments and aligns two uploads; `languages` are the codes of the versions, guessed
    /// from the names and texts when nil.
    /// - Throws: ``ServerError`` (`invalidRequest`) naming the file that cannot be read or whose
    ///   language cannot be told.
    init(source: Upload, target: Upload, languages: (String, String)?, date: Date = Date()) throws(ServerError) {
        var warnings: [String] = []
        let a = try Self.segment(source, language: languages?.0, warnings: &warnings)
        let b = try Self.segment(target, language: languages?.1, warnings: &warnings)
        var options = AlignmentOptions()
        options.sourceLanguage = a.language
        options.targetLanguage = b.language
        // As `bitext align` does: page boilerplate aligned apart from the text, headings never merged.
        let aligned = SentenceAligner(options: options).align(a, b)
        warnings += aligned.warnings.map { "\(source.name) ↔ \(target.name): \($0)" }
        var beads = MultilingualAlignment(aligned)
        beads.languages = [a.language, b.language]
        let release = AlignmentMemory.Release(document: "\(source.name) | \(target.name)",
                                              sentences: [a.sentences, b.sentences], alignment: beads,
                                              extraProperties: AlignmentMemory.Release.markingBoilerplate([a.isBoilerplate, b.isBoilerplate]))
        let units: [TranslationUnit]
        do {
            units = try AlignmentMemory(keepUnaligned: true, date: date).units(of: release)
        } catch {
            throw ServerError(.invalidRequest, error.description)
        }
        // A bilingual alignment has one unit per bead, each with at least one sentence.
        let cells = beads.units.map { unit in
            unit.sentences.indices.map { version in unit.sentences[version].map { release.sentences[version][$0] } }
        }
        let sourceLanguage = LanguageTag(a.language), targetLanguage = LanguageTag(b.language)
        var alignment = ReviewAlignment(units: units)
        // The columns follow the first unit's languages; keep source first even when it starts one-sided.
        alignment.languages = [sourceLanguage, targetLanguage]
        for index in alignment.rows.indices {
            alignment.rows[index].cells = cells[index]
        }
        self.header = TMXHeader.bitext(sourceLanguage: sourceLanguage)
        self.units = units
        self.alignment = alignment
        self.warnings = warnings
    }

    private static func segment(_ upload: Upload, language: String?, warnings: inout [String]) throws(ServerError) -> SegmentedDocument {
        // Line breaks are allowed (as `base64` writes them); anything else that is not base64 is refused.
        let base64 = upload.data.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: base64) else {
            throw ServerError(.invalidRequest, "\(upload.name): the data is not base64")
        }
        let name = URL(fileURLWithPath: upload.name).lastPathComponent
        let format = DocumentFormat(fileExtension: URL(fileURLWithPath: name).pathExtension)
        do {
            let document = try DocumentReader.read(data: data, format: format, path: name)
            warnings += document.warnings.map { "\(name): \($0)" }
            let segmented = try SegmentedDocument(document, language: language, segmenter: ReviewAlignment.segmenter,
                                                  includingBoilerplate: true)
            guard !segmented.sentences.isEmpty else {
                throw ServerError(.invalidRequest, "\(name): no sentence found in the file")
            }
            return segmented
        } catch let error as ServerError {
            throw error
        } catch let error as SegmentationError {
            throw ServerError(.invalidRequest, "\(error.description): give the languages, e.g. en,fr")
        } catch {
            throw ServerError(.invalidRequest, "\(error)")
        }
    }
}
