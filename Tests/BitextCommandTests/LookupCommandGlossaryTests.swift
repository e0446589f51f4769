import ArgumentParser
import Foundation
import Testing
import TestSupport
@testable import BitextCommand

struct LookupCommandGlossaryTests {
    /// A memory and a tab-separated glossary written for these tests, side by side in one folder.
    static func release() throws -> (memory: URL, glossary: URL) {
        let memory = try LookupCommandTests.memory()
        let glossary = memory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("police.tsv")
        try "Minister for Women's Rights\tMinistre des Droits des femmes\nnew office\tnouveau bureau\n"
            .write(to: glossary, atomically: true, encoding: .utf8)
        return (memory, glossary)
    }

    @Test func glossaryEntriesOfTheTextAreShown() throws {
        let (memory, glossary) = try Self.release()
        let report = try LookupCommand.parse(["The Minister for Women's Rights opened the new offices.", "--from", "en", "--to", "fr",
                                              "--tm", memory.path, "--glossary", glossary.path]).report()
        let hits = try #require(report.glossary)
        #expect(hits.map(\.text) == ["Minister for Women's Rights", "new offices"])
        #expect(hits.map(\.translations) == [["Ministre des Droits des femmes"], ["nouveau bureau"]])
        #expect(hits.map(\.approximate) == [false, true]) // the plural needed tolerance
        let text = report.text(colour: false)
        #expect(text.contains("Glossary (en → fr): 2 terms"))
        #expect(text.contains("  [Minister for Women's Rights] → [Ministre des Droits des femmes]  en → fr · police.tsv"))
        #expect(text.contains("  [new offices] (new office) → [nouveau bureau]"))
        #expect(report.text(colour: true).contains("\u{1B}[1;32mMinistre des Droits des femmes\u{1B}[0m"))
        let json = try report.json()
        #expect(json.contains("\"glossary\" : ["))
        #expect(json.contains("\"term\" : \"new office\""))
    }

    /// The glossary term inside the looked-up phrase is listed after it, marked as `terms suggest` marks it.
    @Test func aTermInsideTheLookedUpPhraseIsListedWithInside() throws {
        let (memory, glossary) = try Self.release()
        try "Minister for Women's Rights\tMinistre des Droits des femmes\nWomen's Rights\tDroits des femmes\n"
            .write(to: glossary, atomically: true, encoding: .utf8)
        let report = try LookupCommand.parse(["Minister for Women's Rights", "--from", "en", "--to", "fr",
                                              "--tm", memory.path, "--glossary", glossary.path]).report()
        #expect(report.glossary?.map(\.inside) == [nil, "Minister for Women's Rights"])
        let text = report.text(colour: false)
        #expect(text.contains("Glossary (en → fr): 2 terms"))
        #expect(text.contains("  [Women's Rights]  (inside: Minister for Women's Rights) → [Droits des femmes]  en → fr · police.tsv"))
        #expect(try report.json().contains("\"inside\" : \"Minister for Women's Rights\""))
    }

    @Test func glossaryMarksTheRenderingInTheConcordance() throws {
        let (memory, glossary) = try Self.release()
        let report = try LookupCommand.parse(["new office", "--from", "en", "--to", "fr", "--tm", memory.path,
                                              "--glossary", glossary.path]).report()
        let group = try #require(report.concordance?.groups.first)
        #expect(group.rendering == "nouveau bureau")
        #expect(group.spanEvidence == "hint")
        #expect(group.hits.first?.translation.text.highlights == ["nouveau bureau"])
        #expect(report.glossary?.map(\.term) == ["new office"])
    }

    /// A folder given to `--glossary` stands for its glossary files; an empty one is no glossary, not
    /// an unreadable file.
    @Test func aGlossaryFolderStandsForItsFiles() throws {
        let (memory, glossary) = try Self.release()
        let folder = glossary.deletingLastPathComponent()
        let report = try LookupCommand.parse(["new office", "--from", "en", "--to", "fr", "--tm", memory.path,
                                              "--glossary", folder.path]).report()
        #expect(report.glossary?.map(\.term) == ["new office"])
        #expect(report.problems.isEmpty)
        let empty = folder.appendingPathComponent("empty", isDirectory: true)
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try LookupCommand.parse(["new office", "--from", "en", "--to", "fr", "--tm", memory.path,
                                            "--glossary", empty.path]).report()
        #expect(none.glossary == nil)
        #expect(none.problems.isEmpty)
    }

    @Test func withoutGlossariesThereIsNoGlossarySection() throws {
        let (memory, _) = try Self.release()
        let report = try LookupCommand.parse(["INTERPOL", "--tm", memory.path, "--glossary", "/nonexistent/none.tsv"]).report()
        #expect(report.glossary == nil)
        #expect(report.problems.contains { $0.memory.hasSuffix("none.tsv") })
        #expect(report.concordance?.totalHits == 2) // the memories are still answered
    }

    /// A real TBX glossary (IBM terms, English and French, from the interop corpus) on a memory written
    /// for this test that uses two of its terms.
    @Test(.requiresSharedData) func realTBXGlossary() throws {
        let memory = try LookupCommandTests.memory(named: "software.tmx", units: """
            <tu><tuv xml:lang="en"><seg>The scheduled operation starts at midnight.</seg></tuv>
              <tuv xml:lang="fr"><seg>L'opération planifiée démarre à minuit.</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Open the samples gallery to see each scheduled operation.</seg></tuv>
              <tuv xml:lang="fr"><seg>Ouvrez la galerie d'exemples pour voir chaque opération planifiée.</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>A scheduled operation can be cancelled.</seg></tuv>
              <tuv xml:lang="fr"><seg>Il est possible d'annuler une opération planifiée.</seg></tuv></tu>
            """)
        let glossary = SharedData.url("interop/tbx/okapi-tbx2-ibm.tbx").path
        let report = try LookupCommand.parse(["scheduled operation", "--from", "en", "--to", "fr", "--tm", memory.path,
                                              "--glossary", glossary]).report()
        #expect(report.glossary?.map(\.translations) == [["opération planifiée"]])
        let concordance = try #require(report.concordance)
        #expect(concordance.totalHits == 3)
        #expect(concordance.groups.map(\.rendering) == ["opération planifiée"])
        #expect(concordance.groups.first?.spanEvidence == "hint")
        let sentence = try LookupCommand.parse(["Open the samples gallery.", "--from", "en", "--to", "fr", "--tm", memory.path,
                                                "--glossary", glossary]).report()
        #expect(sentence.glossary?.map(\.term) == ["samples gallery"])
        #expect(sentence.text(colour: false).contains("[samples gallery] → [galerie d'exemples]"))
    }
}
