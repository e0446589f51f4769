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

    /// A file given by a relative path is named as given in errors (not made absolute), and the
    /// file itself is still found to tell a cut-off file (its last line) from other errors, even
    /// when the path is relative to a folder other than the current one.
    @Test func errorsNameTheFileAsGiven() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.file("<a>\n  <b>x</b>\n  <b>y", in: folder, name: "cut.xml")
        let cut = URL(fileURLWithPath: "cut.xml", relativeTo: URL(fileURLWithPath: folder.path, isDirectory: true))
        #expect(throws: XMLError(path: "cut.xml", line: 3, column: 6,
                                 message: "the file ends before its elements are closed (is it truncated?)")) {
            let reader = try XMLStreamReader(contentsOf: cut)
            while try reader.read() {}
        }
        // Content after the root on line 2 of 5 is not a cut: that takes the file's line count.
        _ = try Self.file("<a/>\n<b/>\n\n\n\n", in: folder, name: "extra.xml")
        let extra = URL(fileURLWithPath: "extra.xml", relativeTo: URL(fileURLWithPath: folder.path, isDirectory: true))
        #expect {
            let reader = try XMLStreamReader(contentsOf: extra)
            while try reader.read() {}
        } throws: { error in
            "\(error)".hasPrefix("extra.xml:2:") && "\(error)".hasSuffix("Extra content at the end of the document")
        }
        let missing = URL(fileURLWithPath: "../none.xml", relativeTo: folder.appendingPathComponent("sub", isDirectory: true))
        #expect(throws: XMLError(path: "../none.xml", message: "no such file")) { try XMLStreamReader(contentsOf: missing) }
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

/// Errors about an element are placed at its start tag's `<`, even when found at its end tag.
struct XMLStreamReaderPlaceTests {
    @Test func errorsArePlacedAtTheStartTag() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try XMLStreamReaderTests.file("<a><!-- <b> -->\n  <b\n x='>'><c/></b></a>", in: folder, name: "p.xml")
        let xml = try XMLStreamReader(contentsOf: url)
        var mark: XMLStartTagMark?
        while try xml.read() {
            if xml.nodeType == .element, xml.name == "b" { mark = xml.mark }
            if xml.nodeType == .element, xml.name == "c" { #expect("\(xml.error("bad c"))" == url.relativePath + ":3:8: bad c") }
            if xml.nodeType == .endElement, xml.name == "b", let mark {
                #expect("\(xml.error("bad b", at: mark))" == url.relativePath + ":2:3: bad b")
                // Not at a start tag: the line only, as before.
                #expect("\(xml.error("at the end"))" == url.relativePath + ":3: at the end")
            }
        }
        #expect(mark != nil)
    }
}
