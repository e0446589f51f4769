import Foundation
import TMX
import TestSupport
import Testing

@Suite struct TMXDTDConformanceTests {
    /// Every corpus file, rewritten with only what the DTD declares, is valid against it (the
    /// one file with broken bpt/ept pairs keeps only those problems), and nothing else changes.
    @Test(.requiresSharedData) func everyConformingCorpusFileIsValid() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var moved = 0, dropped = 0
        for url in TMXReaderTests.wellFormedFiles {
            let document = try TMXDocument.read(contentsOf: url)
            var conformance = TMXDTDConformance()
            let header = conformance.conforming(document.header)
            let units = document.units.map { conformance.conforming($0) }
            let copy = folder.appendingPathComponent(url.lastPathComponent)
            try TMXDocument(header: header, units: units).write(to: copy)
            let problems = try TMXValidator.validate(contentsOf: copy)
            #expect(problems.allSatisfy { $0.message.contains("<tu") && url.lastPathComponent.contains("invalid-inline") },
                    "\(url.lastPathComponent): \(problems.first?.description ?? "")")
            #expect(units.map(\.variants.count) == document.units.map(\.variants.count))
            #expect(units.map { $0.variants.map(\.plainText) } == document.units.map { $0.variants.map(\.plainText) })
            moved += conformance.moved
            dropped += conformance.dropped
        }
        #expect(moved == 0)  // the corpus has foreign attributes on inline codes only (Heartsome's ph id=)
        #expect(dropped > 0)
    }

    @Test func foreignAttributesMoveIntoPropertiesOrAreDropped() {
        var unit = TranslationUnit(variants: [
            TMXVariant(language: "en", segment: TMXSegment(content: [
                .text("Press "),
                .element(TMXInlineElement(.ph, attributes: [TMXAttribute(name: "id", value: "7"), TMXAttribute(name: "x", value: "1")],
                                          content: [.text("{1}")])),
            ]), attributes: TMXAttributes(other: [TMXAttribute(name: "state", value: "final")])),
        ])
        unit.attributes.other = [TMXAttribute(name: "x-origin", value: "mt"), TMXAttribute(name: "creationdate", value: "yesterday")]
        var conformance = TMXDTDConformance()
        let result = conformance.conforming(unit)
        #expect(result.attributes.other == [TMXAttribute(name: "creationdate", value: "yesterday")])  // declared: kept as is
        #expect(result.properties == [TMXProperty(type: "x-attr-x-origin", value: "mt")])
        #expect(result.variants[0].properties == [TMXProperty(type: "x-attr-state", value: "final")])
        #expect(result.variants[0].segment.inlineElements.first?.attributes == [TMXAttribute(name: "x", value: "1")])
        #expect(conformance.moved == 2)
        #expect(conformance.dropped == 1)
    }
}
