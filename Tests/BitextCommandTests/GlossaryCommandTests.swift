import ArgumentParser
@testable import BitextCommand
import Foundation
import Testing
import TestSupport

/// Runs `bitext` with arguments, as the executable does.
func runBitext(_ arguments: [String]) async throws {
    var command = try Bitext.parseAsRoot(arguments)
    if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
    } else {
        try command.run()
    }
}

@Suite struct GlossaryCommandTests {
    /// `glossary add x y --from fr --to fr` wrote four entries pairing each term with both
    /// (x → x, x → y, y → x, y → y); every subcommand now refuses the pair and writes nothing.
    @Test func theSameLanguageTwiceIsRefusedAndNothingIsWritten() async throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tsv = folder.appendingPathComponent("glossary.tsv").path
        for arguments in [["add", "notice rouge", "Red Notice", "--glossary", tsv], ["remove", "notice rouge", "--glossary", tsv],
                          ["list", tsv], ["import", tsv, "--into", tsv], ["export", tsv, "-o", tsv]] {
            await #expect {
                try await runBitext(["glossary"] + arguments + ["--from", "fr", "--to", "FR"])
            } throws: { error in
                Bitext.message(for: error).contains("--from and --to are the same language (fr)")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// The language options read as in `lookup` and `align`'s help: `--from <lang>`, `--glossary <path>`.
    @Test func helpNamesLanguagesAndPathsAsTheOtherCommandsDo() {
        for command in [GlossaryCommand.Add.self, GlossaryCommand.List.self, TermsCommand.Extract.self] as [any ParsableCommand.Type] {
            let help = Bitext.helpMessage(for: command)
            #expect(help.contains("--from <lang>") && help.contains("--to <lang>"), "\(command)")
        }
        #expect(Bitext.helpMessage(for: TermsCommand.Extract.self).contains("--glossary <path>"))
    }

    /// Removing from a missing glossary, or a term it lacks, is a data error (status 1, no usage
    /// line), not a usage error (it was status 64 under `Usage: bitext <subcommand>`).
    @Test func removeWhatIsNotThereIsAnErrorOfStatusOne() async throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tsv = folder.appendingPathComponent("glossary.tsv").path
        try await runBitext(["glossary", "add", "notice rouge", "Red Notice", "--glossary", tsv])
        for (arguments, message) in [(["remove", "notice bleue", "--glossary", tsv], "\(tsv): no entry has the term \"notice bleue\""),
                                     (["remove", "x", "--glossary", tsv + ".missing.tbx"], "\(tsv).missing.tbx: no such glossary")] {
            await #expect {
                try await runBitext(["glossary"] + arguments)
            } throws: { error in
                Bitext.message(for: error) == message && Bitext.exitCode(for: error) == .failure
                    && !Bitext.fullMessage(for: error).contains("Usage:")
            }
        }
    }

    @Test func addAcceptsACandidateThenRemoveAndExport() async throws {
        let folder = try SharedData.temporaryDirectory()
        let tbx = folder.appendingPathComponent("glossary.tbx").path
        try await runBitext(["glossary", "add", "notice rouge", "Red Notice", "--glossary", tbx])
        try await runBitext(["glossary", "add", "notice rouge", "red alert", "--status", "forbidden", "--note", "not used", "--glossary", tbx])
        try await runBitext(["glossary", "add", "Cellule de crise", "Incident Response Team", "--status", "candidate", "--glossary", tbx])
        var text = try String(contentsOfFile: tbx, encoding: .utf8)
        #expect(text.contains("<term>red alert</term>"))
        #expect(text.contains("deprecatedTerm-admn-sts"))
        #expect(text.components(separatedBy: "<conceptEntry").count == 3)

        try await runBitext(["glossary", "remove", "CELLULE de crise", "--glossary", tbx])
        text = try String(contentsOfFile: tbx, encoding: .utf8)
        #expect(!text.contains("Cellule"))

        let tsv = folder.appendingPathComponent("out.txt").path
        try await runBitext(["glossary", "export", tbx, "-o", tsv])
        let exported = try String(contentsOfFile: tsv, encoding: .utf8)
        #expect(exported.contains("notice rouge\tRed Notice\t\tapproved\n"))
        #expect(exported.contains("notice rouge\tred alert\tnot used\tforbidden\n"))
        // Only the two files: every write went through a temporary file renamed over the target.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["glossary.tbx", "out.txt"])
    }

    @Test func removingAnUnknownTermFails() async throws {
        let tbx = try SharedData.temporaryDirectory().appendingPathComponent("g.tbx").path
        try await runBitext(["glossary", "add", "a", "b", "--glossary", tbx])
        await #expect(throws: (any Error).self) { try await runBitext(["glossary", "remove", "zzz", "--glossary", tbx]) }
    }

    @Test(.requiresSharedData) func importMergesFormatsIntoOneGlossary() async throws {
        let folder = try SharedData.temporaryDirectory()
        let csv = folder.appendingPathComponent("merged.csv").path
        try await runBitext(["glossary", "import", SharedData.url("interop/tbx/okapi-tbx2-ibm.tbx").path,
                             SharedData.url("interop/tbx/ttk-csv2tbx-input.csv").path, "--into", csv, "--from", "en", "--to", "fr"])
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        // The TBX entries have a subject field (`Domain`), which the table keeps.
        #expect(text.hasPrefix("ID,en,fr,Status,Note,Source,Domain\r\n"))
        #expect(text.contains("bill acceptor,accepteur de billets"))
        #expect(text.contains("\"Open, then save\",\"Ouvrir, puis enregistrer\""))
    }

    @Test(.requiresSharedData) func badGlossaryFailsWithItsPlace() async throws {
        do {
            try await runBitext(["glossary", "list", SharedData.url("interop/tbx/ltac-v3-NEGATIVE-poorly_formed.tbx").path])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("ltac-v3-NEGATIVE-poorly_formed.tbx:42:"))
        }
    }
}
