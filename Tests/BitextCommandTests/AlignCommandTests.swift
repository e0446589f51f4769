import ArgumentParser
import Foundation
import Segmentation
import Testing
import TMX
import TestSupport
@testable import BitextCommand

/// `bitext align --presegmented` on a small release written for this test. The French version adds a
/// sentence that shares no word with the English (session 5: `Cette décision a été prise à Lyon.`,
/// which shares `décision` with the sentence before it, is now merged into that pair at confidence
/// 0.63, a 1-2, since an omission alone between two pairs costs `omissionRun` more).
struct AlignCommandTests {
    let english = """
        INTERPOL and Europol sign an agreement on 12 March 2024.
        The agreement covers the exchange of police data between the two organizations.
        Secretary General Jürgen Stock welcomed the decision.
        Officers in 196 countries will benefit from faster access to information.
        """
    let french = """
        INTERPOL et Europol signent un accord le 12 mars 2024.
        L'accord couvre l'échange de données de police entre les deux organisations.
        Le Secrétaire Général Jürgen Stock a salué la décision.
        La cérémonie a eu lieu à Lyon.
        Les policiers de 196 pays bénéficieront d'un accès plus rapide aux informations.
        """


    func writeFixtures() throws -> URL {
        let folder = try SharedData.temporaryDirectory()
        try english.write(to: folder.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
        try french.write(to: folder.appendingPathComponent("fr.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test
    func alignsPresegmentedFilesToVecalign() async throws {
        let folder = try writeFixtures()
        let output = folder.appendingPathComponent("out.align")
        try await runBitext(["align", "--presegmented", "--no-dictionary", "--langs", "en,fr",
                       folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                       "-o", output.path])
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text == "[0]:[0]\n[1]:[1]\n[2]:[2]\n[]:[3]\n[3]:[4]\n")
    }

    /// `--format tsv -o newdir/x.tsv` was refused while `-o newdir/m.tmx` created the folder.
    @Test(arguments: ["new/x.tsv", "new/m.tmx"])
    func writesIntoAMissingFolder(_ path: String) async throws {
        let folder = try writeFixtures()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent(path)
        try await runBitext(["align", "--presegmented", "--no-dictionary", "--langs", "en,fr"]
                            + (path.hasSuffix(".tsv") ? ["--format", "tsv"] : [])
                            + [folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                               "-o", output.path])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == [output.lastPathComponent])
    }

    @Test
    func writesJSONWithConfidence() async throws {
        let folder = try writeFixtures()
        let output = folder.appendingPathComponent("out.json")
        try await runBitext(["align", "--presegmented", "--no-dictionary", "--format", "json",
                       folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                       "-o", output.path])
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
        let beads = try #require(object?["beads"] as? [[String: Any]])
        #expect(beads.count == 5)
        #expect(beads[0]["kind"] as? String == "1-1")
        #expect((beads[0]["confidence"] as? Double ?? 0) > 0.5)
        #expect(beads[3]["kind"] as? String == "0-1")
        // One sentence a line: nothing is page boilerplate.
        #expect(beads.allSatisfy { $0["boilerplate"] as? Bool == false })
    }

    @Test
    func appendsToMemoryWithoutDuplicates() async throws {
        let folder = try writeFixtures()
        let memory = folder.appendingPathComponent("memory.tmx")
        let arguments = ["align", "--presegmented", "--no-dictionary", "--langs", "en,fr",
                         folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                         "-o", memory.path]
        try await runBitext(arguments)
        let first = try TMXDocument.read(contentsOf: memory)
        #expect(first.units.count == 4)
        let unit = try #require(first.units.first)
        #expect(unit.properties.map(\.type) == ["x-document", "x-score", "x-bead"])
        #expect(unit.properties[0].value == "en.txt | fr.txt")
        #expect(unit.properties[2].value == "1-1")
        #expect(unit.variant(for: "fr")?.plainText == "INTERPOL et Europol signent un accord le 12 mars 2024.")
        // Again, keeping the unaligned sentence: only that one is added.
        try await runBitext(arguments + ["--keep-unaligned"])
        let second = try TMXDocument.read(contentsOf: memory)
        #expect(second.units.count == 5)
        #expect(second.units.last?.variants.map(\.language.normalized) == ["fr"])
    }

    @Test
    func missingFileIsAClearError() async throws {
        let folder = try writeFixtures()
        await #expect(throws: (any Error).self) {
            try await runBitext(["align", "--presegmented", folder.appendingPathComponent("en.txt").path,
                           folder.appendingPathComponent("missing.txt").path])
        }
        do {
            try await runBitext(["align", "--presegmented", folder.appendingPathComponent("en.txt").path,
                           folder.appendingPathComponent("missing.txt").path])
        } catch {
            #expect("\(error)".contains("missing.txt: no such file"))
        }
    }

    /// A `--langs` that does not fit the files is a usage error of `align`, found before any file
    /// is read, with `align`'s usage line (it used to come while running, under `bitext <subcommand>`).
    @Test
    func langsThatDoNotFitTheFilesAreAUsageError() throws {
        for (arguments, message) in [(["en.txt", "fr.txt", "--langs", "en"], "--langs needs one language per file, e.g. en,fr"),
                                     (["en.txt", "fr.txt", "--langs", "en,en"], "--langs needs one language per file"),
                                     (["--pairs", "dir", "-o", "a.tmx", "--langs", "en"], "--langs needs at least two different languages")] {
            #expect {
                _ = try Bitext.parseAsRoot(["align"] + arguments)
            } throws: { error in
                Bitext.message(for: error).contains(message) && Bitext.fullMessage(for: error).contains("Usage: bitext align")
            }
        }
    }

    /// `--langs en,zz` was taken silently: a warning says what Bitext does with `zz` (what it
    /// says depends on whether the files are segmented, the output is TMX, or a folder is paired);
    /// a code that is not BCP 47 is a usage error.
    @Test
    func anUnknownLanguageCodeIsWarnedAbout() throws {
        func warnings(_ arguments: [String]) throws -> [String] {
            let command = try #require(try Bitext.parseAsRoot(["align"] + arguments) as? AlignCommand)
            return try command.languageWarnings(segmenter: Segmenter())
        }
        let known = "(known: en, fr, es, de, it, pt, ar and \(AlignJob.languageCodes.count - 7) other ISO 639-1 codes)"
        #expect(try warnings(["en.txt", "zz.txt", "--langs", "en,zz"]) == [
            "unknown language code 'zz': its version is segmented with the rules for any language ('Default') and aligned with no function-word list or dictionary for it \(known)"])
        #expect(try warnings(["en.txt", "zz.txt", "--langs", "en,zz", "--presegmented", "-o", "m.tmx"]) == [
            "unknown language code 'zz': aligned with no function-word list or dictionary for it; the memory gets xml:lang=\"zz\" \(known)"])
        #expect(try warnings(["en.txt", "fr.txt", "ru.txt", "--langs", "en,fr,ru", "--format", "tsv"]).isEmpty)
        let folder = try SharedData.temporaryDirectory()
        #expect(try warnings(["--pairs", folder.path, "-o", "m.tmx", "--langs", "en,zz"]) == [
            "unknown language code 'zz': no file name in a folder can carry it, so it selects no version \(known)"])
        #expect {
            _ = try Bitext.parseAsRoot(["align", "en.txt", "fr.txt", "--langs", "en,f.r"])
        } throws: { error in
            Bitext.message(for: error) == "--langs: 'f.r' is not a language code (BCP 47: en, fr, pt-BR, zh-Hant…)"
                && Bitext.fullMessage(for: error).contains("Usage: bitext align")
        }
    }

    /// Raw release files: the HTML page and the Word file of the bundled example, read by the
    /// Documents stage, segmented, aligned and written to TMX without the page's boilerplate.
    @Test func alignsAnHTMLPageWithAWordFileIntoTMX() async throws {
        let folder = try SharedData.temporaryDirectory()
        let memory = folder.appendingPathComponent("example.tmx")
        let examples = SharedData.packageRoot.appendingPathComponent("examples")
        try await runBitext([
            "align", examples.appendingPathComponent("release.en.html").path,
            examples.appendingPathComponent("release.fr.docx").path, "-o", memory.path,
        ])
        let units = try TMXDocument.read(contentsOf: memory).units
        #expect(units.count >= 8)
        let pairs = units.compactMap { unit -> (String, String)? in
            guard let en = unit.variants.first(where: { $0.language.primary == "en" }),
                  let fr = unit.variants.first(where: { $0.language.primary == "fr" }) else { return nil }
            return (en.segment.plainText, fr.segment.plainText)
        }
        #expect(pairs.count == units.count)
        #expect(pairs.contains { $0.0.hasPrefix("Officers carried out 1,250 checks") && $0.1.hasPrefix("Les policiers ont effectué 1") })
        // Menus and share buttons of the page never reach the memory.
        #expect(!pairs.contains { ["Share", "Print", "Français"].contains($0.0) })
    }
}
