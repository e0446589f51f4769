import XMLKit

/// Turns the body of a Word document (`word/document.xml`) into blocks: one per paragraph (or
/// per line group of a paragraph with line breaks), tables read cell by cell, deleted and hidden
/// text left out.
struct DocxBlocks {
    private(set) var blocks: [Block] = []
    private let styles: DocxStyles
    /// Whether the author used title or heading styles: then unstyled paragraphs are body text;
    /// otherwise they are read like plain text (a short first line is the title…).
    private var usesHeadingStyles = false

    init(body: XMLElement, styles: DocxStyles) {
        self.styles = styles
        usesHeadingStyles = body.descendants(named: "pStyle").contains {
            let kind = styles.kind(ofStyle: $0[attribute: "w:val"] ?? "")
            return kind == .title || kind == .heading
        } || !body.descendants(named: "outlineLvl").isEmpty
        readBlocks(in: body)
    }

    /// Appends the notes of a footnotes or endnotes part (`w:footnotes`, `w:endnotes`) as
    /// paragraphs, in the order of the part; the separators Word keeps there are left out.
    mutating func readNotes(_ root: XMLElement) {
        for note in root.childElements where note.localName == "footnote" || note.localName == "endnote" {
            guard (note[attribute: "w:type"] ?? "normal") == "normal" else { continue }
            readBlocks(in: note)
        }
    }

    /// Reads the block-level content of a container (body, table cell, content control).
    private mutating func readBlocks(in container: XMLElement) {
        for child in container.childElements {
            switch child.localName {
            case "p": readParagraph(child)
            case "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "txbxContent": readBlocks(in: child)
            default: continue
            }
        }
    }

    private mutating func readParagraph(_ paragraph: XMLElement) {
        let properties = paragraph.firstChild(named: "pPr")
        var markupKind: BlockKind?
        if let style = properties?.firstChild(named: "pStyle")?[attribute: "w:val"] {
            markupKind = styles.kind(ofStyle: style)
        }
        if markupKind == nil, let level = properties?.firstChild(named: "outlineLvl")?[attribute: "w:val"], let value = Int(level), value < 9 {
            markupKind = .heading
        }
        if let numbering = properties?.firstChild(named: "numPr"), numbering.firstChild(named: "numId")?[attribute: "w:val"] != "0",
            markupKind == nil || markupKind == .paragraph || markupKind == .quote {
            markupKind = .listItem
        }
        var text = ""
        Self.appendText(of: paragraph, to: &text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(\.trimmedWhitespace)
        for group in LineJoiner().blocks(of: lines) {
            let line = lines[group].filter { !$0.isEmpty }.joined(separator: " ")
            guard !line.isEmpty else { continue }
            let classified: (kind: BlockKind, isBoilerplate: Bool)
            if let markupKind {
                classified = BlockClassifier.classify(line, markupKind: markupKind)
            } else if usesHeadingStyles {
                classified = BlockClassifier.classify(line, markupKind: .paragraph)
            } else {
                let titleAllowed = blocks.allSatisfy { $0.isBoilerplate || $0.kind == .caption }
                classified = BlockClassifier.classify(line, titleAllowed: titleAllowed)
            }
            blocks.append(Block(index: blocks.count, kind: classified.kind, text: line, isBoilerplate: classified.isBoilerplate))
        }
    }

    /// Appends the visible text of a paragraph's runs: text, tabs, line breaks, no-break hyphens;
    /// deleted text, hidden runs, field instructions and drawings are left out.
    static func appendText(of element: XMLElement, to text: inout String) {
        for child in element.childElements {
            switch child.localName {
            case "t": text += child.text
            case "tab", "ptab": text += "\t"
            case "br", "cr": text += "\n"
            case "noBreakHyphen": text += "\u{2011}"
            case "r":
                if child.firstChild(named: "rPr")?.firstChild(named: "vanish") != nil { continue }
                appendText(of: child, to: &text)
            case "hyperlink", "smartTag", "ins", "sdt", "sdtContent", "fldSimple", "customXml", "moveTo", "dir", "bdo":
                appendText(of: child, to: &text)
            default:
                continue
            }
        }
    }
}
