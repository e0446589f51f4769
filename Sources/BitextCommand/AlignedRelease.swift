import Alignment
import Foundation
import TMX

/// The result of an ``AlignJob``.
struct AlignedRelease: Sendable {
    /// The release's name.
    var name: String
    /// The files of the versions, pivot first.
    var paths: [String]
    /// How the versions are named in `x-document` and reports (file names, or paths in a batch).
    var labels: [String]
    /// The sentences of each version, pivot first.
    var sentences: [[String]]
    /// Whether each sentence of each version is page boilerplate (a menu line, a date line, an
    /// archive notice), as the Documents stage marks it.
    var boilerplate: [[Bool]]
    /// The alignment of the pivot with each other version.
    var pairwise: [SentenceAlignment]
    /// The joined alignment.
    var alignment: MultilingualAlignment
    /// Problems with the input, in words.
    var warnings: [String]

    /// Whether every sentence of a unit is page boilerplate: chrome that both versions share (a date
    /// line, "All news"), marked `x-boilerplate` in a memory so that it can be filtered.
    func isBoilerplate(_ unit: MultilingualAlignment.Unit) -> Bool {
        Self.isBoilerplate(unit, boilerplate)
    }

    private static func isBoilerplate(_ unit: MultilingualAlignment.Unit, _ boilerplate: [[Bool]]) -> Bool {
        var any = false
        for (version, range) in unit.sentences.enumerated() {
            for index in range {
                guard boilerplate[version][index] else { return false }
                any = true
            }
        }
        return any
    }

    /// The props a memory adds to the unit made of an alignment unit: `x-boilerplate` = `yes` when
    /// every sentence of the unit is page boilerplate.
    var unitProperties: @Sendable (MultilingualAlignment.Unit) -> [TMXProperty] {
        let boilerplate = self.boilerplate
        return { unit in
            AlignedRelease.isBoilerplate(unit, boilerplate) ? [TMXProperty(type: "x-boilerplate", value: "yes")] : []
        }
    }

    /// The section of the HTML report.
    var reportDocument: AlignmentReport.Document {
        AlignmentReport.Document(name: name, labels: labels, sentences: sentences, alignment: alignment)
    }

    /// One line for the summary: languages, aligned units (and how many are boilerplate), mean
    /// confidence, unaligned sentences.
    var summary: String {
        let languages = alignment.languages.map { $0 ?? "?" }.joined(separator: "-")
        let units = alignment.alignedUnits
        let chrome = units.filter(isBoilerplate).count
        return "\(name): \(languages), \(units.count) pairs" + (chrome > 0 ? " (\(chrome) boilerplate)" : "") + ", mean confidence "
            + String(format: "%.2f", alignment.meanConfidence) + ", \(alignment.unalignedSentenceCount) unaligned sentences"
    }
}
