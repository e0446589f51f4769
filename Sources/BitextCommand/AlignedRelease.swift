import Alignment
import Foundation

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
    /// The alignment of the pivot with each other version.
    var pairwise: [SentenceAlignment]
    /// The joined alignment.
    var alignment: MultilingualAlignment
    /// Problems with the input, in words.
    var warnings: [String]

    /// The section of the HTML report.
    var reportDocument: AlignmentReport.Document {
        AlignmentReport.Document(name: name, labels: labels, sentences: sentences, alignment: alignment)
    }

    /// One line for the summary: languages, aligned units, mean confidence, unaligned sentences.
    var summary: String {
        let languages = alignment.languages.map { $0 ?? "?" }.joined(separator: "-")
        return "\(name): \(languages), \(alignment.alignedUnits.count) pairs, mean confidence "
            + String(format: "%.2f", alignment.meanConfidence) + ", \(alignment.unalignedSentenceCount) unaligned sentences"
    }
}
