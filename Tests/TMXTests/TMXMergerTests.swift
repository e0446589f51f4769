import Foundation
import TMX
import TestSupport
import Testing

@Suite struct TMXMergerTests {
    static func unit(_ en: String, _ fr: String, changed: String, props: [TMXProperty] = [], notes: [TMXNote] = [])
        -> TranslationUnit
    {
        var unit = TranslationUnit(
            variants: [TMXVariant(language: "en", segment: TMXSegment(en)), TMXVariant(language: "fr-FR", segment: TMXSegment(fr))],
            notes: notes, properties: props)
        unit.changeDate = TMXDate.parse(changed)
        return unit
    }

    @Test func identicalUnitsAreKeptOnceWithTheNewestDateAndAllPropsAndNotes() throws {
        var merger = TMXMerger()
        let old = Self.unit("Arrest warrant", "Mandat d'arrêt", changed: "20200101T000000Z",
                            props: [TMXProperty(type: "x-release", value: "PR-1")], notes: [TMXNote("old")])
        var new = Self.unit("Arrest warrant", "Mandat d'arrêt", changed: "20240101T000000Z",
                            props: [TMXProperty(type: "x-release", value: "PR-2")])
        new.variants.reverse()  // the order of variants does not matter
        new.variants[0].language = "FR_fr"  // nor the spelling of the language
        let added = [
            merger.add(old), merger.add(new),
            merger.add(Self.unit("Arrest warrant", "Mandat d'arrêt international", changed: "20240101T000000Z")),
        ]
        #expect(added == [true, false, true])
        #expect(merger.summary == TMXMerger.Summary(read: 3, kept: 2, merged: 1, empty: 0))
        let merged = merger.units[0]
        #expect(merged.changeDate == TMXDate.parse("20240101T000000Z"))
        #expect(merged.properties(ofType: "x-release") == ["PR-2", "PR-1"])
        #expect(merged.notes == [TMXNote("old")])
        #expect(merged.variants.count == 2)
    }

    @Test func multilingualUnitsStayWhole() {
        var merger = TMXMerger()
        var three = Self.unit("Red notice", "Notice rouge", changed: "20240101T000000Z")
        three.variants.append(TMXVariant(language: "es", segment: "Notificación roja"))
        merger.add(three)
        merger.add(Self.unit("Red notice", "Notice rouge", changed: "20240101T000000Z"))
        #expect(merger.units.count == 2)
        #expect(merger.units[0].variants.count == 3)
    }

    @Test func appendSkipsUnitsAlreadyInTheMemory() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("memory.tmx")
        let header = TMXHeader.bitext(sourceLanguage: "en")
        let first = try TMXMerger.append(
            [Self.unit("a", "b", changed: "20240101T000000Z"), Self.unit("c", "d", changed: "20240101T000000Z")],
            to: url, header: header)
        #expect(first == (added: 2, duplicates: 0))
        let second = try TMXMerger.append(
            [Self.unit("c", "d", changed: "20250101T000000Z"), Self.unit("e", "f", changed: "20250101T000000Z"),
             Self.unit("e", "f", changed: "20250101T000000Z")],
            to: url, header: header)
        #expect(second == (added: 1, duplicates: 2))
        let document = try TMXDocument.read(contentsOf: url)
        #expect(document.units.map { $0.variant(for: "en")?.plainText } == ["a", "c", "e"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["memory.tmx"])
    }

    /// Merging the LISA kit's 1C with itself and Olifant's file keeps every distinct unit once.
    @Test(.requiresSharedData) func mergesRealMemories() throws {
        var merger = TMXMerger()
        let lisa = SharedData.url("interop/tmx/lisa-ImportTest1C.tmx")
        try merger.add(contentsOf: lisa)
        try merger.add(contentsOf: lisa)
        try merger.add(contentsOf: SharedData.url("interop/tmx/olifant-attributes-props.tmx"))
        #expect(merger.summary.read == 15)
        #expect(merger.summary.merged == 3)
        // Olifant's five units with the same English source differ in French or props: the
        // identity is all texts, so those whose French differs stay apart.
        #expect(merger.units.count == 12)
    }

    /// The external merge on disk gives exactly what the merge in memory gives — same units in
    /// the same order, same summary — even with runs of two units, which forces rounds of run
    /// merges, and leaves nothing but the output in the folder.
    /// `-o newdir/m.tmx`: the folder is created for the runs and the output, and removed again when
    /// the merge fails.
    @Test func mergeIntoAMissingFolderCreatesItAndAFailedOneRemovesIt() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.tmx")
        try TMXDocument(header: .bitext(sourceLanguage: "en"), units: [Self.unit("Lyon", "Lyon", changed: "20250101T000000Z")])
            .write(to: input)
        let output = folder.appendingPathComponent("new/sub/merged.tmx")
        #expect(try TMXMerger.merge([input, input], into: output).kept == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["merged.tmx"])
        let failed = folder.appendingPathComponent("other/merged.tmx")
        #expect(throws: TMXError.self) { try TMXMerger.merge([folder.appendingPathComponent("missing.tmx")], into: failed) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["in.tmx", "new"])
    }

    @Test(.requiresSharedData) func mergeOnDiskEqualsMergeInMemory() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = TMXReaderTests.wellFormedFiles.filter { !$0.lastPathComponent.contains("190k") }
            + [SharedData.url("interop/tmx/lisa-ImportTest1C.tmx"), SharedData.url("interop/tmx/olifant-attributes-props.tmx")]
        var merger = TMXMerger()
        var header: TMXHeader?
        for input in inputs {
            let inputHeader = try merger.add(contentsOf: input)
            header = header ?? inputHeader
        }
        let inMemory = folder.appendingPathComponent("in-memory.tmx")
        try TMXDocument(header: try #require(header), units: merger.units).write(to: inMemory)
        let expected = try TMXDocument.read(contentsOf: inMemory)
        for buffered in [2, 10_000] {
            let output = folder.appendingPathComponent("merged.tmx")
            let summary = try TMXMerger.merge(inputs, into: output, bufferedUnits: buffered)
            #expect(summary == merger.summary)
            let merged = try TMXDocument.read(contentsOf: output)
            #expect(merged.units.count == expected.units.count)
            #expect(merged.units == expected.units, "runs of \(buffered)")
            #expect(merged.header == expected.header)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["in-memory.tmx", "merged.tmx"])
        }
        #expect(merger.summary.merged > 0)
    }

    @Test func mergeOnDiskMayWriteOverAnInput() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("memory.tmx")
        try TMXDocument(header: .bitext(sourceLanguage: "en"), units: [
            Self.unit("a", "b", changed: "20200101T000000Z"), Self.unit("a", "b", changed: "20210101T000000Z"),
        ]).write(to: url)
        let summary = try TMXMerger.merge([url, url], into: url)
        #expect(summary == TMXMerger.Summary(read: 4, kept: 1, merged: 3))
        #expect(try TMXDocument.read(contentsOf: url).units.first?.attributes.changeDate.map(TMXDate.format) == "20210101T000000Z")
    }
}
