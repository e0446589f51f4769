import Foundation
import Memory
import TMX

/// The benchmark's memory: a TMX 1.4b file written by ``TMXWriter`` (atomically) and read back by the
/// index through ``TMXUnitSource``, like any memory under `tmx/`.
enum MemoryFile {
    static func write(to url: URL, _ body: (_ emit: (MemoryUnit) throws -> Void) throws -> Void) throws {
        let writer = try TMXWriter(url: url, header: .bitext(sourceLanguage: LanguageTag("en-GB")))
        try body { unit in
            var attributes = TMXAttributes()
            attributes.changeDate = unit.date.flatMap(TMXDate.parse)
            try writer.write(TranslationUnit(
                id: unit.id,
                variants: unit.variants.map { TMXVariant(language: LanguageTag($0.language), segment: TMXSegment($0.text)) },
                attributes: attributes,
                properties: unit.document.map { [TMXProperty(type: "x-document", value: $0)] } ?? []))
        }
        try writer.finish()
    }

    static let reader: MemoryUnitReader = TMXUnitSource.reader
}
