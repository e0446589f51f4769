import Foundation
import XMLKit

extension DocumentReader {
    /// Reads an HTML page: its charset found as browsers do, parsed by libxml2's recovering HTML
    /// parser (no network), the release's content found and cut into blocks.
    static func readHTML(_ data: Data, path: String?) throws(DocumentError) -> Document {
        guard let charset = HTMLCharset(data) else {
            throw DocumentError(.binary, path: path, message: "the file is binary, not an HTML page")
        }
        var warnings = charset.warnings
        let text = charset.encoding.decode(Data(data.dropFirst(charset.bomLength)))
        let root: XMLElement
        do {
            root = try XMLDocument(html: Data(text.utf8), path: path, encoding: "UTF-8", ignoringDeclaredEncoding: true).root
        } catch {
            warnings.append("the page has no HTML content (\(error.message))")
            return Document(path: path, format: .html, encoding: charset.encoding, blocks: [], warnings: warnings)
        }
        let body = root.localName.lowercased() == "body" ? root : root.descendants(named: "body").first
        guard let body, let content = HTMLContent.pruned(body) else {
            warnings.append("the page has no body")
            return Document(path: path, format: .html, encoding: charset.encoding, blocks: [], warnings: warnings)
        }
        let main = HTMLContent.main(of: content)
        // The headline may sit above the content container: keep it as the title.
        var title: XMLElement?
        if main.descendants(named: "h1").isEmpty {
            title = content.descendants(named: "h1").first
            if title == nil, let pageTitle = root.descendants(named: "title").first {
                title = XMLElement(name: "h1", children: [.text(pageTitleWithoutSite(pageTitle.text))], line: pageTitle.line)
            }
        }
        let blocks = HTMLBlocks(content: main, title: title).blocks
        if blocks.isEmpty { warnings.append("the page holds no text") }
        return Document(path: path, format: .html, encoding: charset.encoding, blocks: blocks, warnings: warnings)
    }

    /// A page's `<title>` without the site's name ("Release | INTERPOL" → "Release").
    static func pageTitleWithoutSite(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            return parts.max { $0.count < $1.count } ?? title
        }
        return title
    }
}
