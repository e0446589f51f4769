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

    @Test func versionsInFormatsBitextCannotReadAreNamed() throws {
        let folder = try SharedData.temporaryDirectory()
        for name in ["PR1.en.docx", "PR1.fr.doc", "PR2.en.txt", "PR2.fr.txt", "photo.jpg"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let pairing = try AlignJob.pairs(inFolder: folder, extensions: ["txt", "docx"], order: nil)
        #expect(pairing.jobs.map(\.name) == ["PR2"])
        #expect(pairing.skipped.count == 2)
        #expect(pairing.skipped.contains { $0.hasSuffix("PR1.fr.doc: Word 97–2003 (.doc) files are not read: save it as .docx, .html or .txt") })
        #expect(pairing.skipped.contains { $0.hasSuffix("PR1.en.docx: the only version of PR1") })
    }

    /// A folder given as a relative path (`archive/`): its files are named below it as typed
    /// (`archive/en/PR1.txt`), not by absolute path.
    @Test func filesOfAFolderAreNamedAsTheFolderWasTyped() throws {
        let base = URL(fileURLWithPath: try SharedData.temporaryDirectory().path, isDirectory: true)
        for name in ["en/PR1.txt", "fr/PR1.txt", "en/PR2.txt", "notes.txt"] {
            let url = base.appendingPathComponent("archive/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "x".write(to: url, atomically: true, encoding: .utf8)
        }
        let folder = URL(fileURLWithPath: "archive/", isDirectory: true, relativeTo: base)
        let pairing = try AlignJob.pairs(inFolder: folder, extensions: ["txt"], order: nil)
        #expect(pairing.jobs.map(\.paths) == [["archive/en/PR1.txt", "archive/fr/PR1.txt"]])
        #expect(pairing.jobs.first?.labels == ["en/PR1.txt", "fr/PR1.txt"])
        #expect(pairing.skipped.sorted() == [
            "archive/en/PR2.txt: the only version of PR2",
            "archive/notes.txt: no language in its name (name versions like PR144.en.html, en/PR144.txt or PR144/en.txt)"])
        // A manifest: its rows' paths are below its folder as typed, and its lines named so.
        let manifest = base.appendingPathComponent("archive/m.tsv")
        try "en/PR1.txt\tfr/PR1.txt\nen/PR2.txt\n".write(to: manifest, atomically: true, encoding: .utf8)
        let listed = try AlignJob.pairs(inManifest: URL(fileURLWithPath: "archive/m.tsv", relativeTo: base), order: nil)
        #expect(listed.jobs.map(\.paths) == [["archive/en/PR1.txt", "archive/fr/PR1.txt"]])
        #expect(listed.skipped == ["archive/m.tsv:2: a release needs at least two versions (one path a column, separated by tabs)"])
        #expect(AlignJob.typedPath("en/PR1.txt", in: ".") == "en/PR1.txt")
        #expect(AlignJob.typedPath("en/PR1.txt", in: "../shared/") == "../shared/en/PR1.txt")
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

    /// Bad versions: a file name that says French over English text, a version with no sentence,
    /// and files whose language cannot be told.
    @Test func badVersionsGiveClearMessages() throws {
        let folder = try SharedData.temporaryDirectory()
        func write(_ name: String, _ text: String) throws -> String {
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        var settings = AlignJob.Settings()
        settings.options.usesInstalledDictionaries = false
        let english = try write("PR1.en.txt", "The police arrested the suspects in Lyon on Monday.\n\nThey were taken to the court of the city.\n")
        let mislabelled = try write("PR1.fr.txt", "The police arrested the suspects in Lyon on Monday and they were taken to the court.\n")
        let release = try AlignJob(name: "PR1", paths: [english, mislabelled], languages: [nil, nil]).run(settings)
        #expect(release.warnings.contains("\(mislabelled): the file name says fr but the text looks en"))

        let blank = try write("PR2.fr.txt", "   \n\n  \n")
        let empty = try AlignJob(name: "PR2", paths: [english, blank], languages: [nil, nil]).run(settings)
        #expect(empty.warnings.contains("\(blank): empty version (no sentences)"))
        #expect(empty.alignment.alignedUnits.isEmpty)

        let numbers = try write("a.txt", "2024 - 12 - 31\n"), more = try write("b.txt", "2025 - 01 - 01\n")
        #expect(throws: AlignInputError.self) {
            try AlignJob(name: "numbers", paths: [numbers, more], languages: [nil, nil]).run(settings)
        }
        do { _ = try AlignJob(name: "numbers", paths: [numbers, more], languages: [nil, nil]).run(settings) } catch {
            #expect("\(error)".contains("cannot tell the language"))
        }
        // For TMX output, a language the aligner cannot guess either is an error.
        settings.requiresLanguages = true
        settings.presegmented = true
        #expect(throws: AlignInputError.self) {
            try AlignJob(name: "numbers", paths: [numbers, more], languages: [nil, nil]).run(settings)
        }
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
