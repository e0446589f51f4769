import Foundation
import TestSupport
import Testing
import XMLKit

@Suite struct XMLStreamReaderScanningTests {
    @Test func internedNamesAttributeBytesAndPrefixes() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try XMLStreamReaderTests.file(
            #"<tu><tuv xml:lang="fr-FR" lang="fr" n="é&amp;"><seg>texte</seg></tuv></tu>"#, in: folder)
        let reader = try XMLStreamReader(contentsOf: url)
        let tuv = reader.intern("tuv"), lang = reader.intern("lang"), seg = reader.intern("seg")
        var seen: [String] = []
        while try reader.read() {
            switch reader.nodeType {
            case .element where reader.internedName == tuv:
                try reader.forEachAttributeBytes { name, value in
                    let text = String(decoding: value, as: UTF8.self)
                    if name == lang { seen.append((reader.hasPrefix("xml") ? "xml:lang=" : reader.hasPrefix(nil) ? "lang=" : "?=") + text) }
                    else { seen.append("other=" + text) }
                }
            case .element where reader.internedName == seg:
                seen.append("seg")
            case .text:
                seen.append(try reader.withValueBytes { String(decoding: $0, as: UTF8.self) })
            default: break
            }
        }
        #expect(seen == ["xml:lang=fr-FR", "lang=fr", "other=é&", "seg", "texte"])
    }
}

@Suite struct XMLDTDValidatorTests {
    static let dtd = """
        <!ELEMENT memo (to, body)>
        <!ATTLIST memo version CDATA #FIXED "2" id CDATA #REQUIRED>
        <!ELEMENT to (#PCDATA)>
        <!ELEMENT body (#PCDATA | b)*>
        <!ELEMENT b (#PCDATA)>
        """

    /// Errors come with their line and the column of the element or attribute, and the file's
    /// own DOCTYPE (here an unreachable URL) is never loaded.
    @Test func validatesAStreamWithLinesAndColumns() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try XMLStreamReaderTests.file("""
            <?xml version="1.0"?>
            <!DOCTYPE memo SYSTEM "http://example.invalid/memo.dtd">
            <memo version="3">
              <body>Hi <b colour="red">there</b></body>
              <to>all</to>
            </memo>
            """, in: folder)
        let errors = try XMLDTDValidator.validate(contentsOf: url, dtd: Self.dtd)
        let described = errors.map { "\($0.line):\($0.column): \($0.message)" }
        #expect(described.contains("3:1: Element memo does not carry attribute id"))
        #expect(described.contains { $0.hasPrefix("3:7: Value for attribute version of memo is different from default") })
        #expect(described.contains("4:15: No declaration for attribute colour of element b"))
        #expect(described.contains { $0.hasPrefix("3:") && $0.contains("Element memo content does not follow the DTD") })
        let valid = try XMLStreamReaderTests.file(#"<memo id="1"><to>a</to><body>b <b>c</b></body></memo>"#, in: folder, name: "valid.xml")
        #expect(try XMLDTDValidator.validate(contentsOf: valid, dtd: Self.dtd).isEmpty)
    }

    /// A file on one line, a tag spread over lines, a lookalike in a comment: each error is at
    /// its own element's `<` or attribute (the element named by the message, here the parent
    /// `<memo>` for its content, found among the open elements).
    @Test func placesErrorsByElementNotByLine() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try XMLStreamReaderTests.file(
            "<memo id=\"1\"><!-- <b colour='x'> --><body><b>a</b> <b colour=\"red\">b</b></body><to>x</to><b\n  size=\"2\"/></memo>",
            in: folder, name: "one-line.xml")
        let described = try XMLDTDValidator.validate(contentsOf: url, dtd: Self.dtd).map { "\($0.line):\($0.column): \($0.message)" }
        #expect(described.contains("1:55: No declaration for attribute colour of element b"))
        #expect(described.contains("2:3: No declaration for attribute size of element b"))
        #expect(described.contains { $0.hasPrefix("1:1: Element memo content does not follow the DTD") })
    }

    @Test func aMalformedFileIsAnError() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try XMLStreamReaderTests.file("<memo id=\"1\">\n<to>a</body></memo>", in: folder)
        #expect { try XMLDTDValidator.validate(contentsOf: url, dtd: Self.dtd) } throws: { error in
            (error as? XMLError)?.line == 2
        }
    }
}
