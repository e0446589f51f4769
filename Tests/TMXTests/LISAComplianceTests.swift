import Foundation
import TMX
import TestSupport
import Testing

/// The LISA TMX Compliance Kit's import tests: translating each line of the kit's source document
/// through the memory must give the kit's expected translated document, line by line.
@Suite struct LISAComplianceTests {
    static let cases: [(test: String, target: String)] = ["A", "B", "C", "D", "E", "F", "G", "H", "I"].compactMap { letter in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: SharedData.url("interop/tmx/lisa-expected").path)) ?? []
        guard let target = names.first(where: { $0.hasPrefix("ImportTest1\(letter)_") && $0.hasSuffix(".txt") }) else {
            return nil
        }
        return ("ImportTest1\(letter)", String(target.dropFirst("ImportTest1\(letter)_".count).dropLast(4)))
    }

    static func lines(_ url: URL) throws -> [String] {
        let data = try Data(contentsOf: url)
        var text: String
        if data.starts(with: [0xFF, 0xFE]) {
            text = String(decoding: data.dropFirst(2).withUnsafeBytes { Array($0.bindMemory(to: UInt16.self)) }, as: UTF16.self)
        } else if data.starts(with: [0xFE, 0xFF]) {
            text = String(decoding: data.dropFirst(2).withUnsafeBytes { Array($0.bindMemory(to: UInt16.self)).map(\.byteSwapped) }, as: UTF16.self)
        } else {
            text = String(decoding: data, as: UTF8.self)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        }
        return text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init)
    }

    @Test(.requiresSharedData) func kitHasItsImportCases() {
        #expect(Self.cases.count == 9)
    }

    @Test(.requiresSharedData, arguments: cases.map(\.test))
    func importTranslatesTheSourceDocument(test: String) throws {
        let target = try #require(Self.cases.first { $0.test == test }).target
        let expected = SharedData.url("interop/tmx/lisa-expected")
        let source = try Self.lines(expected.appendingPathComponent(test + ".txt"))
        let translated = try Self.lines(expected.appendingPathComponent(test + "_" + target + ".txt"))
        #expect(source.count == translated.count)
        let memory = try TMXDocument.read(contentsOf: SharedData.url("interop/tmx/lisa-\(test).tmx"))
        let sourceLanguage = try #require(memory.header.sourceLanguage)
        for (line, expectedTranslation) in zip(source, translated) {
            let unit = memory.units.first { $0.variant(for: sourceLanguage)?.plainText == line }
            #expect(unit?.variant(for: LanguageTag(target))?.plainText == expectedTranslation, "\(test): \(line)")
        }
    }
}

extension LISAComplianceTests {
    /// Level 2: the segments of ImportTest2A (UTF-16 and UTF-8 copies), with their native codes
    /// put back, are found in the kit's expected HTML documents (source and translation).
    @Test(.requiresSharedData, arguments: ["lisa-ImportTest2A.tmx", "lisa-ImportTest2A-0index.tmx"])
    func level2ImportRebuildsTheExpectedHTML(file: String) throws {
        let expected = SharedData.url("interop/tmx/lisa-expected")
        func html(_ name: String) throws -> String {
            let data = try Data(contentsOf: expected.appendingPathComponent(name))
            return String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
        }
        let documents: [LanguageTag: String] = ["en-us": try html("ImportTest2A.htm"), "fr-ca": try html("ImportTest2A_fr-ca.htm")]
        let memory = try TMXDocument.read(contentsOf: SharedData.url("interop/tmx/" + file))
        var checked = 0
        for unit in memory.units {
            for variant in unit.variants {
                let document = try #require(documents[variant.language])
                let native = variant.segment.nativeText(escapingText: TMXSegment.htmlEscaped)
                #expect(document.contains(native), "\(file) \(variant.language): \(native)")
                checked += 1
            }
        }
        #expect(checked == 14)
    }
}
