import Foundation
import Segmentation
import TMX

extension ReviewAlignment {
    /// The property types the review reads and writes.
    enum Property {
        static let score = "x-score"
        static let bead = "x-bead"
        static let reviewed = "x-reviewed"
        static let document = "x-document"
    }

    /// Builds the rows of a memory: one row per unit, one column per language (the first
    /// variant of each language), the sentences of multi-sentence beads recovered where the
    /// `x-bead` counts allow it.
    public init(units: [TranslationUnit]) {
        var languages: [LanguageTag] = []
        for unit in units {
            for language in unit.languages where !languages.contains(language) {
                languages.append(language)
            }
        }
        let rows = units.enumerated().map { index, unit in
            Self.row(of: unit, index: index, languages: languages)
        }
        self.init(languages: languages, rows: rows)
    }

    /// The server's segmenter, with its compiled rules: it splits uploads and recovers the
    /// sentences of bead sides.
    static let segmenter = Segmenter()

    /// The sentences of `text`, a bead side that should hold `expected` of them (the aligner joins
    /// the sentences of a `1-2` bead with a space), cut by ``Segmenter`` with the rules of
    /// `language`; `[text]` when the segmenter does not find exactly that many. Used only to show
    /// the sentences separately.
    static func sentences(of text: String, language: LanguageTag, expected: Int) -> [String] {
        guard expected > 1 else { return text.isEmpty ? [] : [text] }
        let pieces = segmenter.segment(text, language: language.primary).map(\.text)
        return pieces.count == expected ? pieces : [text]
    }

    private static func row(of unit: TranslationUnit, index: Int, languages: [LanguageTag]) -> ReviewRow {
        let bead = unit.properties(ofType: Property.bead).first
        let counts = bead.map { $0.split(separator: "-").compactMap { Int($0) } } ?? []
        let perVariant = counts.count == unit.variants.count ? counts : []
        let cells = languages.map { language -> [String] in
            guard let position = unit.variants.firstIndex(where: { $0.language == language }) else { return [] }
            let text = unit.variants[position].plainText.trimmingWhitespace
            return sentences(of: text, language: language, expected: perVariant.isEmpty ? 1 : perVariant[position])
        }
        var row = ReviewRow(
            id: index,
            cells: cells,
            score: unit.properties(ofType: Property.score).first.flatMap { Double($0.trimmingWhitespace) },
            bead: bead,
            reviewed: !unit.properties(ofType: Property.reviewed).isEmpty
        )
        row.origin = index
        return row
    }

    /// The units to write for the rows: a row nobody touched gives back its unit exactly as read
    /// (markup, notes, properties); a reviewed row keeps its unit's attributes, notes and the
    /// variants whose text did not change, gets new text elsewhere, `x-bead`, `x-reviewed` and,
    /// for a pair, `x-score` 1 (a person checked it); an unaligned group keeps one variant.
    /// - Parameters:
    ///   - original: the units the alignment was built from.
    ///   - date: the change date of reviewed units.
    public func units(original: [TranslationUnit], date: Date) -> [TranslationUnit] {
        var usedOrigins: Set<Int> = []
        return rows.map { row in
            let source = row.origin.flatMap { original.indices.contains($0) ? original[$0] : nil }
            let firstUse = row.origin.map { usedOrigins.insert($0).inserted } ?? true
            if let source, !row.touched, firstUse {
                return source
            }
            return reviewedUnit(row, from: source, keepID: firstUse, date: date)
        }
    }

    private func reviewedUnit(_ row: ReviewRow, from source: TranslationUnit?, keepID: Bool, date: Date) -> TranslationUnit {
        var unit = source ?? TranslationUnit(id: nil, variants: [])
        if !keepID { unit.id = nil }
        unit.variants = languages.indices.compactMap { column in
            guard !row.cells[column].isEmpty else { return nil }
            let text = row.text(ofColumn: column)
            let old = source?.variant(for: languages[column])
            if let old, old.plainText.trimmingWhitespace == text { return old }
            var variant = old ?? TMXVariant(language: languages[column], segment: TMXSegment(text))
            variant.segment = TMXSegment(text)
            variant.changeDate = date
            return variant
        }
        if let language = unit.sourceLanguage, !unit.variants.contains(where: { $0.language == language }) {
            unit.sourceLanguage = nil
        }
        unit.properties.removeAll { [Property.score, Property.bead, Property.reviewed].contains($0.type) }
        if row.isPair {
            unit.properties.append(TMXProperty(type: Property.score, value: "1"))
        }
        unit.properties.append(TMXProperty(type: Property.bead, value: row.bead))
        unit.properties.append(TMXProperty(type: Property.reviewed, value: "yes"))
        unit.changeDate = date
        return unit
    }
}
