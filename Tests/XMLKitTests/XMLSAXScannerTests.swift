import Foundation
import TestSupport
import Testing
import XMLKit

@Suite struct XMLSAXScannerTests {
    /// Writes down what the scanner reports, as text.
    final class Recorder: XMLSAXHandler {
        var events: [String] = []
        var lang: XMLInternedName?
        var xml: XMLInternedName?
        /// The end tag whose end finishes the scan.
        var stopAfter: XMLInternedName?
        /// A start tag that makes the handler throw.
        var failAt: XMLInternedName?
        private(set) var isFinished = false

        func startElement(_ element: XMLSAXElement) throws(XMLError) {
            if element.localName == failAt { throw XMLError(path: nil, line: element.line, message: "stop here") }
            var text = "<\(element.qualifiedName)@\(element.line)"
            element.forEachAttribute { name, prefix, value in
                let shown = name == lang ? (prefix == xml ? "xml:lang" : prefix.isAbsent ? "lang" : "?:lang") : "other"
                text += " \(shown)=\(String(decoding: value, as: UTF8.self))"
            }
            events.append(text + (element.isEmpty ? "/>" : ">"))
        }

        func endElement(_ localName: XMLInternedName) throws(XMLError) {
            events.append("</>")
            if localName == stopAfter { isFinished = true }
        }

        func entityReference(_ name: String, line: Int) throws(XMLError) {
            events.append("&\(name);@\(line)")
        }
    }

    static func scan(_ text: String, name: String = "in.xml", _ configure: (XMLSAXScanner, Recorder) -> Void = { _, _ in })
        throws(XMLError) -> [String]
    {
        let folder = try! SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try! XMLStreamReaderTests.file(text, in: folder, name: name)
        let scanner = try XMLSAXScanner(contentsOf: url)
        let recorder = Recorder()
        recorder.lang = scanner.intern("lang")
        recorder.xml = scanner.intern("xml")
        configure(scanner, recorder)
        try scanner.scan(recorder)
        return recorder.events
    }

    @Test func reportsTagsAttributesLinesAndEmptyElements() throws {
        let events = try Self.scan("""
            <?xml version="1.0"?>
            <!-- a comment --><tu><tuv xml:lang="fr-FR" lang="fr" n="é&amp;&#x41;"><seg>texte <ph x="1"/> <![CDATA[<b>]]></seg></tuv>
            <tuv
              xml:lang="en"><seg/></tuv></tu>
            """)
        #expect(events == [
            "<tu@2>", "<tuv@2 xml:lang=fr-FR lang=fr other=é&A>", "<seg@2>", "<ph@2 other=1/>", "</>", "</>", "</>",
            "<tuv@4 xml:lang=en>", "<seg@4/>", "</>", "</>", "</>",
        ])
    }

    @Test func readsUTF16WithItsByteOrderMark() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("utf16.xml")
        try #"<?xml version="1.0" encoding="UTF-16"?><a n="été"><b/></a>"#.write(to: url, atomically: true, encoding: .utf16)
        let scanner = try XMLSAXScanner(contentsOf: url)
        let recorder = Recorder()
        try scanner.scan(recorder)
        #expect(recorder.events == ["<a@1 other=été>", "<b@1/>", "</>", "</>"])
    }

    @Test func malformedXMLIsAPlacedError() throws {
        #expect {
            _ = try Self.scan("<a>\n  <b></c>\n</a>", name: "broken.xml")
        } throws: { error in
            let error = error as! XMLError
            return error.line == 2 && error.column > 0 && error.path!.hasSuffix("broken.xml")
                && error.description.contains("broken.xml:2:\(error.column): ")
                && error.message.contains("mismatch")
        }
    }

    @Test func aFileCutOffInsideAnElementSaysSo() throws {
        #expect {
            _ = try Self.scan("<a>\n<b>text</b>\n<b>te")
        } throws: { error in
            (error as! XMLError).line == 3
        }
    }

    @Test func entityLoopsAreRejected() throws {
        #expect {
            _ = try Self.scan(#"<!DOCTYPE a [<!ENTITY x "&y;"><!ENTITY y "&x;">]>"# + "\n<a>&x;</a>")
        } throws: { error in
            let error = error as! XMLError
            return error.message.contains("entity reference loop") && error.line > 0
        }
    }

    @Test func declaredEntitiesAreReportedNeverExpandedOrLoaded() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.xml")
        try "<injected/>".write(to: secret, atomically: true, encoding: .utf8)
        // Were either entity expanded, <injected/> would be reported.
        let events = try Self.scan("""
            <!DOCTYPE a [<!ENTITY ext SYSTEM "\(secret.path)"><!ENTITY in "<injected/>">]>
            <a>&ext;
            &in;</a>
            """)
        #expect(events == ["<a@2>", "&ext;@2", "&in;@3", "</>"])
    }

    @Test func anUndeclaredEntityIsAnError() throws {
        #expect {
            _ = try Self.scan("<a>&nbsp;</a>")
        } throws: { error in
            (error as! XMLError).message.contains("nbsp")
        }
    }

    @Test func aHandlerErrorStopsTheScan() throws {
        #expect(throws: XMLError(path: nil, line: 2, message: "stop here")) {
            _ = try Self.scan("<a><b/>\n<c/><d></a>") { scanner, recorder in recorder.failAt = scanner.intern("c") }
        }
    }

    @Test func aFinishedHandlerStopsBeforeTheRestIsRead() throws {
        // The rest would be an error (two roots), but is never read.
        let events = try Self.scan("<a><b/><c>x</c><d/></a><a/>") { scanner, recorder in recorder.stopAfter = scanner.intern("c") }
        #expect(events == ["<a@1>", "<b@1/>", "</>", "<c@1>", "</>"])
    }
}
