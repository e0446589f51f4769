import Foundation
@testable import TMX
import TestSupport
import Testing

@Suite struct TMXTableTests {
    @Test(arguments: TMXTable.Format.allCases)
    func tableRoundTripKeepsTextsWithTabsQuotesAndLineBreaks(format: TMXTable.Format) throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = [("Interpol, \"Lyon\"", "Interpol, « Lyon »"), ("a\tb\\c", "line 1\nline 2"), ("only English", "")]
        let memory = TMXDocument(header: .bitext(sourceLanguage: "en"), units: texts.map { en, fr in
            TranslationUnit(variants: [TMXVariant(language: "en", segment: TMXSegment(en))]
                + (fr.isEmpty ? [] : [TMXVariant(language: "fr", segment: TMXSegment(fr))]))
        })
        let tmx = folder.appendingPathComponent("in.tmx")
        try memory.write(to: tmx)
        let table = folder.appendingPathComponent("table." + format.rawValue)
        let out = try TMXTable.write(memory: tmx, to: table, format: format)
        #expect(out.rows == 3)
        #expect(out.languages == ["en", "fr"])
        let back = folder.appendingPathComponent("back.tmx")
        let summary = try TMXTable.convert(table: table, format: format, to: back)
        #expect(summary.rows == 3)
        let reread = try TMXDocument.read(contentsOf: back)
        #expect(reread.header.sourceLanguage == "en")
        for (unit, (en, fr)) in zip(reread.units, texts) {
            #expect(unit.variant(for: "en")?.plainText == en)
            #expect(unit.variant(for: "fr")?.plainText == (fr.isEmpty ? nil : fr))
        }
    }

    @Test func aRowWithTheWrongNumberOfColumnsIsAnError() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = folder.appendingPathComponent("t.tsv")
        try "en\tfr\nyes\toui\nno\n".write(to: table, atomically: true, encoding: .utf8)
        #expect(throws: TMXError(path: table.path, line: 3, message: "1 columns where the header row has 2")) {
            try TMXTable.convert(table: table, format: .tsv, to: folder.appendingPathComponent("t.tmx"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("t.tmx").path))
    }

    /// A table without its header row of language codes took its first row of text for languages
    /// (`hello`, `bonjour`) and wrote a memory without it, with status 0.
    @Test func aFirstRowThatIsNotLanguageCodesIsAnError() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = folder.appendingPathComponent("t.tsv")
        try "hello\tbonjour\nyes\toui\n".write(to: table, atomically: true, encoding: .utf8)
        #expect(throws: TMXError(path: table.path, line: 1,
                                 message: "the first row must hold the language codes, one per column (en, fr-FR…): \"hello\" is not one")) {
            try TMXTable.convert(table: table, format: .tsv, to: folder.appendingPathComponent("t.tmx"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("t.tmx").path))
        for code in ["en", "fr-FR", "fr_fr", "zh-Hans-CN", "es-419", "x-klingon", "ENU"] {
            #expect(LanguageTag(code).isWellFormed, "\(code)")
        }
        for field in ["a", "hello", "en US", "fr-", "Français", "*all*"] {
            #expect(!LanguageTag(field).isWellFormed, "\(field)")
        }
    }

    /// A memory without units gave a table with an empty header row, which nothing could read back.
    @Test(arguments: TMXTable.Format.allCases)
    func aMemoryWithoutUnitsGivesATableHeadedByItsSourceLanguage(format: TMXTable.Format) throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmx = folder.appendingPathComponent("empty.tmx")
        try TMXDocument(header: .bitext(sourceLanguage: "fr-CA"), units: []).write(to: tmx)
        let table = folder.appendingPathComponent("empty." + format.rawValue)
        #expect(try TMXTable.write(memory: tmx, to: table, format: format) == TMXTable.Summary(rows: 0, languages: ["fr-CA"]))
        #expect(try String(contentsOf: table, encoding: .utf8) == (format == .tsv ? "fr-CA\n" : "fr-CA\r\n"))
        let back = folder.appendingPathComponent("back.tmx")
        #expect(try TMXTable.convert(table: table, format: format, to: back) == TMXTable.Summary(rows: 0, languages: ["fr-CA"]))
        let reread = try TMXDocument.read(contentsOf: back)
        #expect(reread.units.isEmpty)
        #expect(reread.header.sourceLanguage?.description == "fr-CA")
    }

    @Test func aMemoryWithoutUnitsOrSourceLanguageIsAnError() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmx = folder.appendingPathComponent("empty.tmx")
        try TMXDocument(header: .bitext(sourceLanguage: nil), units: []).write(to: tmx)
        let table = folder.appendingPathComponent("out/empty.tsv")
        #expect(throws: TMXError(
            path: tmx.path,
            message: "no language to write as the table's header row: the memory has no <tuv> and its header's srclang is \"*all*\"; nothing written")) {
            try TMXTable.write(memory: tmx, to: table, format: .tsv)
        }
        #expect(!FileManager.default.fileExists(atPath: table.deletingLastPathComponent().path))
    }

    @Test(.requiresSharedData) func inlineCodesAreFlattenedAndCounted() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try TMXTable.write(
            memory: SharedData.url("interop/tmx/lisa-ImportTest2A.tmx"), to: folder.appendingPathComponent("t.csv"),
            format: .csv)
        #expect(summary.rows == 7)
        #expect(summary.unitsWithMarkupFlattened > 0)
    }
}
