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
}
