import Foundation
import TMX
import TestSupport
import Testing

@Suite struct TMXReaderSafetyTests {
    static func memory(segment: String, doctype: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>\(doctype)
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
        <body><tu><tuv xml:lang="en"><seg>first</seg></tuv></tu><tu><tuv xml:lang="en"><seg>\(segment)</seg></tuv></tu></body></tmx>
        """
    }

    @Test func entityLoopsAndExpansionAreRejected() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("bomb.tmx")
        try Self.memory(segment: "&b;", doctype: #"<!DOCTYPE tmx [<!ENTITY a "&b;"><!ENTITY b "&a;">]>"#)
            .write(to: url, atomically: true, encoding: .utf8)
        #expect {
            _ = try TMXDocument.read(contentsOf: url)
        } throws: { error in
            let error = error as! TMXError
            return error.line == 1 && error.message.contains("entity reference loop")
                && error.description.hasPrefix(url.path + ":1:")
        }
    }

    @Test func aSegmentOver10MBIsReadWithTheHugeOptionOnlyThen() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("huge.tmx")
        try Self.memory(segment: String(repeating: "é", count: 5_500_000)).write(to: url, atomically: true, encoding: .utf8)
        let reader = try TMXReader(contentsOf: url)
        #expect(try reader.next()?.variants.first?.plainText == "first")
        #expect(!reader.neededHugeOption)
        let second = try #require(try reader.next())
        #expect(second.variants.first?.plainText.count == 5_500_000)
        #expect(reader.neededHugeOption)
        #expect(try reader.next() == nil)
        #expect(reader.unitCount == 2)
    }
}
