import ArgumentParser
import Foundation
import Testing
import TestSupport
@testable import BitextCommand

/// Inputs on which `scripts/fuzz-cli` found a command failing without saying why or where.
@Suite struct NoCrashSweepTests {
    /// `--tm FOLDER` with no TMX inside: `lookup` and `index` exited with status 1 and no message.
    @Test func aMemoryFolderWithoutTMXIsNamedInTheError() throws {
        let folder = try SharedData.temporaryDirectory().appendingPathComponent("empty.tmx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for command in [["lookup", "police", "--tm", folder.path], ["index", "--tm", folder.path, "--status"]] {
            do {
                var parsed = try Bitext.parseAsRoot(command)
                try parsed.run()
                Issue.record("expected an error for \(command)")
            } catch {
                #expect(Bitext.message(for: error) == "\(folder.path): no .tmx file in this folder", "\(command)")
            }
        }
    }

    /// `terms suggest --glossary G` where G has no term in the source language: the error named no file.
    @Test func aGlossaryWithoutSourceTermsIsNamedInTheError() throws {
        let folder = try SharedData.temporaryDirectory()
        let glossary = folder.appendingPathComponent("de-en.tsv")
        try "# de\ten\tcomment\tstatus\nPolizei\tpolice\t\tapproved\n".write(to: glossary, atomically: true, encoding: .utf8)
        let release = folder.appendingPathComponent("release.fr.txt")
        try "La police a arrêté trois suspects.\n".write(to: release, atomically: true, encoding: .utf8)
        #expect(throws: ValidationError.self) {
            try TermsCommand.Suggest.parse([release.path, "--from", "fr", "--to", "en", "--glossary", glossary.path]).report()
        }
        do { _ = try TermsCommand.Suggest.parse([release.path, "--from", "fr", "--to", "en", "--glossary", glossary.path]).report() } catch {
            #expect("\(error)".hasPrefix("\(glossary.path): no fr term in the glossaries"))
        }
    }
}
