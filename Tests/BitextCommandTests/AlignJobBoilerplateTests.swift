import Alignment
import Foundation
import Testing
import TMX
import TestSupport
@testable import BitextCommand

/// Page boilerplate in `bitext align` on real releases: aligned where both versions have it (and
/// marked `x-boilerplate`), one-sided chrome left unaligned, all of it left out with `--drop-boilerplate`.
struct AlignJobBoilerplateTests {
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

    /// The gold segmentation of PR144, one sentence a line (`--presegmented`): the lines are
    /// classified as the aligner reads them, so the shared menu and date lines are marked in the TMX too.
    @Test(.requiresSharedData) func presegmentedChromeIsMarked() async throws {
        let release = SharedData.url("corpus/releases/interpol-2013-PR144")
        let memory = try SharedData.temporaryDirectory().appendingPathComponent("memory.tmx")
        try await runBitext(["align", "--presegmented", release.appendingPathComponent("en.sent").path,
                             release.appendingPathComponent("fr.sent").path, "--langs", "en,fr", "--no-glossary", "-o", memory.path])
        let units = try TMXDocument.read(contentsOf: memory).units
        let marked = units.filter { unit in unit.properties.contains { $0.type == "x-boilerplate" && $0.value == "yes" } }
        #expect(marked.map { $0.variant(for: "en")?.plainText } == ["All news", "14 November 2013 - Media release"])
        #expect(units.contains { $0.variant(for: "en")?.plainText.hasPrefix("LYON, France – Developing best practices") == true })
    }

    /// A yearbook, one sentence a line (Text+Berg test0): it has no page furniture, so it is aligned
    /// as plain sentences and nothing is boilerplate, not even its date lines (`Samstag , 10. September 1988 :`).
    @Test(.requiresSharedData) func presegmentedBooksHaveNoBoilerplate() throws {
        var settings = AlignJob.Settings()
        settings.presegmented = true
        settings.options.usesInstalledDictionaries = false
        let paths = ["de", "fr"].map { SharedData.url("corpus/textberg/test0.\($0)").path }
        let aligned = try AlignJob(name: "test0", paths: paths, languages: ["de", "fr"]).run(settings)
        #expect(aligned.sentences[0].contains("Samstag , 10. September 1988 :"))
        #expect(!aligned.boilerplate.joined().contains(true))
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
