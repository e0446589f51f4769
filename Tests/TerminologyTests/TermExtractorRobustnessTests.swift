@testable import Terminology
import Testing

/// Inputs found by `scripts/fuzz-cli` that made term extraction run for minutes.
@Suite struct TermExtractorRobustnessTests {
    /// A memory whose segment is a whole document (as `edge-300k-segment-20-langs.tmx` of the interop
    /// set): its word alignment would cost the square of its length; the unit is left out and the
    /// other units are still read.
    @Test func aUnitOfAWholeDocumentIsLeftOut() {
        let french = String(repeating: "La police a arrêté les suspects à Lyon. ", count: 600)
        let english = String(repeating: "The police arrested the suspects in Lyon. ", count: 600)
        #expect(french.utf8.count > TermExtractor.maximumUnitBytes)
        var units = [AlignedUnit(id: "huge", source: french, target: english)]
        for index in 0..<3 {
            units.append(AlignedUnit(id: "u\(index)", source: "La notice rouge a été publiée.", target: "The Red Notice was issued."))
        }
        let analysis = TermExtractor(from: "fr", to: "en").analyse(units)
        #expect(!analysis.scored.contains { candidate in candidate.candidate.examples.contains { $0.id == "huge" } })
        #expect(analysis.scored.contains { $0.candidate.source.lowercased() == "notice rouge" })
        // The command line reports how many units were left out.
        #expect(TermExtractor.oversizedUnits(in: units) == 1)
    }
}
