import Foundation
import TestSupport
import Testing
@testable import Alignment

/// Page structure in alignments: boilerplate aligned apart from the text and never merged with it,
/// paired only with a line that can be the same one; titles and headings never merged with other
/// sentences.
struct SentenceAlignerStructureTests {
    typealias Role = SentenceAligner.SentenceRole

    func beads(_ beads: [Bead], source: [Role], target: [Role],
               sourceSentences: [String]? = nil, targetSentences: [String]? = nil) -> [String] {
        let separated = SentenceAligner.separatingStructure(
            SentenceAlignment(beads: beads), source: source, target: target,
            sourceSentences: sourceSentences ?? source.map { _ in "x" }, targetSentences: targetSentences ?? target.map { _ in "x" })
        return separated.beads.map { "\(Array($0.source)):\(Array($0.target))" }
    }

    @Test func aBeadMixingBoilerplateAndTextIsCut() {
        // [menu line, sentence] ↔ [sentence]: the menu line is left out, the sentences stay a pair.
        #expect(beads([Bead(source: 0..<2, target: 0..<1)], source: [.boilerplate, .text], target: [.text])
            == ["[0]:[]", "[1]:[0]"])
        // [date line, sentence] ↔ [date line, sentence]: two pairs.
        #expect(beads([Bead(source: 0..<2, target: 0..<2)], source: [.boilerplate, .text], target: [.boilerplate, .text])
            == ["[0]:[0]", "[1]:[1]"])
        // A sentence paired with a menu line: both unaligned.
        #expect(beads([Bead(source: 0..<1, target: 0..<1)], source: [.text], target: [.boilerplate])
            == ["[0]:[]", "[]:[0]"])
        // Boilerplate at the start of one side and at the end of the other: both left out.
        #expect(beads([Bead(source: 0..<2, target: 0..<2)], source: [.boilerplate, .text], target: [.text, .boilerplate])
            == ["[0]:[]", "[1]:[0]", "[]:[1]"])
        // Boilerplate inside one side only: nothing in the bead is sure.
        #expect(beads([Bead(source: 0..<3, target: 0..<1)], source: [.text, .boilerplate, .text], target: [.text])
            == ["[0]:[]", "[1]:[]", "[2]:[]", "[]:[0]"])
        // Beads around keep their places.
        #expect(beads([Bead(source: 0..<1, target: 0..<1), Bead(source: 1..<2, target: 1..<3), Bead(source: 2..<3, target: 3..<4)],
                      source: [.text, .text, .text], target: [.text, .text, .boilerplate, .text])
            == ["[0]:[0]", "[1]:[1]", "[]:[2]", "[2]:[3]"])
    }

    @Test func aTitleIsNotMergedWithText() {
        // [title, lead] ↔ [lead]: the title has no counterpart.
        #expect(beads([Bead(source: 0..<2, target: 0..<1)], source: [.heading(block: 0), .text], target: [.text])
            == ["[0]:[]", "[1]:[0]"])
        // A title and a subtitle are two units.
        #expect(beads([Bead(source: 0..<2, target: 0..<2)], source: [.heading(block: 0), .heading(block: 1)],
                      target: [.heading(block: 0), .heading(block: 1)])
            == ["[0]:[0]", "[1]:[1]"])
        // A heading paired 1-1 with a line read as text stays: the readers may disagree on the kind.
        #expect(beads([Bead(source: 0..<1, target: 0..<1)], source: [.heading(block: 0)], target: [.text]) == ["[0]:[0]"])
    }

    @Test func boilerplatePairsOnlyWhenTheLinesCanBeTheSame() {
        let english = ["Français", "All news", "2 April 2021 - Media release"]
        let french = ["date 2021-04", "Toutes les actualités", "2 avril 2021 - Communiqué de presse"]
        let roles: [Role] = [.boilerplate, .boilerplate, .boilerplate]
        #expect(beads([Bead(source: 0..<1, target: 0..<1), Bead(source: 1..<3, target: 1..<3)], source: roles, target: roles,
                      sourceSentences: english, targetSentences: french)
            == ["[0]:[]", "[]:[0]", "[1]:[1]", "[2]:[2]"])
    }

    /// "Imprimer" has no counterpart: it is left out before the boilerplate is aligned.
    @Test func textAndBoilerplateAreAlignedApartThenJoined() {
        let english = ["All news", "Police arrest 40 suspects in Lyon.", "The operation lasted two weeks after 3 raids."]
        let french = ["Toutes les actualités", "Imprimer", "La police arrête 40 suspects à Lyon.",
                      "L'opération a duré deux semaines après 3 descentes."]
        var options = AlignmentOptions()
        options.usesInstalledDictionaries = false
        let alignment = SentenceAligner.aligningApart(
            SentenceAligner(options: options), source: english, target: french, sourceBlocks: nil, targetBlocks: nil,
            sourceRoles: [.boilerplate, .text, .text], targetRoles: [.boilerplate, .boilerplate, .text, .text]).alignment
        #expect(alignment.beads.map { "\(Array($0.source)):\(Array($0.target))" } == ["[0]:[0]", "[]:[1]", "[1]:[2]", "[2]:[3]"])
    }

    /// The gold segmentation of the releases, one sentence a line: menu and date lines, a second
    /// copy of a headline and a photo gallery's captions are kept apart (fails when the lines are
    /// aligned as plain sentences: PR144's subtitle then pairs with the headline's copy, PR091's
    /// captions with the English text).
    @Test(.requiresSharedData) func releaseLinesKeepPageStructureApart() throws {
        var options = AlignmentOptions()
        options.usesInstalledDictionaries = false
        let aligner = SentenceAligner(options: options)
        func lines(_ release: String, _ name: String) throws -> [String] {
            try String(contentsOf: SharedData.url("corpus/releases/\(release)/\(name)"), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        }
        let pr144 = aligner.align(lines: try lines("interpol-2013-PR144", "en.sent"), try lines("interpol-2013-PR144", "fr.sent"))
        #expect(pr144.beads.contains { $0.source == 2..<3 && $0.target == 4..<5 })  // headline ↔ first copy
        #expect(!pr144.beads.contains { $0.isPair && $0.target.contains(5) })        // the copy is unpaired
        let pr091 = aligner.align(lines: try lines("interpol-2011-PR091", "en.sent"), try lines("interpol-2011-PR091", "fr.sent"))
        #expect(!pr091.beads.contains { $0.isPair && $0.target.lowerBound >= 4 })    // French captions 4–19

        var plain = AlignmentScore(), structured = AlignmentScore()
        let folders = try FileManager.default.contentsOfDirectory(atPath: SharedData.url("corpus/releases").path)
            .filter { !$0.contains(".") }
        for folder in folders {
            let english = try lines(folder, "en.sent"), french = try lines(folder, "fr.sent")
            let gold = try VecalignFormat.parseEntries(String(contentsOf: SharedData.url("corpus/releases/\(folder)/gold.align"),
                                                              encoding: .utf8)).map(\.entry)
            plain = plain + AlignmentScore(predicted: aligner.align(source: english, target: french).beads, gold: gold)
            structured = structured + AlignmentScore(predicted: aligner.align(lines: english, french).beads, gold: gold)
        }
        #expect(structured.strictF1 >= plain.strictF1 + 0.02, "strict F1 \(structured.strictF1) against \(plain.strictF1)")
    }

    /// Books have no page furniture: their lines are aligned as plain sentences (Text+Berg's headings
    /// and photo credits were left as they were; keeping them apart cost 0.01 of strict F1).
    @Test(.requiresSharedData) func bookLinesAreAlignedAsSentences() throws {
        var options = AlignmentOptions()
        options.usesInstalledDictionaries = false
        let aligner = SentenceAligner(options: options)
        func lines(_ name: String) throws -> [String] {
            var lines = try String(contentsOf: SharedData.url("corpus/textberg/\(name)"), encoding: .utf8).components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            return lines
        }
        let german = try lines("test1.de"), french = try lines("test1.fr")
        #expect(aligner.align(lines: german, french).beads == aligner.align(source: german, target: french).beads)
    }
}
