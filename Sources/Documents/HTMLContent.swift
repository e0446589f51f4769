import XMLKit

/// Finds the release's own content in a parsed HTML page: drops what is never content (scripts,
/// menus, site header and footer, forms, hidden text, share and breadcrumb bars), then picks the
/// element that holds the release (`<main>`, `role="main"`, `<article>`, a content container, or
/// the element holding most of the page's paragraphs).
enum HTMLContent {
    /// Elements dropped with everything inside them.
    static let droppedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe",
        "svg", "math", "button", "select", "option", "input", "textarea", "object", "embed", "canvas",
        "video", "audio", "map", "dialog", "menu", "link", "meta",
    ]

    /// ARIA roles of page furniture.
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar", "toolbar",
        "dialog", "alertdialog", "tablist",
    ]

    /// Words of `class` and `id` values that name page furniture (matched as whole words of a
    /// hyphenated or underscored name: `share`, `social-share`, `share_bar`).
    static let furnitureWords: Set<String> = [
        "breadcrumb", "breadcrumbs", "share", "sharing", "sharethis", "addthis", "social", "cookie",
        "cookies", "skip", "skiplink", "skiplinks", "nav", "navbar", "navigation", "menu", "sidebar",
        "related", "pagination", "pager", "langs", "language", "languages", "lang", "switcher",
        "toolbar", "tools", "newsletter", "subscribe", "comments", "banner", "masthead",
        "sr", "visually", "visuallyhidden", "wb", "screen", "pagedetails", "tags", "print",
    ]

    /// Multi-word furniture names that ``furnitureWords`` alone would not tell apart.
    static let furnitureNames: Set<String> = [
        "sr-only", "visually-hidden", "wb-inv", "screen-reader-text", "wb-lng", "wb-srch", "wb-bnr",
        "wb-sm", "wb-info", "wb-bc", "page-details", "language-switcher", "lang-switcher",
    ]

    /// Words that, alone, mean the element is furniture (others need a name match).
    static let strongFurnitureWords: Set<String> = [
        "breadcrumb", "breadcrumbs", "share", "sharing", "sharethis", "addthis", "social", "cookie",
        "cookies", "skiplink", "skiplinks", "navbar", "navigation", "sidebar", "pagination", "pager",
        "newsletter", "comments", "masthead",
    ]

    /// Words of `class` and `id` values that name the main content.
    static let contentNames: Set<String> = [
        "content", "main-content", "maincontent", "main", "article", "article-body", "articlebody",
        "article-content", "news-content", "news-detail", "press-release", "release", "story",
        "entry-content", "post-content", "node-content", "field-name-body", "body-content",
        "page-content", "region-content", "mainbody", "main-body",
    ]

    /// Whether an element is page furniture to drop with its content.
    ///
    /// - Parameter inContent: whether the element is inside `<main>` or `<article>` (where a
    ///   `<header>` holds the release's headline, not the site's banner).
    static func isFurniture(_ element: XMLElement, inContent: Bool) -> Bool {
        let name = element.localName.lowercased()
        if name == "main" || name == "article" || name == "body" || element[attribute: "role"] == "main" { return false }
        if droppedElements.contains(name) { return true }
        if name == "header" && !inContent { return true }
        if let role = element[attribute: "role"]?.lowercased(), droppedRoles.contains(role) { return true }
        if element[attribute: "hidden"] != nil || element[attribute: "aria-hidden"]?.lowercased() == "true" { return true }
        if let style = element[attribute: "style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
            style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        for value in [element[attribute: "class"], element[attribute: "id"]].compactMap({ $0?.lowercased() }) {
            for token in value.split(whereSeparator: \.isWhitespace).map(String.init) {
                if furnitureNames.contains(token) { return true }
                let words = token.split { $0 == "-" || $0 == "_" }.map(String.init)
                if words.contains(where: strongFurnitureWords.contains) { return true }
                if words.count == 1, furnitureWords.contains(token), !(["tags", "print", "wb", "sr", "screen", "visually"].contains(token)) {
                    return true
                }
            }
        }
        return false
    }

    /// The element without its furniture, or `nil` when the element itself is furniture.
    static func pruned(_ element: XMLElement, inContent: Bool = false) -> XMLElement? {
        guard !isFurniture(element, inContent: inContent) else { return nil }
        let name = element.localName.lowercased()
        let childInContent = inContent || name == "main" || name == "article" || element[attribute: "role"] == "main"
        var copy = element
        copy.children = element.children.compactMap { node in
            switch node {
            case .element(let child): return pruned(child, inContent: childInContent).map(XMLNode.element)
            case .text: return node
            default: return nil
            }
        }
        return copy
    }

    /// The element holding the release, inside a pruned body.
    static func main(of body: XMLElement) -> XMLElement {
        let all = [body] + descendants(of: body)
        let landmarks = all.filter { $0.localName.lowercased() == "main" || $0[attribute: "role"] == "main" }
        if let best = landmarks.max(by: { textLength($0) < textLength($1) }), textLength(best) > 0 { return best }
        let articles = all.filter { $0.localName.lowercased() == "article" }
        if let best = articles.max(by: { textLength($0) < textLength($1) }), textLength(best) * 3 >= textLength(body) {
            return best
        }
        let hinted = all.filter { element in
            [element[attribute: "id"], element[attribute: "class"]].compactMap { $0?.lowercased() }
                .contains { $0.split(whereSeparator: \.isWhitespace).contains { contentNames.contains(String($0)) } }
        }
        let bodyParagraphs = paragraphLength(body)
        // The tightest hinted container that holds at least half of the paragraph text.
        if bodyParagraphs > 0,
            let best = hinted.filter({ paragraphLength($0) * 2 >= bodyParagraphs }).min(by: { textLength($0) < textLength($1) }) {
            return best
        }
        // The smallest element that still holds 60 % of the paragraph text.
        var current = body
        let total = bodyParagraphs > 0 ? bodyParagraphs : textLength(body)
        let byParagraphs = bodyParagraphs > 0
        while let child = current.childElements.first(where: {
            (byParagraphs ? paragraphLength($0) : textLength($0)) * 5 >= total * 3
        }) {
            current = child
        }
        return current
    }

    /// All descendant elements, in document order.
    static func descendants(of element: XMLElement) -> [XMLElement] {
        element.childElements.flatMap { [$0] + descendants(of: $0) }
    }

    /// The length of an element's text, white space left out.
    static func textLength(_ element: XMLElement) -> Int {
        element.text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
    }

    /// The length of the text of the paragraphs (`<p>`) inside an element.
    static func paragraphLength(_ element: XMLElement) -> Int {
        if element.localName.lowercased() == "p" { return textLength(element) }
        return element.childElements.reduce(0) { $0 + paragraphLength($1) }
    }
}
