import Foundation
import TestSupport
import Testing
import XMLKit

@Suite struct XMLStreamReaderTests {
    static func file(_ text: String, in folder: URL, name: String = "in.xml") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func readsElementsTextAndAttributesInOrder() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.file(#"<a x="1" y="&lt;2&gt;"><b>one &amp; <![CDATA[two]]></b><c/></a>"#, in: folder)
        let reader = try XMLStreamReader(contentsOf: url)
        var events: [String] = []
        while try reader.read() {
            switch reader.nodeType {
            case .element:
                events.append("<\(reader.name)\(reader.attributes.map { " \($0.name)=\($0.value)" }.joined())\(reader.isEmptyElement ? "/" : "")>@\(reader.depth)")
            case .endElement: events.append("</\(reader.name)>")
            case .text: events.append(reader.value)
            default: break
            }
        }
        #expect(events == ["<a x=1 y=<2>>@0", "<b>@1", "one & ", "two", "</b>", "<c/>@1", "</a>"])
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = try Self.file("SECRET", in: folder, name: "secret.txt")
        let url = try Self.file(
            "<!DOCTYPE a [<!ENTITY s SYSTEM \"\(secret.path)\">]><a>&s;</a>", in: folder)
        let reader = try XMLStreamReader(contentsOf: url)
        var text = ""
        var references: [String] = []
        while try reader.read() {
            if reader.nodeType == .text { text += reader.value }
            if reader.nodeType == .entityReference { references.append(reader.name) }
        }
        #expect(!text.contains("SECRET"))
        #expect(references == ["s"])
    }

    /// A billion-laughs document is refused (libxml2 detects the amplification) or at least
    /// never expanded.
    @Test func entityExpansionBombIsNotExpanded() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var dtd = "<!ENTITY l0 \"lol\">"
        for level in 1...9 { dtd += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        let url = try Self.file("<!DOCTYPE a [\(dtd)]><a>&l9;</a>", in: folder)
        let reader = try XMLStreamReader(contentsOf: url)
        var textLength = 0
        do {
            while try reader.read() { if reader.nodeType == .text { textLength += reader.value.count } }
        } catch {
            #expect(error.message.contains("entity"))
        }
        #expect(textLength < 1000)
    }

    @Test func malformedInputGivesTheFirstErrorWithItsPlace() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.file("<a>\n  <b>x</c>\n</a>", in: folder)
        let reader = try XMLStreamReader(contentsOf: url)
        #expect {
            while try reader.read() {}
        } throws: { error in
            let error = error as! XMLError
            return error.line == 2 && error.column > 0 && error.message.contains("mismatch")
                && error.description.hasPrefix(url.path + ":2:")
        }
    }

    @Test func emptyAndMissingFilesAreErrors() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try Self.file("", in: folder)
        #expect(throws: XMLError(path: empty.path, line: 1, column: 1, message: "the file is empty")) {
            try XMLStreamReader(contentsOf: empty)
        }
        #expect(throws: XMLError.self) { try XMLStreamReader(contentsOf: folder.appendingPathComponent("none.xml")) }
    }

    @Test func hugeTextNodesNeedTheHugeOption() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.file("<a>" + String(repeating: "x", count: 10_500_000) + "</a>", in: folder)
        let strict = try XMLStreamReader(contentsOf: url)
        #expect(throws: XMLError.self) { while try strict.read() {} }
        #expect(strict.failedOnSizeLimit)
        let huge = try XMLStreamReader(contentsOf: url, options: LibXML2.safeParseOptions | LibXML2.hugeOption)
        var length = 0
        while try huge.read() { if huge.nodeType == .text { length += huge.value.utf8.count } }
        #expect(length == 10_500_000)
    }
}
