import Foundation
import Testing
import TestSupport
@testable import Documents

/// The plain-text reader on the real scraped releases of `../shared/corpus/releases`, checked
/// against their gold segmentation.
@Suite struct ReleaseCorpusTests {
    /// Every `en.txt` / `fr.txt` of the corpus with its gold `.sent` file.
    static let pairs: [(text: URL, gold: URL)] = SharedData.isAvailable
        ? SharedData.files(in: "corpus/releases").flatMap { folder in
            ["en", "fr"].map { (folder.appendingPathComponent("\($0).txt"), folder.appendingPathComponent("\($0).sent")) }
        }.filter { FileManager.default.fileExists(atPath: $0.0.path) }
        : []

    static func nonWhitespace(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
    }

    @Test(.requiresSharedData) func theCorpusIsThere() {
        #expect(Self.pairs.count >= 20)
    }

    @Test(.requiresSharedData, arguments: pairs.map(\.text))
    func blocksNeverCutAGoldSegment(_ textURL: URL) throws {
        let goldURL = textURL.deletingPathExtension().appendingPathExtension("sent")
        let document = try DocumentReader.read(contentsOf: textURL)
        let gold = try String(contentsOf: goldURL, encoding: .utf8).split(separator: "\n").filter { !$0.isEmpty }
        #expect(document.encoding == .utf8)
        #expect(document.warnings.isEmpty)

        // Nothing lost, nothing added: the blocks hold the source's non-white-space characters in order.
        let source = try String(contentsOf: textURL, encoding: .utf8)
        let squeeze = { (text: String) in String(text.unicodeScalars.filter { !$0.properties.isWhitespace }) }
        #expect(squeeze(document.blocks.map(\.text).joined()) == squeeze(source))

        // Block boundaries, as offsets in the non-white-space text, are all gold boundaries.
        var goldBoundaries: Set<Int> = [0]
        var offset = 0
        for segment in gold {
            offset += Self.nonWhitespace(segment)
            goldBoundaries.insert(offset)
        }
        offset = 0
        for block in document.blocks {
            #expect(goldBoundaries.contains(offset), "block \(block.index) «\(block.text.prefix(60))» starts inside a gold segment")
            offset += Self.nonWhitespace(block.text)
        }

        // A source line that is exactly one gold segment (menu line, date line, title, caption,
        // bullet) is exactly one block.
        let blockTexts = Set(document.blocks.map(\.text))
        let goldSet = Set(gold.map(String.init))
        for line in source.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if goldSet.contains(trimmed) {
                #expect(blockTexts.contains(trimmed), "the line «\(trimmed.prefix(60))» is not a block of its own")
            }
        }

        // Each block is the exact source slice its range names.
        let units = Array(try #require(document.sourceText).utf16)
        for block in document.blocks {
            let range = try #require(block.sourceRange)
            #expect(String(decoding: units[range], as: UTF16.self) == block.text)
        }
    }

    /// Exactly these blocks of the real pages are marked as boilerplate (menu and share lines,
    /// language links, crawler and page dates, archive notices, document symbols, separators, the
    /// second copy of a headline), in this order; each is one gold segment, and only an archive
    /// notice or a headline is longer than a line.
    @Test(.requiresSharedData) func boilerplateOfTheRealPages() throws {
        var marked: [String: String] = [:]
        for (textURL, goldURL) in Self.pairs {
            let name = textURL.deletingLastPathComponent().lastPathComponent + "/" + textURL.deletingPathExtension().lastPathComponent
            let gold = Set(try String(contentsOf: goldURL, encoding: .utf8).split(separator: "\n").map(String.init))
            let boilerplate = try DocumentReader.read(contentsOf: textURL).blocks.filter(\.isBoilerplate)
            for block in boilerplate {
                #expect(gold.contains(block.text) || block.kind == .paragraph, "\(name): \(block.text.prefix(20))")
                #expect(block.text.count <= 60 || BlockClassifier.isNotice(block.text) || block.kind == .heading)
            }
            if !boilerplate.isEmpty {
                marked[name] = boilerplate.map { $0.kind == .paragraph ? "notice" : $0.kind.rawValue }.joined(separator: " ")
            }
        }
        #expect(marked == [
            "admin-fedpol-2016-10-25/en": "boilerplate boilerplate",
            "admin-fedpol-2016-10-25/fr": "boilerplate",
            "canada-ps-2011-08-30-toews/en": "boilerplate notice",
            "canada-ps-2011-08-30-toews/fr": "boilerplate notice",
            "canada-ps-2022-07-30-wdatip/en": "boilerplate",
            "canada-ps-2022-07-30-wdatip/fr": "boilerplate",
            "euneighbours-2018-10-10-interpol-trigger-iv/en": "date boilerplate boilerplate boilerplate",
            "euneighbours-2018-10-10-interpol-trigger-iv/fr": "date boilerplate boilerplate boilerplate boilerplate",
            "interpol-2008-general-assembly-st-petersburg/en": "date",
            "interpol-2008-general-assembly-st-petersburg/fr": "date",
            "interpol-2009-PR028/en": "boilerplate date",
            "interpol-2009-PR028/fr": "boilerplate boilerplate boilerplate date",
            "interpol-2009-air-france-dvi/en": "date",
            "interpol-2009-air-france-dvi/fr": "date",
            "interpol-2010-haiti-earthquake/en": "date",
            "interpol-2010-haiti-earthquake/fr": "date",
            "interpol-2011-PR091/en": "boilerplate date",
            "interpol-2011-PR091/fr": "date",
            "interpol-2013-PR144/en": "boilerplate date",
            // The French page prints its headline twice.
            "interpol-2013-PR144/fr": "boilerplate boilerplate boilerplate date heading",
            "interpol-2014-mh17-irt/en": "date boilerplate",
            "un-sg-2014-07-30-wdatip/en": "boilerplate boilerplate",
            "un-sg-2014-07-30-wdatip/fr": "boilerplate date boilerplate boilerplate heading",
        ])
    }
}
