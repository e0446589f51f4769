import Foundation
import Testing
@testable import Documents

/// The Word reader on documents built by these tests.
@Suite struct DocxReaderTests {
    static func paragraph(_ runs: String, style: String? = nil, numbered: Bool = false) -> String {
        var properties = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        if numbered { properties += #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>"# }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    static func run(_ text: String) -> String { #"<w:r><w:t xml:space="preserve">\#(text)</w:t></w:r>"# }

    @Test func stylesListsTabsBreaksAndRevisions() throws {
        let body = [
            Self.paragraph(Self.run("Joint operation against wildlife crime"), style: "Title"),
            Self.paragraph(Self.run("Results"), style: "Heading1"),
            Self.paragraph(Self.run("NAIROBI, Kenya – ") + #"<w:r><w:rPr><w:b/></w:rPr><w:t>Rangers</w:t></w:r>"#
                + Self.run(" seized 2.4 tonnes of ivory") + #"<w:del><w:r><w:delText> and rhino horn</w:delText></w:r></w:del>"#
                + #"<w:ins><w:r><w:t xml:space="preserve"> in 12 raids</w:t></w:r></w:ins>"# + Self.run(".")),
            Self.paragraph(Self.run("first item;"), numbered: true),
            Self.paragraph(Self.run("second item."), style: "ListParagraph"),
            Self.paragraph(Self.run("Name:") + "<w:r><w:tab/></w:r>" + Self.run("Dr. A. Mwangi") + "<w:r><w:br/></w:r>" + Self.run("Phone:") + "<w:r><w:tab/><w:t>+254 0 000 000</w:t></w:r>"),
            Self.paragraph(Self.run("Rangers at work") + #"<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden note</w:t></w:r>"#, style: "Caption"),
            Self.paragraph(Self.run("“We will not stop,” she said."), style: "Quote"),
            Self.paragraph(#"<w:hyperlink r:id="rId9">"# + Self.run("www.example.org") + "</w:hyperlink>"),
            Self.paragraph(""),
            #"<w:tbl><w:tr><w:tc>"# + Self.paragraph(Self.run("Cell one")) + #"</w:tc><w:tc>"# + Self.paragraph(Self.run("Cell two")) + "</w:tc></w:tr></w:tbl>",
            Self.paragraph(Self.run("No\u{2011}break") + "<w:r><w:noBreakHyphen/><w:t>hyphen</w:t></w:r>"),
        ].joined()
        let document = try DocumentReader.read(data: try Fixtures.docx(body: body), path: "release.docx")
        #expect(document.format == .docx)
        #expect(document.warnings.isEmpty)
        let summary = document.blocks.map { "\($0.kind.rawValue): \($0.text)" }
        #expect(summary == [
            "title: Joint operation against wildlife crime",
            "heading: Results",
            "paragraph: NAIROBI, Kenya – Rangers seized 2.4 tonnes of ivory in 12 raids.",
            "listItem: first item;",
            "listItem: second item.",
            "paragraph: Name:\tDr. A. Mwangi",
            "paragraph: Phone:\t+254 0 000 000",
            "caption: Rangers at work",
            "quote: “We will not stop,” she said.",
            "paragraph: www.example.org",
            "paragraph: Cell one",
            "paragraph: Cell two",
            "paragraph: No‑break‑hyphen",
        ])
    }

    @Test func localisedStyleIdsAreReadByTheirNames() throws {
        // French Word: style ids "Titre", "Titre1", names "Title", "heading 1"; a style based on a heading.
        let styles: [(id: String, name: String, basedOn: String?)] = [
            ("Normal", "Normal", nil), ("Titre", "Title", "Normal"), ("Titre1", "heading 1", "Normal"),
            ("Intertitre", "Intertitre maison", "Titre1"), ("Corps", "Corps de texte", "Normal"),
        ]
        let body = [
            Self.paragraph(Self.run("Communiqué"), style: "Titre"),
            Self.paragraph(Self.run("Contexte"), style: "Titre1"),
            Self.paragraph(Self.run("Bilan"), style: "Intertitre"),
            Self.paragraph(Self.run("Le texte du communiqué."), style: "Corps"),
        ].joined()
        let document = try DocumentReader.read(data: try Fixtures.docx(body: body, styles: styles))
        #expect(document.blocks.map(\.kind) == [.title, .heading, .heading, .paragraph])
    }

    @Test func unstyledDocumentsAreReadLikeText() throws {
        let body = [
            Self.paragraph(Self.run("3 June 2025 - Media release")),
            Self.paragraph(Self.run("Police academies launch joint training")),
            Self.paragraph(Self.run("LYON, France – Investigators from 30 countries met today.")),
            Self.paragraph(Self.run("- digital forensics;")),
        ].joined()
        let document = try DocumentReader.read(data: try Fixtures.docx(body: body, styles: []))
        #expect(document.blocks.map(\.kind) == [.date, .title, .paragraph, .listItem])
    }

    @Test func brokenDocumentsAreErrors() throws {
        // A zip without word/document.xml.
        let notWord = try Fixtures.zip([("content.xml", "<office:document/>")])
        let missing = #expect(throws: DocumentError.self) { try DocumentReader.read(data: notWord, format: .docx, path: "a.docx") }
        #expect(missing?.description == "a.docx: the zip archive has no word/document.xml: it is not a Word document")

        // Malformed XML: the part, line and column are named.
        let malformed = try Fixtures.zip([("word/document.xml", "<?xml version=\"1.0\"?>\n<w:document>\n<w:body><w:p></w:body>")])
        let broken = #expect(throws: DocumentError.self) { try DocumentReader.read(data: malformed, format: .docx, path: "b.docx") }
        #expect(broken?.reason == .malformed)
        #expect(broken?.description.hasPrefix("b.docx: word/document.xml:2:") == true)

        // A truncated zip.
        let whole = try Fixtures.docx(body: Self.paragraph(Self.run("Text.")))
        let truncated = #expect(throws: DocumentError.self) { try DocumentReader.read(data: whole.prefix(whole.count / 2), format: .docx) }
        #expect(truncated?.reason == .malformed)
        #expect(truncated?.message == "the zip archive is damaged (truncated or not fully copied) and cannot be opened")

        // A zip whose document has no body: empty, with a warning.
        let bodiless = try Fixtures.zip([("word/document.xml", "<w:document \(Fixtures.wordNamespaces)/>")])
        let empty = try DocumentReader.read(data: bodiless, format: .docx)
        #expect(empty.blocks.isEmpty)
        #expect(empty.warnings == ["the document has no body"])
    }

    @Test func footnotesAndEndnotesFollowTheBody() throws {
        let document = #"<w:document \#(Fixtures.wordNamespaces)><w:body>"#
            + Self.paragraph(Self.run("The centre will train 500 officers a year.") + #"<w:r><w:footnoteReference w:id="1"/></w:r>"#)
            + Self.paragraph(Self.run("Courses start in September.") + #"<w:r><w:endnoteReference w:id="2"/></w:r>"#)
            + "</w:body></w:document>"
        let footnotes = #"<w:footnotes \#(Fixtures.wordNamespaces)>"#
            + #"<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"#
            + #"<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"#
            + #"<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>"# + Self.run(" Figures from the 2025 budget.") + "</w:p></w:footnote>"
            + "</w:footnotes>"
        let endnotes = #"<w:endnotes \#(Fixtures.wordNamespaces)><w:endnote w:id="2"><w:p>"#
            + Self.run("See the course catalogue.") + "</w:p></w:endnote></w:endnotes>"
        let data = try Fixtures.zip([("word/document.xml", document), ("word/footnotes.xml", footnotes), ("word/endnotes.xml", endnotes)])
        let read = try DocumentReader.read(data: data, format: .docx)
        #expect(read.blocks.map(\.text) == [
            "The centre will train 500 officers a year.", "Courses start in September.", "Figures from the 2025 budget.",
            "See the course catalogue.",
        ])
        #expect(read.blocks.map(\.index) == [0, 1, 2, 3])

        let broken = try Fixtures.zip([("word/document.xml", document), ("word/footnotes.xml", "<w:footnotes")])
        #expect(try DocumentReader.read(data: broken, format: .docx).warnings.first?.hasPrefix("the notes (word/footnotes.xml) are broken") == true)
    }

    @Test func passwordProtectedArchivesAreNamed() throws {
        // `zip -P` sets bit 0 of the flags of each file's entry (not of folders'); ZIPFoundation
        // then lists no such entry. Here every entry of the central directory is marked.
        var data = try Fixtures.docx(body: Self.paragraph(Self.run("Text.")))
        #expect(!DocumentReader.hasEncryptedEntry(data))
        let bytes = [UInt8](data)
        for offset in 0..<bytes.count - 4 where bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
            data[offset + 8] |= 1
        }
        #expect(DocumentReader.hasEncryptedEntry(data))
        let error = #expect(throws: DocumentError.self) { try DocumentReader.read(data: data, format: .docx, path: "c.docx") }
        #expect(error?.description == "c.docx: the zip archive is password-protected: Bitext cannot read encrypted files")
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let secret = try Fixtures.zip([("word/document.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <w:document \(Fixtures.wordNamespaces)><w:body><w:p><w:r><w:t>a&xxe;b</w:t></w:r></w:p></w:body></w:document>
            """)])
        let document = try DocumentReader.read(data: secret, format: .docx)
        #expect(!document.blocks.map(\.text).joined().contains("root:"))
    }
}
