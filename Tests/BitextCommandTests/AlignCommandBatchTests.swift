import ArgumentParser
import Foundation
import Testing
import TMX
import TestSupport
@testable import BitextCommand

/// `bitext align --pairs`, multilingual alignment, glossaries and `--report` on real text: the
/// release folders of ../shared/corpus/releases and the bundled example release.
struct AlignCommandBatchTests {

    /// The units of a memory as [language: text].
    func variants(_ url: URL) throws -> [[String: String]] {
        try TMXDocument.read(contentsOf: url).units.map { unit in
            Dictionary(unit.variants.map { ($0.language.normalized, $0.segment.plainText) }, uniquingKeysWith: { a, _ in a })
        }
    }

    @Test(.requiresSharedData) func alignsEveryReleaseOfTheCorpusIntoOneMemory() async throws {
        let folder = try SharedData.temporaryDirectory()
        let memory = folder.appendingPathComponent("tmx/archive.tmx")
        let report = folder.appendingPathComponent("report.html")
        let releases = SharedData.url("corpus/releases").path
        let arguments = ["align", "--pairs", releases, "--langs", "en,fr", "--no-dictionary", "--no-glossary", "-o", memory.path]
        try await runBitext(arguments + ["--report", report.path])
        let document = try TMXDocument.read(contentsOf: memory)
        let documents = Set(document.units.compactMap { $0.properties.first { $0.type == "x-document" }?.value })
        #expect(documents.count == 12)
        #expect(documents.contains("interpol-2013-PR144/en.txt | interpol-2013-PR144/fr.txt"))
        #expect(document.units.allSatisfy { $0.variants.map(\.language.normalized) == ["en", "fr"] })
        // 108 gold pairs in all, boilerplate lines both versions have (dates, "All news") included.
        #expect(document.units.count > 80)
        // A pair of the Toews release (Public Safety Canada), found from the raw pages.
        let pairs = try variants(memory)
        #expect(pairs.contains { ($0["en"] ?? "").hasPrefix("OTTAWA, August 30, 2011 — Public Safety Minister, Vic Toews") && ($0["fr"] ?? "").hasPrefix("OTTAWA, le 30 août 2011 — Le ministre") })
        // Again: nothing is added twice.
        try await runBitext(arguments)
        #expect(try TMXDocument.read(contentsOf: memory).units.count == document.units.count)
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("<h2 id=\"d12\">"))
        #expect(html.contains("12 documents"))
    }

    @Test func reportsAFailingReleaseAndAlignsTheOthers() async throws {
        let folder = try SharedData.temporaryDirectory()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try "Police arrest 40 suspects in Lyon.\n\nThe operation lasted two weeks.\n"
            .write(to: input.appendingPathComponent("PR1.en.txt"), atomically: true, encoding: .utf8)
        try "La police arrête 40 suspects à Lyon.\n\nL'opération a duré deux semaines.\n"
            .write(to: input.appendingPathComponent("PR1.fr.txt"), atomically: true, encoding: .utf8)
        try "Police seize 3 tonnes of cocaine.\n".write(to: input.appendingPathComponent("PR2.en.txt"), atomically: true, encoding: .utf8)
        try Data("not a word file".utf8).write(to: input.appendingPathComponent("PR2.fr.docx"))
        try "An English release without translation.\n".write(to: input.appendingPathComponent("PR3.en.txt"), atomically: true, encoding: .utf8)
        let memory = folder.appendingPathComponent("archive.tmx")
        await #expect(throws: ExitCode(1)) {
            try await runBitext(["align", "--pairs", input.path, "--no-dictionary", "--no-glossary", "-o", memory.path])
        }
        // PR1 made it into the memory despite PR2.
        let units = try variants(memory)
        #expect(units.contains { $0["en"] == "Police arrest 40 suspects in Lyon." && $0["fr"] == "La police arrête 40 suspects à Lyon." })
        #expect(units.count == 2)
    }

    @Test func aFolderWithoutPairsIsAClearError() async throws {
        let folder = try SharedData.temporaryDirectory()
        try "Only English.\n".write(to: folder.appendingPathComponent("PR1.en.txt"), atomically: true, encoding: .utf8)
        do {
            try await runBitext(["align", "--pairs", folder.path, "-o", folder.appendingPathComponent("a.tmx").path])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("no release with two versions found (1 file skipped, see above)"))
        }
        await #expect(throws: (any Error).self) {
            try await runBitext(["align", "--pairs", folder.appendingPathComponent("missing").path, "-o", "a.tmx"])
        }
    }

    /// A folder of releases sent as a zip archive: unpacked, paired by name, its files named inside it.
    @Test func alignsTheReleasesOfAZipArchive() async throws {
        let folder = try SharedData.temporaryDirectory()
        let archive = folder.appendingPathComponent("releases.zip")
        try Self.storedZip([
            ("PR1.en.txt", "Police arrest 40 suspects in Lyon.\n\nThe operation lasted two weeks.\n"),
            ("PR1.fr.txt", "La police arrête 40 suspects à Lyon.\n\nL'opération a duré deux semaines.\n"),
            ("PR2.en.txt", "Police seize 3 tonnes of cocaine.\n"), ("PR2.fr.docx", "not a word file"),
            ("PR3.fr.doc", "old"),
        ]).write(to: archive)
        let memory = folder.appendingPathComponent("archive.tmx")
        let arguments = ["align", "--pairs", archive.path, "--langs", "en,fr", "--no-dictionary", "--no-glossary", "-o", memory.path]
        await #expect(throws: ExitCode(1)) { try await runBitext(arguments) }
        let units = try variants(memory)
        #expect(units.contains { $0["en"] == "Police arrest 40 suspects in Lyon." && $0["fr"] == "La police arrête 40 suspects à Lyon." })
        let document = try TMXDocument.read(contentsOf: memory)
        #expect(document.units.first?.properties.first { $0.type == "x-document" }?.value == "PR1.en.txt | PR1.fr.txt")
        // The temporary folder is gone.
        let left = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
        #expect(!left.contains { $0.hasPrefix("bitext-pairs-") })
    }

    /// A zip archive of stored (uncompressed) files, as `zip -0` writes it.
    static func storedZip(_ files: [(name: String, text: String)]) -> Data {
        func crc32(_ bytes: [UInt8]) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            return ~crc
        }
        func little(_ value: Int, _ size: Int) -> [UInt8] { (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        var data: [UInt8] = [], central: [UInt8] = []
        for file in files {
            let name = Array(file.name.utf8), content = Array(file.text.utf8)
            let common = little(20, 2) + little(0, 2) + little(0, 2) + little(0, 4) + little(Int(crc32(content)), 4)
                + little(content.count, 4) + little(content.count, 4) + little(name.count, 2) + little(0, 2)
            central += [0x50, 0x4B, 0x01, 0x02] + little(20, 2) + common + little(0, 2) + little(0, 2) + little(0, 2)
                + little(0, 4) + little(data.count, 4) + name
            data += [0x50, 0x4B, 0x03, 0x04] + common + name + content
        }
        let end: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + little(0, 4) + little(files.count, 2) + little(files.count, 2)
            + little(central.count, 4) + little(data.count, 4) + little(0, 2)
        return Data(data + central + end)
    }

    /// The bundled example in English (HTML), French (Word) and Spanish (text): multilingual units.
    @Test func alignsThreeVersionsThroughThePivot() async throws {
        let folder = try SharedData.temporaryDirectory()
        let memory = folder.appendingPathComponent("example.tmx")
        let report = folder.appendingPathComponent("example.html")
        let examples = SharedData.packageRoot.appendingPathComponent("examples")
        try await runBitext([
            "align", examples.appendingPathComponent("release.en.html").path,
            examples.appendingPathComponent("release.fr.docx").path,
            examples.appendingPathComponent("release.es.txt").path, "--no-dictionary", "-o", memory.path,
            "--report", report.path,
        ])
        let units = try variants(memory)
        #expect(units.count >= 8)
        let complete = units.filter { $0.count == 3 }
        #expect(complete.count >= units.count - 2)
        #expect(complete.contains {
            ($0["en"] ?? "").hasPrefix("Officers carried out 1,250 checks") && ($0["fr"] ?? "").hasPrefix("Les policiers ont effectué 1")
                && ($0["es"] ?? "").hasPrefix("Los agentes realizaron 1.250 controles")
        })
        let document = try TMXDocument.read(contentsOf: memory)
        #expect(document.units.allSatisfy { $0.properties.first { $0.type == "x-bead" }?.value.split(separator: "-").count == 3 })
        #expect(document.units.first?.properties.first { $0.type == "x-document" }?.value == "release.en.html | release.fr.docx | release.es.txt")
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("<th>release.es.txt <span class=\"lang\">es</span></th>"))
    }

    @Test func glossaryEntriesAreRead() throws {
        var warnings: [String] = []
        let glossary = try AlignmentGlossary.load(
            paths: [SharedData.packageRoot.appendingPathComponent("glossaries/interpol-fr-en.tbx").path], warnings: &warnings)
        #expect(glossary.entryCount >= 10)
        // Every entry has approved terms in both languages: one whole-term anchor each.
        #expect(glossary.terms(from: "en", to: "fr").count == glossary.entryCount)
        #expect(glossary.terms(from: "en", to: "de").isEmpty)
        #expect(throws: AlignInputError.self) { try AlignmentGlossary.load(paths: ["/nonexistent/g.tbx"], warnings: &warnings) }
    }

    @Test func vecalignNeedsTwoVersions() async throws {
        await #expect(throws: (any Error).self) {
            try await runBitext(["align", "a.en.txt", "a.fr.txt", "a.es.txt"])
        }
    }
}
