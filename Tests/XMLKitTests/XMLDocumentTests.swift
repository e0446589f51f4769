import Foundation
import Testing
import TestSupport
import XMLKit

@Suite struct XMLDocumentTests {
    @Test func parsesElementsAttributesAndText() throws {
        let xml = #"<?xml version="1.0"?><srx version="2.0"><rule break="no"><beforebreak>\bMr\.</beforebreak><afterbreak>\s</afterbreak></rule></srx>"#
        let document = try XMLDocument(data: Data(xml.utf8))
        #expect(document.root.name == "srx")
        #expect(document.root[attribute: "version"] == "2.0")
        let rule = try #require(document.root.firstChild(named: "rule"))
        #expect(rule[attribute: "break"] == "no")
        #expect(rule.firstChild(named: "beforebreak")?.text == #"\bMr\."#)
    }

    @Test func malformedXMLGivesLineAndColumn() {
        let xml = "<a>\n  <b>text</a>\n"
        #expect {
            _ = try XMLDocument(data: Data(xml.utf8), path: "bad.xml")
        } throws: { error in
            guard let error = error as? XMLError else { return false }
            return error.path == "bad.xml" && error.line == 2 && error.column > 0
                && error.description.hasPrefix("bad.xml:2:")
        }
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <a>&secret;</a>
            """
        let document = try XMLDocument(data: Data(xml.utf8))
        #expect(!document.root.text.contains("root:"))
        #expect(document.root.children == [.entityReference("secret")])
    }

    @Test func entityLoopsAreRejectedOrLeftUnexpanded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY a "&b;"><!ENTITY b "&a;">]>
            <a>&a;</a>
            """
        do {
            let document = try XMLDocument(data: Data(xml.utf8))
            #expect(document.root.text.isEmpty)
        } catch {
            #expect(error.description.contains("ntity"))
        }
    }

    @Test func htmlRecoversFromBrokenMarkup() throws {
        let html = "<html><body><p>First &amp; <b>bold<p>Second</body>"
        let document = try XMLDocument(html: Data(html.utf8), encoding: "UTF-8")
        let paragraphs = document.root.descendants(named: "p")
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.text == "First & bold")
    }
}

/// Elements carry the line and column of their start tag's `<` when the parse is asked to place them.
struct XMLDocumentColumnTests {
    @Test func elementsCarryTheirColumn() throws {
        let xml = "<?xml version=\"1.0\"?>\n<srx>\n  <!-- <rule> -->\n  <rule/><x:rule xmlns:x=\"u\"\n    break=\"no\"/>\n</srx>"
        let document = try XMLDocument(data: Data(xml.utf8), placingElements: true)
        #expect((document.root.line, document.root.column) == (2, 1))
        #expect(document.root.childElements.map { "\($0.line):\($0.column)" } == ["4:3", "4:10"])
        // Not asked for (glossaries, Word parts): no extra pass, libxml2's line, column 0.
        let unplaced = try XMLDocument(data: Data(xml.utf8))
        #expect(unplaced.root.childElements.map { "\($0.line):\($0.column)" } == ["4:0", "5:0"])
    }

    /// Text in another encoding than UTF-8 gets no column, and libxml2's line.
    @Test func otherEncodingsGetNoColumn() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a>\u{E9}<b\n/></a>"
        let document = try XMLDocument(data: try #require(xml.data(using: .isoLatin1)), placingElements: true)
        #expect(document.root.childElements.map { "\($0.line):\($0.column)" } == ["3:0"])
    }
}
