import Alignment
import Foundation
import Testing
import TMX
import TestSupport
@testable import BitextCommand

/// Page boilerplate in alignments: aligned where both versions have it (and marked
/// `x-boilerplate`), never merged with the text, left out with `--drop-boilerplate`; titles and
/// headings never merged with other sentences.
struct AlignJobBoilerplateTests {
    typealias Role = AlignJob.SentenceRole

    func beads(_ beads: [Bead], source: [Role], target: [Role],
               sourceSentences: [String]? = nil, targetSentences: [String]? = nil) -> [String] {
        let separated = AlignJob.separatingStructure(
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
        let alignment = AlignJob.aligningApart(
            SentenceAligner(options: options), source: english, target: french, sourceBlocks: nil, targetBlocks: nil,
            sourceRoles: [.boilerplate, .text, .text], targetRoles: [.boilerplate, .boilerplate, .text, .text])
        #expect(alignment.beads.map { "\(Array($0.source)):\(Array($0.target))" } == ["[0]:[0]", "[]:[1]", "[1]:[2]", "[2]:[3]"])
    }

    /// The INTERPOL release of 14 November 2013 (PR144): both versions open with "All news" and a
    /// date line; the French page also has a "|" and a "Print" line.
    @Test(.requiresSharedData) func sharedChromeIsPairedAndMarkedOneSidedChromeIsLeftOut() async throws {
        let release = SharedData.url("corpus/releases/interpol-2013-PR144")
        let folder = try SharedData.temporaryDirectory()
        let memory = folder.appendingPathComponent("memory.tmx")
        let files = [release.appendingPathComponent("en.txt").path, release.appendingPathComponent("fr.txt").path]
        try await runBitext(["align"] + files + ["--langs", "en,fr", "--no-glossary", "-o", memory.path])
        let units = try TMXDocument.read(contentsOf: memory).units
        func isBoilerplate(_ unit: TranslationUnit) -> Bool {
            unit.properties.contains { $0.type == "x-boilerplate" && $0.value == "yes" }
        }
        let date = try #require(units.first { $0.variant(for: "en")?.plainText == "14 November 2013 - Media release" })
        #expect(date.variant(for: "fr")?.plainText == "14 novembre 2013 - Media release")
        #expect(isBoilerplate(date))
        #expect(units.contains { $0.variant(for: "en")?.plainText == "All news" && isBoilerplate($0) })
        // The release's own text is not marked, and no unit holds a menu line of the French page.
        let lead = try #require(units.first { $0.variant(for: "en")?.plainText.hasPrefix("LYON, France – Developing best practices") == true })
        #expect(!isBoilerplate(lead))
        #expect(units.filter(isBoilerplate).count == 2)
        #expect(!units.contains { ["|", "Print"].contains($0.variant(for: "fr")?.plainText) })

        // With --drop-boilerplate, the reader's boilerplate is not aligned at all.
        let dropped = folder.appendingPathComponent("dropped.tmx")
        try await runBitext(["align"] + files + ["--langs", "en,fr", "--no-glossary", "--drop-boilerplate", "-o", dropped.path])
        let kept = try TMXDocument.read(contentsOf: dropped).units
        #expect(!kept.contains(where: isBoilerplate))
        #expect(!kept.contains { ["All news", "14 November 2013 - Media release"].contains($0.variant(for: "en")?.plainText) })
        #expect(kept.contains { $0.variant(for: "en")?.plainText.hasPrefix("LYON, France – Developing best practices") == true })
    }

    /// Public Safety Canada, 30 July 2022: the English page has a language link ("Français"), the
    /// French one the crawler's date mark; neither may pair with the other or with a sentence.
    @Test(.requiresSharedData) func oneSidedChromeBecomesUnaligned() throws {
        let release = SharedData.url("corpus/releases/canada-ps-2022-07-30-wdatip")
        var settings = AlignJob.Settings()
        settings.options.usesInstalledDictionaries = false
        let job = AlignJob(name: "wdatip", paths: [release.appendingPathComponent("en.txt").path, release.appendingPathComponent("fr.txt").path],
                           languages: ["en", "fr"])
        let aligned = try job.run(settings)
        let english = try #require(aligned.sentences[0].firstIndex(of: "Français"))
        let french = try #require(aligned.sentences[1].firstIndex(of: "date 2022-07"))
        #expect(aligned.boilerplate[0][english] && aligned.boilerplate[1][french])
        let beads = aligned.pairwise[0].beads
        #expect(beads.contains { $0.source == english..<(english + 1) && $0.target.isEmpty })
        #expect(beads.contains { $0.target == french..<(french + 1) && $0.source.isEmpty })
        // The statements' first sentences are still paired.
        #expect(aligned.alignment.alignedUnits.contains { unit in
            aligned.sentences[0][unit.sentences[0]].first?.hasPrefix("OTTAWA, ON, July 30, 2022") == true
                && aligned.sentences[1][unit.sentences[1]].first?.hasPrefix("OTTAWA, ON, le 30 juill. 2022") == true
        })
    }
}
