import Foundation
import XMLKit

/// Turns the content of an HTML page into blocks: block elements become blocks, `<br>` breaks a
/// line, headings, list items, quotations and captions get their kind.
struct HTMLBlocks {
    /// Elements that start and end a block.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
        "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "thead", "tbody", "tfoot",
        "tr", "td", "th", "caption", "pre", "address", "center", "details", "summary", "fieldset",
        "legend", "hgroup", "body", "html",
    ]

    private(set) var blocks: [Block] = []
    private var buffer = ""
    private var bufferLine = 0
    private var hasTitle = false

    /// The blocks of `content`; `title` (a headline found outside the content) comes first.
    init(content: XMLElement, title: XMLElement?) {
        if let title { walk(title, kind: .title, preformatted: false) }
        walk(content, kind: .paragraph, preformatted: false)
        flush(kind: .paragraph)
    }

    private mutating func walk(_ element: XMLElement, kind inherited: BlockKind, preformatted: Bool) {
        let name = element.localName.lowercased()
        if name == "br" {
            buffer += "\n"
            return
        }
        if name == "hr" {
            flush(kind: inherited)
            return
        }
        if name == "img" { return }
        let isBlock = Self.blockElements.contains(name)
        let kind = isBlock ? kind(of: element, inherited: inherited) : inherited
        let preformatted = preformatted || name == "pre"
        if isBlock { flush(kind: inherited) }
        for child in element.children {
            switch child {
            case .element(let childElement):
                walk(childElement, kind: kind, preformatted: preformatted)
            case .text(let text):
                if buffer.isEmpty || bufferLine == 0 { bufferLine = element.line }
                buffer += preformatted ? text : Self.collapse(text)
            default:
                break
            }
        }
        if isBlock { flush(kind: kind) }
    }

    /// The kind an element gives to the text directly inside it.
    private mutating func kind(of element: XMLElement, inherited: BlockKind) -> BlockKind {
        let classes = (element[attribute: "class"] ?? "").lowercased()
        switch element.localName.lowercased() {
        case "h1":
            if hasTitle || inherited == .title { return inherited == .title ? .title : .heading }
            hasTitle = true
            return .title
        case "h2", "h3", "h4", "h5", "h6", "legend", "summary": return .heading
        case "li", "dt", "dd": return inherited == .quote ? .quote : .listItem
        case "blockquote": return .quote
        case "figcaption", "caption": return .caption
        default:
            if classes.contains("caption") || classes.contains("credit") { return .caption }
            if classes.contains("date") || element.localName.lowercased() == "time" { return .date }
            return inherited
        }
    }

    /// Emits the buffered text as one block per line group.
    private mutating func flush(kind: BlockKind) {
        defer {
            buffer = ""
            bufferLine = 0
        }
        guard buffer.contains(where: { !$0.isWhitespace }) else { return }
        let lines = buffer.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: Self.collapsibleSpace)
        }
        for group in LineJoiner().blocks(of: lines) {
            let text = lines[group].filter { !$0.isEmpty }.joined(separator: " ")
            guard !text.isEmpty else { continue }
            let (blockKind, boilerplate) = BlockClassifier.classify(text, markupKind: kind)
            blocks.append(Block(index: blocks.count, kind: blockKind, text: text, isBoilerplate: boilerplate, line: bufferLine))
        }
    }

    /// HTML's collapsible white space (not the no-break space).
    static let collapsibleSpace = CharacterSet(charactersIn: " \t\n\r\u{0C}")

    /// Text with runs of HTML white space collapsed to one space.
    static func collapse(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var inSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                if !inSpace { result.unicodeScalars.append(" ") }
                inSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                inSpace = false
            }
        }
        return result
    }
}

