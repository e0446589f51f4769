import Foundation
import TestSupport
import Testing

@testable import BitextCommand

@Suite struct ReleaseFolderTests {
    /// A release folder written for this test: two sentences a side, gold beads as the corpus has them.
    static func folder(gold: String) throws -> URL {
        let folder = try SharedData.temporaryDirectory()
        try "Police met in Lyon.\nThey agreed.\n".write(to: folder.appendingPathComponent("en.sent"), atomically: true, encoding: .utf8)
        try "La police s'est réunie à Lyon.\nElle est d'accord.\n".write(to: folder.appendingPathComponent("fr.sent"), atomically: true, encoding: .utf8)
        try gold.write(to: folder.appendingPathComponent("gold.align"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func goldBeadsBecomeFrenchToEnglishUnits() throws {
        let folder = try Self.folder(gold: "[0]:[0]\n[1]:[]\n[]:[1]\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = try ReleaseFolder(url: folder).units()
        #expect(units.map(\.source) == ["La police s'est réunie à Lyon."])
        #expect(units.map(\.target) == ["Police met in Lyon."])
    }

    /// A bead pointing past the end of a side was skipped without a word; it is an error at its line.
    @Test func aBeadBeyondTheSentencesIsAnErrorAtItsLine() throws {
        let folder = try Self.folder(gold: "[0]:[0]\n[1]:[2]\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            _ = try ReleaseFolder(url: folder).units()
        } throws: { error in
            "\(error)" == folder.appendingPathComponent("gold.align").path + ":2: sentence 2 is beyond the 2 lines of fr.sent (indices start at 0)"
        }
    }

    /// A missing folder said `…/missing/en.sent: cannot read the file`.
    @Test func aMissingFolderOrFileIsSaidSo() throws {
        let folder = try Self.folder(gold: "[0]:[0]\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing")
        #expect { _ = try ReleaseFolder(url: missing).units() } throws: { "\($0)".hasPrefix(missing.path + ": no such folder") }
        #expect { _ = try ReleaseFolder(url: folder).goldTerms() } throws: {
            "\($0)" == folder.appendingPathComponent("terms.tsv").path + ": no such file: a release folder holds terms.tsv"
        }
    }
}
