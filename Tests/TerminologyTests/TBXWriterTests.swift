import Foundation
import Terminology
import Testing
import TestSupport

@Suite struct TBXWriterTests {
    private func sample() -> Glossary {
        var entry = GlossaryEntry("notice rouge", language: "fr", "Red Notice", language: "en", status: .approved, note: "écrit pour le test", source: "tests")
        entry.languages[1].terms.append(Term("red alert", status: .forbidden, note: "not used"))
        entry.properties.append(TermProperty(element: "descrip", type: "subjectField", value: "police"))
        let candidate = GlossaryEntry("Cellule de crise", language: "fr", "Incident Response Team", language: "en", status: .candidate)
        return Glossary(title: "Test & <title>", language: "fr", entries: [entry, candidate])
    }

    @Test func roundTripKeepsTermsStatusesNotesAndProperties() throws {
        let folder = try SharedData.temporaryDirectory()
        let url = folder.appendingPathComponent("glossary.tbx")
        try TBXWriter.write(sample(), to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"fr\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"))
        #expect(text.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
        let read = try TBXReader.read(contentsOf: url)
        #expect(read.title == "Test & <title>")
        #expect(read.entries.count == 2)
        let first = read.entries[0]
        #expect(first.terms(in: "en").map(\.text) == ["Red Notice", "red alert"])
        #expect(first.status(of: first.terms(in: "en")[0]) == .approved)
        #expect(first.terms(in: "en")[1].status == .forbidden)
        #expect(first.terms(in: "en")[1].note == "not used")
        #expect(first.note == "écrit pour le test")
        #expect(first.source == "tests")
        #expect(first.properties == [TermProperty(element: "descrip", type: "subjectField", value: "police")])
        #expect(read.entries[1].status(of: read.entries[1].terms(in: "fr")[0]) == .candidate)
        // Nothing but the destination is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["glossary.tbx"])
    }

    @Test(.requiresSharedData) func astronomyRoundTripKeepsEveryTermAndDataCategory() throws {
        let original = try TBXReader.read(contentsOf: SharedData.url("interop/tbx/ltac-v3-basic-astronomy-DCT.tbx"))
        let url = try SharedData.temporaryDirectory().appendingPathComponent("astronomy.tbx")
        try TBXWriter.write(original, to: url)
        let again = try TBXReader.read(contentsOf: url)
        #expect(again.entries.map(\.languages) == original.entries.map(\.languages))
        #expect(again.entries.map(\.properties) == original.entries.map(\.properties))
    }

    @Test(.requiresSharedData) func invalidIdsAreReplaced() throws {
        // Translate Toolkit writes the source text as termEntry id: not an XML ID.
        let original = try TBXReader.read(contentsOf: SharedData.url("interop/tbx/translate-toolkit-3.20-csv2tbx.tbx"))
        let url = try SharedData.temporaryDirectory().appendingPathComponent("ttk.tbx")
        try TBXWriter.write(original, to: url)
        let again = try TBXReader.read(contentsOf: url)
        #expect(again.entries.map(\.id) == ["file", "c2", "c3"])
        #expect(again.entries.map { $0.terms(in: "en").first?.text } == original.entries.map { $0.terms(in: "en").first?.text })
    }

    @Test func failedWriteLeavesTheDestinationAlone() throws {
        // A missing folder is created (as for every file Bitext writes): a file in its place cannot be.
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a folder".utf8).write(to: folder.appendingPathComponent("notes"))
        let missing = folder.appendingPathComponent("notes/glossary.tbx")
        let error = #expect(throws: GlossaryError.self) { try TBXWriter.write(sample(), to: missing) }
        #expect(error?.path == missing.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes"])
    }

    @Test func illegalCharactersAreRemoved() throws {
        let url = try SharedData.temporaryDirectory().appendingPathComponent("control.tbx")
        try TBXWriter.write(Glossary(entries: [GlossaryEntry("a\u{1}b", language: "fr", "ab", language: "en")]), to: url)
        #expect(try TBXReader.read(contentsOf: url).entries[0].terms(in: "fr")[0].text == "ab")
    }
}
