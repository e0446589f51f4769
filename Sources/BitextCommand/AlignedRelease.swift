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

    /// Whether every sentence of a unit is page boilerplate (see ``AlignmentMemory/Release/isBoilerplate(_:_:)``).
    func isBoilerplate(_ unit: MultilingualAlignment.Unit) -> Bool {
        AlignmentMemory.Release.isBoilerplate(unit, boilerplate)
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
        return "\(name): \(languages), \(Self.count(units.count, "pair"))" + (chrome > 0 ? " (\(chrome) boilerplate)" : "") + ", mean confidence "
            + String(format: "%.2f", alignment.meanConfidence) + ", \(Self.count(alignment.unalignedSentenceCount, "unaligned sentence"))"
    }

    /// `1 pair`, `2 pairs`: a count and its noun in the summary lines (English plural in -s).
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
