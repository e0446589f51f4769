import Foundation
import TestSupport
import Testing
import ZIPFoundation

/// The test fixtures of this folder and a builder of Word documents, written for these tests.
enum Fixtures {
    /// `Tests/DocumentsTests/Fixtures/<name>`.
    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }

    /// The bundled example release, `examples/release.<language>.<extension>`.
    static func example(_ language: String, _ fileExtension: String) -> URL {
        SharedData.packageRoot.appendingPathComponent("examples/release.\(language).\(fileExtension)")
    }

    static let wordNamespaces =
        #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    /// A zip archive holding the given parts.
    static func zip(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    /// A Word document whose body is `body` (WordprocessingML with the `w:` prefix) and whose
    /// styles are `styles` (style id, name, based-on).
    static func docx(body: String, styles: [(id: String, name: String, basedOn: String?)] = defaultStyles) throws -> Data {
        let document = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document \#(wordNamespaces)><w:body>\#(body)<w:sectPr/></w:body></w:document>"#
        let stylesXML = #"<?xml version="1.0" encoding="UTF-8"?><w:styles \#(wordNamespaces)>"#
            + styles.map { style in
                #"<w:style w:type="paragraph" w:styleId="\#(style.id)"><w:name w:val="\#(style.name)"/>"#
                    + (style.basedOn.map { #"<w:basedOn w:val="\#($0)"/>"# } ?? "") + "</w:style>"
            }.joined() + "</w:styles>"
        return try zip([
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#),
            ("word/document.xml", document),
            ("word/styles.xml", stylesXML),
        ])
    }

    static let defaultStyles: [(id: String, name: String, basedOn: String?)] = [
        ("Normal", "Normal", nil), ("Title", "Title", "Normal"), ("Heading1", "heading 1", "Normal"),
        ("Caption", "caption", "Normal"), ("Quote", "Quote", "Normal"), ("ListParagraph", "List Paragraph", "Normal"),
    ]
}
