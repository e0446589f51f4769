import XMLKit

/// The paragraph styles of a Word document (`word/styles.xml`), reduced to the block kind each
/// gives: Title, headings (by name or outline level), Caption, Quote, list styles.
struct DocxStyles {
    private var kinds: [String: BlockKind] = [:]

    /// No styles: every paragraph is read by its text.
    init() {}

    /// The styles of a parsed `styles.xml`.
    init(_ root: XMLElement) {
        var names: [String: String] = [:], basedOn: [String: String] = [:], outline: Set<String> = []
        for style in root.children(named: "style") where style[attribute: "w:type"] == "paragraph" {
            guard let id = style[attribute: "w:styleId"] else { continue }
            names[id] = style.firstChild(named: "name")?[attribute: "w:val"]?.lowercased() ?? id.lowercased()
            basedOn[id] = style.firstChild(named: "basedOn")?[attribute: "w:val"]
            if let level = style.firstChild(named: "pPr")?.firstChild(named: "outlineLvl")?[attribute: "w:val"],
                let value = Int(level), value < 9 {
                outline.insert(id)
            }
        }
        for id in names.keys {
            var current: String? = id
            var depth = 0
            while let styleID = current, depth < 16 {
                if let kind = Self.kind(ofStyleNamed: names[styleID] ?? "") ?? (outline.contains(styleID) ? .heading : nil) {
                    kinds[id] = kind
                    break
                }
                current = basedOn[styleID]
                depth += 1
            }
        }
    }

    /// The kind a paragraph style gives, or `nil` for body text styles.
    func kind(ofStyle id: String) -> BlockKind? {
        kinds[id] ?? Self.kind(ofStyleNamed: id.lowercased())
    }

    /// The kind a built-in style name gives (Word writes built-in names in English whatever the
    /// interface language: "heading 1", "Title", "Caption", "Quote", "List Paragraph").
    static func kind(ofStyleNamed name: String) -> BlockKind? {
        let name = name.lowercased()
        if name == "title" { return .title }
        if name == "subtitle" || name.hasPrefix("heading") || name.hasPrefix("titre") { return .heading }
        if name.contains("caption") || name == "légende" { return .caption }
        if name.contains("quote") || name == "block text" || name == "citation" { return .quote }
        if name.hasPrefix("list") && !name.hasPrefix("list continue") { return .listItem }
        return nil
    }
}
