import Foundation
import TestSupport
import Testing
import XMLKit

@Suite struct XMLStreamWriterTests {
    @Test func escapesRemovesIllegalCharactersAndAddsNoWhitespace() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.xml")
        let writer = try XMLStreamWriter(writingTo: url)
        try writer.startDocument()
        try writer.startElement("a")
        try writer.attribute("t", "x\u{1}<\"y\"\t")
        try writer.whitespace("\n  ")
        try writer.startElement("seg")
        try writer.text("A & B\u{B} <c>\u{FFFE}")
        try writer.startElement("ph")
        try writer.endElement()
        try writer.text(" 😀")
        try writer.endElement()
        try writer.finish()
        #expect(writer.removedCharacterCount == 3)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(#"<a t="x&lt;&quot;y&quot;&#9;">"#))
        #expect(text.contains("\n  <seg>A &amp; B &lt;c&gt;<ph/> 😀</seg></a>"))
        let document = try XMLDocument(contentsOf: url)
        #expect(document.root.firstChild(named: "seg")?.text == "A & B <c> 😀")
    }

    @Test func nothingReplacesTheTargetUntilFinish() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.xml")
        try Data("<old/>".utf8).write(to: url)
        do {
            let writer = try XMLStreamWriter(writingTo: url)
            try writer.startDocument()
            try writer.startElement("new")
            #expect(try String(contentsOf: url, encoding: .utf8) == "<old/>")
            // Dropped without finish(): the temporary file goes away.
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "<old/>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.xml"])
    }
}
