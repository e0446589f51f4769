import ArgumentParser
@testable import BitextCommand
import Foundation
import Testing
import TestSupport

@Suite struct TermsCommandTests {
    @Test(.requiresSharedData) func extractWritesRankedCandidatesAndTBX() async throws {
        let folder = try SharedData.temporaryDirectory()
        let release = SharedData.url("corpus/releases/interpol-2013-PR144").path
        let tsv = folder.appendingPathComponent("candidates.tsv").path
        try await runBitext(["terms", "extract", "--release", release, "--from", "fr", "--to", "en", "-o", tsv])
        let lines = try String(contentsOfFile: tsv, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "# source (fr)\ttarget (en)\tscore\tfrequency\texamples\tknown")
        #expect(lines.contains { $0.hasPrefix("Ministre des Droits des femmes\tMinister for Women’s Rights\t") })

        let tbx = folder.appendingPathComponent("candidates.tbx").path
        try await runBitext(["terms", "extract", "--release", release, "-o", tbx, "--limit", "5"])
        let text = try String(contentsOfFile: tbx, encoding: .utf8)
        #expect(text.components(separatedBy: "<conceptEntry").count == 6)
        #expect(text.contains("admittedTerm-admn-sts"))
    }

    /// `--from fr --to FR` extracted from every unit and printed an empty list (exit status 0).
    @Test func extractRefusesTheSameLanguageTwice() throws {
        for (from, to) in [("fr", "fr"), ("fr", "FR"), ("en_GB", "en-gb")] {
            #expect {
                _ = try Bitext.parseAsRoot(["terms", "extract", "--from", from, "--to", to])
            } throws: { error in
                Bitext.message(for: error).contains("--from and --to are the same language (\(from))")
            }
        }
    }

    /// `terms suggest --from fr --to fr` printed every term as its own translation.
    @Test func suggestRefusesTheSameLanguageTwice() throws {
        #expect {
            _ = try Bitext.parseAsRoot(["terms", "suggest", "release.txt", "--from", "fr", "--to", "fr"])
        } throws: { error in
            Bitext.message(for: error).contains("--from and --to are the same language (fr)")
        }
        #expect(Bitext.helpMessage(for: TermsCommand.Suggest.self).contains("--from <lang>"))
    }

    @Test func emptyMemoryIsAClearError() async throws {
        let folder = try SharedData.temporaryDirectory()
        let memory = folder.appendingPathComponent("empty.tmx")
        try Data("<tmx version=\"1.4\"><header srclang=\"fr\"/><body></body></tmx>".utf8).write(to: memory)
        do {
            try await runBitext(["terms", "extract", memory.path])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("the memory is empty"))
            #expect("\(error)".contains(memory.path))
            // A data error, not a usage error: status 1 and no usage line (it was 64, `Usage: bitext <subcommand>`).
            #expect(Bitext.exitCode(for: error) == .failure)
            #expect(!Bitext.fullMessage(for: error).contains("Usage:"))
        }
    }

    @Test func memoryInOtherLanguagesIsAClearError() async throws {
        let memory = try SharedData.temporaryDirectory().appendingPathComponent("de-es.tmx")
        try Data("""
            <tmx version="1.4"><header srclang="de" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="test" creationtoolversion="1"/>
            <body><tu><tuv xml:lang="de"><seg>Rote Ausschreibung</seg></tuv><tuv xml:lang="es"><seg>notificación roja</seg></tuv></tu></body></tmx>
            """.utf8).write(to: memory)
        do {
            try await runBitext(["terms", "extract", memory.path, "--from", "fr", "--to", "en"])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("no unit with both fr and en: its languages are de, es"))
            #expect("\(error)".contains(memory.path))
            #expect(Bitext.exitCode(for: error) == .failure)
        }
    }

    @Test(.requiresSharedData) func suggestFindsTheInsertedModifierForm() async throws {
        let folder = try SharedData.temporaryDirectory()
        let glossary = folder.appendingPathComponent("g.tbx").path
        try await runBitext(["glossary", "add", "Ministre des Droits des femmes", "Minister for Women’s Rights", "--glossary", glossary])
        let release = SharedData.url("corpus/releases/interpol-2013-PR144/fr.txt").path
        let suggest = try TermsCommand.Suggest.parse([release, "--glossary", glossary])
        let lines = try suggest.report()
        #expect(lines == ["\(release):13: Ministre française des Droits des femmes  (term: Ministre des Droits des femmes)  →  Minister for Women’s Rights"])
        let missing = folder.appendingPathComponent("none.tbx").path
        await #expect(throws: (any Error).self) { try await runBitext(["terms", "suggest", release, "--glossary", missing]) }
    }

    /// `--json`: one object a line, whose line and column point at the text found in the file; a
    /// term inside a longer one says which (and `--no-nested` leaves it out).
    @Test(.requiresSharedData) func suggestJSONPointsIntoTheFileAndListsNestedTerms() throws {
        let glossary = try SharedData.temporaryDirectory().appendingPathComponent("g.tsv")
        try Data("police judiciaire d’Abou Dhabi\tJudicial Department of Abu Dhabi\nAbou Dhabi\tAbu Dhabi\nSecrétaire Général d’INTERPOL\tINTERPOL Secretary General\n".utf8)
            .write(to: glossary)
        let release = SharedData.url("corpus/releases/interpol-2013-PR144/fr.txt").path
        let marks = try TermsCommand.Suggest.parse([release, "--glossary", glossary.path, "--json"]).marks()
        #expect(marks.map(\.term) == ["Secrétaire Général d’INTERPOL", "police judiciaire d’Abou Dhabi", "Abou Dhabi"])
        #expect(marks.map(\.inside) == [nil, nil, "police judiciaire d’Abou Dhabi"])
        let lines = try String(contentsOfFile: release, encoding: .utf8).components(separatedBy: "\n")
        for mark in marks {
            let line = lines[mark.line - 1]
            #expect(String(line.dropFirst(mark.column - 1).prefix(mark.text.count)) == mark.text)
        }
        let outer = try TermsCommand.Suggest.parse([release, "--glossary", glossary.path, "--no-nested"]).report()
        #expect(outer.count == 2)
        let text = try TermsCommand.Suggest.parse([release, "--glossary", glossary.path]).report()
        #expect(text.last == "\(release):13: Abou Dhabi  (inside: police judiciaire d’Abou Dhabi)  →  Abu Dhabi")
    }
}
