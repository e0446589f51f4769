import Foundation
import TMX
import TestSupport
import Testing

@Suite struct TMXWriterTests {
    /// Read → write → read keeps every unit, variant, prop, note and inline element of every
    /// well-formed corpus file (dates compare as instants; `lang=` comes back as `xml:lang=`).
    @Test(.requiresSharedData, arguments: TMXReaderTests.wellFormedFiles)
    func roundTripLosesNothing(url: URL) throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try TMXDocument.read(contentsOf: url)
        let copy = folder.appendingPathComponent("copy.tmx")
        try original.write(to: copy)
        let reread = try TMXDocument.read(contentsOf: copy)
        #expect(reread.version == "1.4")
        #expect(reread.units.count == original.units.count)
        for (before, after) in zip(original.units, reread.units) where before != after {
            Issue.record("\(url.lastPathComponent): unit \(before.id ?? "?") changed:\n\(before)\n\(after)")
            break
        }
        #expect(reread.header.notes == original.header.notes)
        #expect(reread.header.properties == original.header.properties)
        #expect(reread.header.userDefinedEncodings == original.header.userDefinedEncodings)
        #expect(reread.header.sourceLanguage == original.header.sourceLanguage ?? .all)
        // Nothing but the final file is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["copy.tmx"])
    }

    @Test func writesDatesInBasicUTCFormAndNoWhitespaceInSegments() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var unit = TranslationUnit(id: "1", variants: [
            TMXVariant(language: "en", segment: TMXSegment(content: [
                .text("Press "), .element(TMXInlineElement(.bpt, attributes: [.init(name: "i", value: "1")], content: [.text("<b>")])),
                .text("release"), .element(TMXInlineElement(.ept, attributes: [.init(name: "i", value: "1")], content: [.text("</b>")])),
            ])),
            TMXVariant(language: "fr_FR", segment: "Communiqué\u{1} de presse\u{B}"),
        ])
        unit.changeDate = TMXDate.parse("Tue Jan 29 12:49:40 2013")
        let url = folder.appendingPathComponent("out.tmx")
        let document = TMXDocument(header: .bitext(sourceLanguage: "en"), units: [unit])
        #expect(try document.write(to: url) == 2)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(#"changedate="20130129T124940Z""#))
        #expect(text.contains(#"<seg>Press <bpt i="1">&lt;b&gt;</bpt>release<ept i="1">&lt;/b&gt;</ept></seg>"#))
        #expect(text.contains(#"<tuv xml:lang="fr_FR">"#))
        #expect(text.contains("<seg>Communiqué de presse</seg>"))
        let reread = try TMXDocument.read(contentsOf: url)
        #expect(reread.units.first?.variant(for: "fr-fr")?.plainText == "Communiqué de presse")
        #expect(reread.units.first?.variant(for: "en")?.plainText == "Press release")
    }

    @Test func discardedWriterLeavesTheTargetUntouched() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("memory.tmx")
        try Data("old".utf8).write(to: url)
        do {
            let writer = try TMXWriter(url: url, header: .bitext(sourceLanguage: "en"))
            try writer.write(TranslationUnit(variants: [TMXVariant(language: "en", segment: "x")]))
            writer.discard()
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["memory.tmx"])
    }
}
