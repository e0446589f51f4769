import ArgumentParser
import Foundation
import Testing
import TestSupport
@testable import BitextCommand

struct LookupCommandTests {
    /// A memory written for these tests: a fictitious release in English and French, with an inline tag.
    static func memory() throws -> URL {
        try memory(named: "release.tmx", units: """
            <tu tuid="1" changedate="20240308T120000Z"><prop type="x-document">release-2024-03.docx</prop>
              <tuv xml:lang="en"><seg>The Minister for Women's Rights thanked the police officers.</seg></tuv>
              <tuv xml:lang="fr"><seg>La Ministre des Droits des femmes a remercié les policiers.</seg></tuv></tu>
            <tu tuid="2" changedate="20240310T120000Z"><prop type="x-document">release-2024-04.docx</prop>
              <tuv xml:lang="en"><seg>INTERPOL opened its <ph x="1">&lt;b&gt;</ph>new<ph x="2">&lt;/b&gt;</ph> office in Lyon.</seg></tuv>
              <tuv xml:lang="fr"><seg>INTERPOL a ouvert son nouveau bureau à Lyon.</seg></tuv></tu>
            <tu tuid="3" changedate="20240312T120000Z">
              <tuv xml:lang="en"><seg>The office of INTERPOL is in Lyon.</seg></tuv>
              <tuv xml:lang="fr"><seg>Le bureau d'INTERPOL est à Lyon.</seg></tuv></tu>
            """)
    }

    /// A TMX file `tmx/NAME` in a new temporary folder, with the given `<tu>` elements.
    static func memory(named name: String, units: String) throws -> URL {
        let folder = try SharedData.temporaryDirectory().appendingPathComponent("tmx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="tests" creationtoolversion="1" segtype="sentence" o-tmf="none"
          adminlang="en" srclang="en" datatype="plaintext"/><body>
        \(units)
        </body></tmx>
        """.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func fuzzyMatchShowsPercentDifferencesTranslationAndOrigin() throws {
        let memory = try Self.memory()
        let command = try LookupCommand.parse(["The Minister for Women's Rights thanked the firefighters.",
                                               "--from", "en", "--to", "fr", "--tm", memory.path])
        let report = try command.report()
        let text = report.text(colour: false)
        #expect(text.contains(" 80%  The Minister for Women's Rights thanked the [police officers]."))
        #expect(text.contains("→ La Ministre des Droits des femmes a remercié les policiers."))
        #expect(text.contains("release-2024-03.docx · 2024-03-08"))
        #expect(!text.contains("\u{1B}["))
        #expect(report.text(colour: true).contains("\u{1B}[1;33mpolice officers\u{1B}[0m"))
    }

    @Test func concordanceIsElisionAwareAndJSON() throws {
        let memory = try Self.memory()
        let command = try LookupCommand.parse(["interpol", "--from", "fr", "--to", "en", "--json", "--tm", memory.path])
        let report = try command.report()
        #expect(report.fuzzy == nil)
        let concordance = try #require(report.concordance)
        #expect(concordance.totalHits == 2)
        #expect(concordance.groups.map(\.rendering) == ["INTERPOL"])
        let json = try report.json()
        #expect(json.contains("\"highlighted\" : true"))
        let text = report.text(colour: false)
        #expect(text.contains("Le bureau d'[INTERPOL] est à Lyon."))
        #expect(text.contains("×2"))
    }

    /// A phrase with one word inserted (`bureau central d'INTERPOL` for `bureau d'INTERPOL`) is a near
    /// hit: after the exact one, marked `near:` in text and `isNear` in JSON.
    @Test func nearHitsAreMarkedAfterTheExactOnes() throws {
        let memory = try Self.memory(named: "near.tmx", units: """
            <tu tuid="1"><tuv xml:lang="en"><seg>The central office of INTERPOL is in Lyon.</seg></tuv>
              <tuv xml:lang="fr"><seg>Le bureau central d'INTERPOL est à Lyon.</seg></tuv></tu>
            <tu tuid="2"><tuv xml:lang="en"><seg>The office of INTERPOL is in Lyon.</seg></tuv>
              <tuv xml:lang="fr"><seg>Le bureau d'INTERPOL est à Lyon.</seg></tuv></tu>
            """)
        let report = try LookupCommand.parse(["bureau d'INTERPOL", "--from", "fr", "--to", "en", "--tm", memory.path]).report()
        let concordance = try #require(report.concordance)
        #expect(concordance.totalHits == 2 && concordance.nearHits == 1)
        #expect(concordance.groups.flatMap(\.hits).map(\.isNear) == [false, true])
        let text = report.text(colour: false)
        #expect(text.contains("2 units (1 near)"))
        #expect(text.contains("        near: Le [bureau central d'INTERPOL] est à Lyon."))
        #expect(text.contains("        Le [bureau d'INTERPOL] est à Lyon."))
        #expect(try report.json().contains("\"isNear\" : true"))
    }

    @Test func inlineTagsAreShownAndCounted() throws {
        let memory = try Self.memory()
        let report = try LookupCommand.parse(["INTERPOL opened its new office in Lyon.", "--from", "en", "--tm", memory.path]).report()
        let match = try #require(report.fuzzy?.first)
        #expect(match.percent == 77) // 9 tokens with the two tags, 7 without: 100 × 7/9
        #expect(match.source.text == "INTERPOL opened its ⟨⟩new⟨⟩ office in Lyon.")
    }

    @Test func badInputGivesClearErrors() throws {
        let memory = try Self.memory()
        #expect(throws: (any Error).self) { try LookupCommand.parse(["  ", "--tm", memory.path]) }
        let long = Array(repeating: "word", count: 10_000).joined(separator: " ")
        do {
            _ = try LookupCommand.parse([long, "--tm", memory.path]).report()
            Issue.record("a 10,000-word query was accepted")
        } catch {
            #expect("\(error)".contains("10000 words"))
        }
        // A deleted memory beside a good one: reported, the good one still answered.
        let missing = memory.deletingLastPathComponent().appendingPathComponent("deleted.tmx").path
        let report = try LookupCommand.parse(["INTERPOL", "--tm", missing, memory.path]).report()
        #expect(report.problems.map(\.message).contains { $0.contains("deleted.tmx: no such file") })
        #expect(report.concordance?.totalHits == 2)
    }

    /// When no memory given can be read, the lookup fails (status 1, the file named as an error).
    @Test func onlyAMissingMemoryIsAnError() throws {
        let missing = try SharedData.temporaryDirectory().appendingPathComponent("missing.tmx").path
        #expect(throws: ExitCode.failure) { _ = try LookupCommand.parse(["x y z", "--tm", missing]).report() }
    }

    @Test func malformedAfterIndexingIsReported() throws {
        let memory = try Self.memory()
        _ = try LookupCommand.parse(["INTERPOL", "--tm", memory.path]).report()
        try "<tmx version=\"1.4\"><body><tu>".write(to: memory, atomically: true, encoding: .utf8)
        let other = memory.deletingLastPathComponent().appendingPathComponent("other.tmx")
        try String(contentsOf: try Self.memory(), encoding: .utf8).write(to: other, atomically: true, encoding: .utf8)
        let report = try LookupCommand.parse(["INTERPOL", "--tm", memory.deletingLastPathComponent().path]).report()
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.message.contains("release.tmx") == true)
        #expect(report.concordance?.totalHits == 2)
    }

    @Test func deletedAfterIndexingIsReported() throws {
        let memory = try Self.memory()
        let other = memory.deletingLastPathComponent().appendingPathComponent("other.tmx")
        try FileManager.default.copyItem(at: memory, to: other)
        _ = try LookupCommand.parse(["INTERPOL", "--tm", memory.deletingLastPathComponent().path]).report()
        try FileManager.default.removeItem(at: memory)
        let report = try LookupCommand.parse(["INTERPOL", "--tm", memory.path, other.path]).report()
        #expect(report.problems.map(\.message) == ["\(memory.path): no such file, or it cannot be read"])
        #expect(report.concordance?.totalHits == 2)
        #expect(report.concordance?.groups.flatMap(\.hits).allSatisfy { $0.origin.memory == other.path } == true)
    }

    @Test func emptyQueryIsRejectedWithAMessage() throws {
        let memory = try Self.memory()
        do {
            _ = try LookupCommand.parse([" \t ", "--tm", memory.path])
            Issue.record("an empty query was accepted")
        } catch {
            #expect(LookupCommand.message(for: error).contains("the text to look up is empty"))
        }
    }

    @Test func readOnlyMemoryFolderIsIndexedElsewhereWithAMessage() throws {
        let memory = try Self.memory()
        let folder = memory.deletingLastPathComponent()
        guard ReadOnlyFolder.make(folder) else { return } // neither chmod nor chattr can protect it here
        defer { ReadOnlyFolder.undo(folder) }
        let library = try LookupCommand.MemoryOptions.parse(["--tm", memory.path]).openLibrary()
        let index = try #require(library.indexes.first)
        defer { try? FileManager.default.removeItem(at: index.folder) }
        #expect(!index.folder.path.hasPrefix(folder.path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".bitext-index").path))
        let message = try #require(LookupCommand.MemoryOptions.message(for: index, outcome: library.outcomes[0]))
        #expect(message.contains("index created (3 units) in \(index.folder.path): the memory's folder is read-only"))
        // The next lookup uses that index.
        let again = try LookupCommand.MemoryOptions.parse(["--tm", memory.path]).openLibrary()
        #expect(again.outcomes == [.current])
        #expect(try LookupCommand.parse(["INTERPOL", "--tm", memory.path]).report().concordance?.totalHits == 2)
    }
}

/// Makes a folder read-only even for root (who ignores permissions): `chmod 555`, and `chattr +i` when
/// running as root.
enum ReadOnlyFolder {
    static func make(_ folder: URL) -> Bool {
        try? FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        if !FileManager.default.isWritableFile(atPath: folder.path) { return true }
        return chattr("+i", folder) && !FileManager.default.isWritableFile(atPath: folder.path)
    }

    static func undo(_ folder: URL) {
        _ = chattr("-i", folder)
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    }

    private static func chattr(_ flag: String, _ folder: URL) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, folder.path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
