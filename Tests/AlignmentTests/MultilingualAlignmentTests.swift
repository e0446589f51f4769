import Foundation
import Testing
import TestSupport
@testable import Alignment

/// Joining pairwise alignments on the pivot, on hand-made beads and on the bundled example release.
struct MultilingualAlignmentTests {
    func bead(_ source: Range<Int>, _ target: Range<Int>, _ confidence: Double = 0.9) -> Bead {
        Bead(source: source, target: target, confidence: confidence)
    }

    @Test func aBilingualAlignmentKeepsItsBeads() {
        let beads = [bead(0..<1, 0..<1), bead(1..<1, 1..<2, 0.7), bead(1..<3, 2..<3, 0.6), bead(3..<4, 3..<3, 0.5)]
        let joined = MultilingualAlignment(SentenceAlignment(beads: beads, sourceLanguage: "en", targetLanguage: "fr"))
        #expect(joined.units.map(\.sentences) == beads.map { [$0.source, $0.target] })
        #expect(joined.units.map(\.confidence) == [0.9, 0.7, 0.6, 0.5])
        #expect(joined.units.map(\.kind) == ["1-1", "0-1", "2-1", "1-0"])
        #expect(joined.languages == ["en", "fr"])
        #expect(joined.alignedUnits.count == 2)
        #expect(joined.unalignedSentenceCount == 2)
    }

    /// English 0 and 1 are one French sentence but two Spanish ones: one unit 2-1-2.
    @Test func differentPivotSpansAreMergedConsistently() {
        let french = SentenceAlignment(beads: [bead(0..<2, 0..<1, 0.8), bead(2..<3, 1..<2, 0.95)], sourceLanguage: "en", targetLanguage: "fr")
        let spanish = SentenceAlignment(
            beads: [bead(0..<1, 0..<1, 0.99), bead(1..<1, 1..<2, 0.4), bead(1..<2, 2..<3, 0.7), bead(2..<3, 3..<4), bead(3..<3, 4..<5, 0.3)],
            sourceLanguage: "en", targetLanguage: "es")
        let joined = MultilingualAlignment(pivot: [french, spanish])
        #expect(joined.languages == ["en", "fr", "es"])
        // The Spanish sentence without English counterpart falls inside the merged unit and joins it;
        // the one at the end is a unit of its own.
        #expect(joined.units.map(\.sentences) == [[0..<2, 0..<1, 0..<3], [2..<3, 1..<2, 3..<4], [3..<3, 2..<2, 4..<5]])
        #expect(joined.units.map(\.kind) == ["2-1-3", "1-1-1", "0-0-1"])
        #expect(joined.units[0].confidence == 0.7)
        #expect(!joined.units[2].isAligned)
    }

    @Test func aSentenceMissingInOneVersionLeavesThatVersionOut() {
        let french = SentenceAlignment(beads: [bead(0..<1, 0..<1), bead(1..<2, 1..<1, 0.6)], sourceLanguage: "en", targetLanguage: "fr")
        let spanish = SentenceAlignment(beads: [bead(0..<1, 0..<1), bead(1..<2, 1..<2, 0.8)], sourceLanguage: "en", targetLanguage: "es")
        let joined = MultilingualAlignment(pivot: [french, spanish])
        #expect(joined.units[1].sentences == [1..<2, 1..<1, 1..<2])
        #expect(joined.units[1].isAligned)
        #expect(joined.units[1].confidence == 0.8)
    }

    @Test func anEmptyPivotGivesOneVersionUnits() {
        let french = SentenceAlignment(beads: [bead(0..<0, 0..<1), bead(0..<0, 1..<2)], sourceLanguage: "en", targetLanguage: "fr")
        let joined = MultilingualAlignment(pivot: [french])
        #expect(joined.units.map(\.sentences) == [[0..<0, 0..<1], [0..<0, 1..<2]])
        #expect(joined.alignedUnits.isEmpty)
    }

    /// The bundled example (English, French, Spanish; written for Bitext), segmented one paragraph
    /// a line, aligned through English.
    @Test func alignsTheExampleReleaseInThreeLanguages() throws {
        let examples = SharedData.packageRoot.appendingPathComponent("examples")
        func paragraphs(_ language: String) throws -> [String] {
            try String(contentsOf: examples.appendingPathComponent("release.\(language).txt"), encoding: .utf8)
                .split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        let english = try paragraphs("en"), french = try paragraphs("fr"), spanish = try paragraphs("es")
        var options = AlignmentOptions()
        options.usesInstalledDictionaries = false
        options.sourceLanguage = "en"
        var pairwise: [SentenceAlignment] = []
        for (language, sentences) in [("fr", french), ("es", spanish)] {
            options.targetLanguage = language
            pairwise.append(SentenceAligner(options: options).align(source: english, target: sentences))
        }
        let joined = MultilingualAlignment(pivot: pairwise)
        // Every paragraph of every version is in exactly one unit, in order.
        for (version, sentences) in [english, french, spanish].enumerated() {
            let covered = joined.units.flatMap { Array($0.sentences[version]) }
            #expect(covered == Array(sentences.indices))
        }
        let checks = try #require(joined.units.first { unit in
            unit.sentences[0].contains { english[$0].hasPrefix("Officers carried out 1,250 checks") }
        })
        #expect(checks.sentences[1].map { french[$0] }.first?.hasPrefix("Les policiers ont effectué 1") == true)
        #expect(checks.sentences[2].map { spanish[$0] }.first?.hasPrefix("Los agentes realizaron 1.250 controles") == true)
        #expect(joined.alignedUnits.allSatisfy { $0.sentences.allSatisfy { !$0.isEmpty } })
        #expect(joined.meanConfidence > 0.8)
    }
}
