import Foundation
import Testing
import TestSupport
@testable import XMLKit

/// Where start tags are in XML text, which libxml2 does not say.
struct XMLStartTagScannerTests {
    private static func tags(in data: Data) -> [XMLStartTagScanner.Tag] {
        var cursor = XMLStartTagScanner.Cursor(data)
        var result: [XMLStartTagScanner.Tag] = []
        while let tag = cursor.next() { result.append(tag) }
        return result
    }

    private static func places(_ xml: String) -> [String] {
        tags(in: Data(xml.utf8)).map {
            "\(String(decoding: $0.name, as: UTF8.self))@\($0.line):\($0.column)-\($0.endLine)"
        }
    }

    @Test func findsEachStartTagSkippingCommentsCDATAAndInstructions() {
        let xml = """
            <a><rule/> <rules/><!-- <rule> --><rule x="1">
            é<![CDATA[<rule>]]><rule>
            <?pi <rule?>
              <rule></rule></a>
            """
        // Characters, not bytes: `é` is one column.
        #expect(Self.places(xml) == ["a@1:1-1", "rule@1:4-1", "rules@1:12-1", "rule@1:35-1", "rule@2:20-2", "rule@4:3-4"])
    }

    /// A `>` in an attribute value does not end the tag; a tag spanning lines starts at its `<`
    /// and ends where libxml2 places the element.
    @Test func attributeValuesAndTagsOverSeveralLines() {
        let xml = "<a b='x>y'\n   c=\"<\">\n<d e = \"1\"/></a>"
        #expect(Self.places(xml) == ["a@1:1-2", "d@3:1-3"])
    }

    /// The internal subset of a DOCTYPE is not content: an entity value may hold a tag, a
    /// comment there may hold a quote.
    @Test func skipsTheDoctypeAndItsInternalSubset() {
        let xml = """
            \u{FEFF}<?xml version="1.0"?>
            <!DOCTYPE srx [
              <!-- the author's rules -->
              <!ENTITY r "<rule>">
              <?pi <rule> ?>
            ]>
            <srx><rule/></srx>
            """
        #expect(Self.places(xml) == ["srx@7:1-7", "rule@7:6-7"])
    }

    /// A file is fed in chunks: the places do not depend on where the chunks end.
    @Test func chunkBoundariesDoNotMatter() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!-- ' -->]>\n<a>\n  é text\n\n<b x='>'\n/><!-- <c> --><![CDATA[<d>]]>ü<e/></a>\n"
        let whole = Self.tags(in: Data(xml.utf8)).map { "\($0.line):\($0.column)-\($0.endLine)" }
        for size in [1, 2, 3, 7] {
            var scanner = XMLStartTagScanner()
            var places: [String] = []
            let bytes = Array(xml.utf8)
            for start in stride(from: 0, to: bytes.count, by: size) {
                let chunk = Array(bytes[start..<min(start + size, bytes.count)])
                _ = chunk.withUnsafeBytes { scanner.feed($0) { _, tag in places.append("\(tag.line):\(tag.column)-\(tag.endLine)"); return true } }
            }
            #expect(places == whole, "chunks of \(size)")
        }
        #expect(whole == ["3:1-3", "6:1-7", "7:31-7"])
    }

    @Test func findsNumberedTagsInAFileWithTheirAttributes() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.xml")
        try Data("<a>\n  <b id=\"1\"\n     lang='fr'/><c/></a>".utf8).write(to: url)
        let tags = XMLStartTagScanner.tags(numbered: [2, 3], in: url, recordingAttributes: true)
        #expect(tags.keys.sorted() == [2, 3])
        #expect(tags[2].map { [$0.place(of: nil), $0.place(of: "lang"), $0.place(of: "none")].map { "\($0.line):\($0.column)" } }
            == ["2:3", "3:6", "2:3"])
        #expect(tags[3]?.column == 17)
        // UTF-16 is not scanned (columns would count bytes).
        try "<a><b/></a>".data(using: .utf16)!.write(to: url)
        #expect(XMLStartTagScanner.tags(numbered: [2], in: url).isEmpty)
    }
}
