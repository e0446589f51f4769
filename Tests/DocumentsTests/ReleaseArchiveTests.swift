import Foundation
import Testing
import TestSupport
@testable import Documents

/// Unpacking a zip archive of releases for `align --pairs releases.zip`.
@Suite struct ReleaseArchiveTests {
    @Test func unpacksOnlyTheFilesBelowTheFolder() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("releases.zip")
        try Fixtures.zip([
            ("PR1.en.txt", "Police arrest 40 suspects.\n"), ("fr/PR1.txt", "La police arrête 40 suspects.\n"),
            ("../escaped.txt", "outside"), ("__MACOSX/._PR1.en.txt", "resource fork"), (".DS_Store", "x"),
        ]).write(to: url)
        #expect(ReleaseArchive.isArchive(url))
        let target = folder.appendingPathComponent("out")
        let written = try ReleaseArchive.unpack(url, into: target, shown: "releases.zip")
        #expect(written == ["PR1.en.txt", "fr/PR1.txt"])
        #expect(try String(contentsOf: target.appendingPathComponent("fr/PR1.txt"), encoding: .utf8) == "La police arrête 40 suspects.\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escaped.txt").path))
    }

    @Test func damagedAndEncryptedArchivesAreErrors() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try Fixtures.zip([("PR1.en.txt", "Text.\n"), ("PR1.fr.txt", "Texte.\n")])
        let damaged = folder.appendingPathComponent("damaged.zip")
        try whole.prefix(whole.count / 2).write(to: damaged)
        let error = #expect(throws: DocumentError.self) { try ReleaseArchive.unpack(damaged, into: folder.appendingPathComponent("a"), shown: "damaged.zip") }
        #expect(error?.description == "damaged.zip: the zip archive is damaged (truncated or not fully copied) and cannot be opened")

        var encrypted = whole
        let bytes = [UInt8](whole)
        for offset in 0..<bytes.count - 4 where bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
            encrypted[offset + 8] |= 1
        }
        let locked = folder.appendingPathComponent("locked.zip")
        try encrypted.write(to: locked)
        let lockedError = #expect(throws: DocumentError.self) { try ReleaseArchive.unpack(locked, into: folder.appendingPathComponent("b"), shown: "locked.zip") }
        #expect(lockedError?.description == "locked.zip: the zip archive is password-protected: Bitext cannot read encrypted files")

        let text = folder.appendingPathComponent("list.tsv")
        try "a.txt\tb.txt\n".write(to: text, atomically: true, encoding: .utf8)
        #expect(!ReleaseArchive.isArchive(text))
    }
}
