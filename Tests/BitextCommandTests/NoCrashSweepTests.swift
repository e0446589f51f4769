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
}
