import Alignment
import Foundation
import TMX

/// Writes aligned beads into a translation memory: one unit per pair with the props `x-document`,
/// `x-score` and `x-bead`; appends to an existing memory without duplicating a unit it holds.
struct AlignmentMemory {
    /// The names of the aligned files, for `x-document`.
    var documentName: String
    /// Pairs below this confidence are left out.
    var minConfidence: Double
    /// Whether 1-0 and 0-1 beads become one-variant units.
    var keepUnaligned: Bool
    /// The creation date of the new units.
    var date = Date()

    /// Appends the units of an alignment to the memory at `url` (created when missing); returns how
    /// many units were added.
    func append(_ alignment: SentenceAlignment, source: [String], target: [String], to url: URL) throws -> Int {
        guard let sourceCode = alignment.sourceLanguage, let targetCode = alignment.targetLanguage else {
            throw AlignInputError("the languages of the versions could not be recognised: give them with --langs, e.g. --langs en,fr")
        }
        let sourceLanguage = LanguageTag(sourceCode), targetLanguage = LanguageTag(targetCode)
        var existing: [TranslationUnit] = []
        var header = TMXHeader.bitext(sourceLanguage: sourceLanguage)
        if FileManager.default.fileExists(atPath: url.path) {
            do {
                let document = try TMXDocument.read(contentsOf: url)
                existing = document.units
                header = document.header
            } catch {
                throw AlignInputError("\(url.path): cannot append to this memory: \(error)")
            }
        }
        var seen = Set(existing.map(Self.key))
        var added: [TranslationUnit] = []
        for bead in alignment.beads {
            if bead.isPair && bead.confidence < minConfidence { continue }
            if !bead.isPair && !keepUnaligned { continue }
            var variants: [TMXVariant] = []
            if !bead.source.isEmpty {
                variants.append(TMXVariant(language: sourceLanguage, segment: TMXSegment(bead.source.map { source[$0] }.joined(separator: " "))))
            }
            if !bead.target.isEmpty {
                variants.append(TMXVariant(language: targetLanguage, segment: TMXSegment(bead.target.map { target[$0] }.joined(separator: " "))))
            }
            let unit = TranslationUnit(
                sourceLanguage: sourceLanguage, variants: variants,
                attributes: TMXAttributes(creationTool: "bitext", creationToolVersion: TMXWriter.toolVersion,
                                          creationDate: date, segmentType: "sentence"),
                properties: [
                    TMXProperty(type: "x-document", value: documentName),
                    TMXProperty(type: "x-score", value: String(format: "%.3f", bead.confidence)),
                    TMXProperty(type: "x-bead", value: bead.kind),
                ])
            guard seen.insert(Self.key(unit)).inserted else { continue }
            added.append(unit)
        }
        do {
            let writer = try TMXWriter(url: url, header: header)
            do {
                try writer.write(contentsOf: existing)
                try writer.write(contentsOf: added)
                try writer.finish()
            } catch {
                writer.discard()
                throw error
            }
        } catch {
            throw AlignInputError("\(url.path): cannot write the memory: \(error)")
        }
        return added.count
    }

    /// Two units are duplicates when they have the same texts in the same languages.
    private static func key(_ unit: TranslationUnit) -> [String] {
        unit.variants.map { "\($0.language.normalized)\u{1}\($0.plainText)" }.sorted()
    }
}
