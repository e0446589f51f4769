import Foundation
import Testing
@testable import Documents

/// The plain-text reader: encodings and the block structure of releases.
@Suite struct PlainTextReaderTests {
    /// A release as a press office sends it by e-mail, written for these tests.
    static let release = """
        All news
        |
        Print
        3 June 2025 - Media release

        Police academies of 30 countries launch joint training on online child abuse

        LYON, France – Investigators from 30 countries met today to launch a training programme on online child sexual abuse. Dr. Jane Okafor, who leads the programme, said it would reach 1,200 officers by 2027.
        Participants in the training room (Photo: Police Cooperation Agency)

        The programme covers:
        - digital forensics;
        - victim identification;
        • cooperation with internet providers.

        “We start today. We will not stop,” said Ms. Okafor.

        Back to top
        """

    @Test func linesOfAReleaseAreBlocksWithTheirKinds() throws {
        let document = try DocumentReader.read(data: Data(Self.release.utf8), path: "release.txt")
        #expect(document.encoding == .utf8)
        #expect(document.warnings.isEmpty)
        let summary = document.blocks.map { "\($0.kind.rawValue)\($0.isBoilerplate ? "*" : ""): \($0.text.prefix(30))" }
        #expect(summary == [
            "boilerplate*: All news",
            "boilerplate*: |",
            "boilerplate*: Print",
            "date*: 3 June 2025 - Media release",
            "title: Police academies of 30 countri",
            "paragraph: LYON, France – Investigators f",
            "caption: Participants in the training r",
            "paragraph: The programme covers:",
            "listItem: - digital forensics;",
            "listItem: - victim identification;",
            "listItem: • cooperation with internet pr",
            "quote: “We start today. We will not s",
            "boilerplate*: Back to top",
        ])
        #expect(document.blocks.map(\.index) == Array(0..<13))
        #expect(document.blocks.map(\.line) == [1, 2, 3, 4, 6, 8, 9, 11, 12, 13, 14, 16, 18])
        #expect(document.contentBlocks.count == 8)
    }

    @Test func aTextCutOffMidSentenceEndsInAParagraph() throws {
        let document = try DocumentReader.read(data: Data("Title of the release\n\nFirst paragraph.\n\nThe Minister said that the n".utf8), format: .plainText)
        #expect(document.blocks.map(\.kind) == [.title, .paragraph, .paragraph])
    }

    @Test func rangesAreExactSlicesOfTheSourceText() throws {
        let text = "  Title  \r\n\r\nFirst line of a\r\nwrapped sentence.\r\n\u{00A0}\r\nLast."
        let document = try DocumentReader.read(data: Data(text.utf8), format: .plainText)
        let source = try #require(document.sourceText)
        #expect(!source.contains("\r"))
        let units = Array(source.utf16)
        #expect(document.blocks.map(\.text) == ["Title", "First line of a\nwrapped sentence.", "Last."])
        for block in document.blocks {
            #expect(String(decoding: units[try #require(block.sourceRange)], as: UTF16.self) == block.text)
        }
    }

    static let french = "Le ministre a déclaré : « Ça suffit ! » – 1 000 € saisis.\n"

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        for prefix in [[], [0xEF, 0xBB, 0xBF] as [UInt8]] {
            let document = try DocumentReader.read(data: Data(prefix) + Data(Self.french.utf8), format: .plainText)
            #expect(document.encoding == .utf8)
            #expect(document.blocks.first?.text == Self.french.trimmingCharacters(in: .newlines))
            #expect(document.sourceText?.first == "L")
        }
    }

    @Test func utf16WithByteOrderMarks() throws {
        var littleEndian = Data([0xFF, 0xFE]), bigEndian = Data([0xFE, 0xFF])
        for unit in Self.french.utf16 {
            littleEndian.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
            bigEndian.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)])
        }
        let little = try DocumentReader.read(data: littleEndian, format: .plainText)
        let big = try DocumentReader.read(data: bigEndian, format: .plainText)
        #expect(little.encoding == .utf16LittleEndian)
        #expect(big.encoding == .utf16BigEndian)
        #expect(little.blocks.map(\.text) == [Self.french.trimmingCharacters(in: .newlines)])
        #expect(big.blocks.map(\.text) == little.blocks.map(\.text))
        // Without a byte-order mark, UTF-16 is recognised by its zero bytes.
        let unmarked = try DocumentReader.read(data: littleEndian.dropFirst(2), format: .plainText)
        #expect(unmarked.encoding == .utf16LittleEndian)
        #expect(unmarked.blocks.map(\.text) == little.blocks.map(\.text))
        // An odd byte count loses the last byte, with a warning.
        let odd = try DocumentReader.read(data: littleEndian + Data([0x41]), format: .plainText)
        #expect(odd.warnings == ["the UTF-16 text has an odd number of bytes; the last byte was ignored"])
    }

    @Test func windows1252AndLatin1() throws {
        // “Opération” – l’équipe (Windows-1252: curly quotes, en dash, apostrophe in 0x80–0x9F).
        let windows = Data([0x93, 0x4F, 0x70, 0xE9, 0x72, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x94, 0x20, 0x96, 0x20,
                            0x6C, 0x92, 0xE9, 0x71, 0x75, 0x69, 0x70, 0x65])
        let document = try DocumentReader.read(data: windows, format: .plainText)
        #expect(document.encoding == .windows1252)
        #expect(document.blocks.map(\.text) == ["“Opération” – l’équipe"])
        #expect(document.warnings == ["the text is not UTF-8 and declares no encoding; it was read as windows-1252"])
        let latin1 = try DocumentReader.read(data: Data([0x45, 0x6C, 0x20, 0x61, 0xF1, 0x6F, 0x20, 0x70, 0x61, 0x73, 0xF3]), format: .plainText)
        #expect(latin1.encoding == .latin1)
        #expect(latin1.blocks.map(\.text) == ["El año pasó"])
    }

    @Test func crawlerDatePrefixAndLanguageLinkAreSplitOff() throws {
        let text = """
            Statement by the Minister on the International Day of Police Cooperation Français
            date 2025-09 OTTAWA, ON, September 3, 2025 – The Minister issued the following statement.
            """
        let document = try DocumentReader.read(data: Data(text.utf8), format: .plainText)
        #expect(document.blocks.map(\.text) == [
            "Statement by the Minister on the International Day of Police Cooperation", "Français", "date 2025-09",
            "OTTAWA, ON, September 3, 2025 – The Minister issued the following statement.",
        ])
        #expect(document.blocks.map(\.isBoilerplate) == [false, true, true, false])
    }

    @Test func aLargeFileIsReadQuickly() throws {
        // 2 MB of release text: a guard against quadratic behaviour, not a benchmark.
        let paragraph = String(repeating: "Officers from 30 countries met in Lyon on 3 June. ", count: 20)
        let text = Array(repeating: "Heading\n\n" + paragraph + "\n\n", count: 2000).joined()
        let document = try DocumentReader.read(data: Data(text.utf8), format: .plainText)
        #expect(document.blocks.count == 4000)
    }
}
