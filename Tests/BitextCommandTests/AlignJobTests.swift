import Foundation
import Testing
import TestSupport
@testable import BitextCommand

/// Pairing the versions of releases by file name or manifest.
struct AlignJobTests {
    @Test func readsTheReleaseAndLanguageFromNames() {
        #expect(AlignJob.releaseKey(of: "PR144.en.html")! == ("PR144", "en"))
        #expect(AlignJob.releaseKey(of: "2024/PR144.fr-CA.docx")! == ("2024/PR144", "fr-ca"))
        #expect(AlignJob.releaseKey(of: "PR144_es.txt")! == ("PR144", "es"))
        #expect(AlignJob.releaseKey(of: "interpol-2013-PR144/en.txt")! == ("interpol-2013-PR144", "en"))
        #expect(AlignJob.releaseKey(of: "fr/PR144.txt")! == ("PR144", "fr"))
        #expect(AlignJob.releaseKey(of: "archive/de/2019/PR7.html")! == ("archive/2019/PR7", "de"))
        #expect(AlignJob.releaseKey(of: "notes.txt") == nil)
        #expect(AlignJob.releaseKey(of: "report-final.txt") == nil)
    }

    @Test func pairsAFolderAndSkipsLoneVersions() throws {
        let folder = try SharedData.temporaryDirectory()
        for name in ["PR1.en.txt", "PR1.fr.txt", "PR1.es.txt", "PR2.fr.html", "PR2.en.html", "PR3.en.txt", "readme.md", "notes.txt"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let pairing = try AlignJob.pairs(inFolder: folder, extensions: ["txt", "html"], order: nil)
        #expect(pairing.jobs.map(\.name) == ["PR1", "PR2"])
        // English is in the most releases: it is the pivot; then French, then Spanish.
        #expect(pairing.jobs[0].languages == ["en", "fr", "es"])
        #expect(pairing.jobs[1].paths.map { URL(fileURLWithPath: $0).lastPathComponent } == ["PR2.en.html", "PR2.fr.html"])
        #expect(pairing.skipped.count == 2)
        #expect(pairing.skipped.contains { $0.hasSuffix("PR3.en.txt: the only version of PR3") })
        #expect(pairing.skipped.contains { $0.contains("notes.txt: no language in its name") })
        // --langs fr,en: French is the pivot and Spanish is left out.
        let french = try AlignJob.pairs(inFolder: folder, extensions: ["txt", "html"], order: ["fr", "en"])
        #expect(french.jobs[0].languages == ["fr", "en"])
        #expect(french.skipped.contains { $0.hasSuffix("PR1.es.txt: es is not among --langs fr,en") })
    }

    @Test func twoFilesInOneLanguageAreAConflict() throws {
        let folder = try SharedData.temporaryDirectory()
        for name in ["PR5.en.txt", "PR5.en.html", "PR5.fr.txt"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let pairing = try AlignJob.pairs(inFolder: folder, extensions: ["txt", "html"], order: nil)
        #expect(pairing.jobs.isEmpty)
        #expect(pairing.conflicts.map(\.name) == ["PR5"])
        #expect(pairing.conflicts.first?.message == "2 versions in en (PR5.en.html, PR5.en.txt): keep one file per language, or choose the kind with --extensions")
        #expect(try AlignJob.pairs(inFolder: folder, extensions: ["txt"], order: nil).jobs.count == 1)
    }

    @Test func readsAManifestWithALanguageHeader() throws {
        let folder = try SharedData.temporaryDirectory()
        let manifest = folder.appendingPathComponent("releases.tsv")
        try """
            # release versions, English first
            en\tfr\tes
            a/one.txt\tb/un.txt\tc/uno.txt
            two.txt\tdeux.txt\t
            alone.txt\t\t
            """.write(to: manifest, atomically: true, encoding: .utf8)
        let pairing = try AlignJob.pairs(inManifest: manifest, order: nil)
        #expect(pairing.jobs.count == 2)
        #expect(pairing.jobs[0].paths == ["a/one.txt", "b/un.txt", "c/uno.txt"].map { folder.appendingPathComponent($0).path })
        #expect(pairing.jobs[0].languages == ["en", "fr", "es"])
        #expect(pairing.jobs[1].languages == ["en", "fr"])
        #expect(pairing.skipped == ["\(manifest.path):5: a release needs at least two versions (one path a column, separated by tabs)"])
    }

    @Test func aManifestRowWithTooManyColumnsIsAnErrorWithItsLine() throws {
        let folder = try SharedData.temporaryDirectory()
        let manifest = folder.appendingPathComponent("m.tsv")
        try "en\tfr\na.txt\tb.txt\tc.txt\n".write(to: manifest, atomically: true, encoding: .utf8)
        #expect(throws: AlignInputError.self) { try AlignJob.pairs(inManifest: manifest, order: nil) }
        do { _ = try AlignJob.pairs(inManifest: manifest, order: nil) } catch {
            #expect("\(error)" == "\(manifest.path):2: 3 columns but 2 languages (en,fr)")
        }
    }
}
