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

    /// `class` and `id` values that, whole, name page furniture.
    static let furnitureWords: Set<String> = [
        "nav", "menu", "related", "langs", "language", "languages", "lang", "switcher", "toolbar", "tools",
        "subscribe", "banner", "pagedetails", "skip",
    ]

    /// Multi-word furniture names (screen-reader-only text, the Government of Canada's banner,
    /// language and search bars).
    static let furnitureNames: Set<String> = [
        "sr-only", "visually-hidden", "wb-inv", "screen-reader-text", "wb-lng", "wb-srch", "wb-bnr",
        "wb-sm", "wb-info", "wb-bc", "page-details", "language-switcher", "lang-switcher",
    ]

    /// Words that mean the element is furniture wherever they sit in a hyphenated or underscored
    /// name (`share`, `social-share`, `share_bar`), unless the name states a condition
    /// (`has-sidebar`, `no-share`).
    static let strongFurnitureWords: Set<String> = [
        "breadcrumb", "breadcrumbs", "share", "sharing", "sharethis", "addthis", "social", "cookie",
        "cookies", "skiplink", "skiplinks", "navbar", "navigation", "sidebar", "pagination", "pager",
        "newsletter", "comments", "masthead",
    ]

    /// Parts of `class` and `id` values that name a cookie or consent banner wherever they appear.
    static let noticeNameParts = ["cookie", "consent", "gdpr", "onetrust"]

    /// Words of `class` and `id` values that name the main content.
    static let contentNames: Set<String> = [
        "content", "main-content", "maincontent", "main", "article", "article-body", "articlebody",
        "article-content", "news-content", "news-detail", "press-release", "release", "story",
        "entry-content", "post-content", "node-content", "field-name-body", "body-content",
        "page-content", "region-content", "mainbody", "main-body",
    ]

    /// How an element is recognised as page furniture.
    enum Furniture {
        /// Not furniture.
        case none
        /// By what it is: its element, role, or hidden state. Always dropped.
        case structural
        /// By its `class` or `id` name. Dropped unless it holds the release (see ``pruned(_:inContent:bodyParagraphs:)``).
        case named
    }

    /// Whether an element is page furniture, and how it was recognised.
    ///
    /// - Parameter inContent: whether the element is inside `<main>` or `<article>` (where a
    ///   `<header>` holds the release's headline, not the site's banner).
    static func furniture(of element: XMLElement, inContent: Bool) -> Furniture {
        let name = element.localName.lowercased()
        if name == "main" || name == "article" || name == "body" || element[attribute: "role"] == "main" { return .none }
        if droppedElements.contains(name) { return .structural }
        if name == "header" && !inContent { return .structural }
        if let role = element[attribute: "role"]?.lowercased(), droppedRoles.contains(role) { return .structural }
        if element[attribute: "hidden"] != nil || element[attribute: "aria-hidden"]?.lowercased() == "true" { return .structural }
        if let style = element[attribute: "style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
            style.contains("display:none") || style.contains("visibility:hidden") {
            return .structural
        }
        for value in [element[attribute: "class"], element[attribute: "id"]].compactMap({ $0?.lowercased() }) {
            for token in value.split(whereSeparator: \.isWhitespace).map(String.init) {
                if furnitureNames.contains(token) || furnitureWords.contains(token) { return .named }
                let words = token.split { $0 == "-" || $0 == "_" }.map(String.init)
                if let first = words.first, ["has", "with", "no", "without", "is", "show"].contains(first) { continue }
                if words.contains(where: strongFurnitureWords.contains) { return .named }
                // Consent managers' names run words together (`CybotCookiebotDialog`, `cookieNotice`).
                if noticeNameParts.contains(where: token.contains) { return .named }
            }
        }
        return .none
    }

    /// The element without its furniture, or `nil` when the element itself is furniture.
    ///
    /// An element recognised only by its name is kept when it holds the headline (`<h1>`) or at
    /// least half of the page's paragraph text (`bodyParagraphs`): a theme's wrapper called
    /// `page-with-share-tools` must not take the release with it.
    static func pruned(_ element: XMLElement, inContent: Bool = false, bodyParagraphs: Int) -> XMLElement? {
        switch furniture(of: element, inContent: inContent) {
        case .structural:
            return nil
        case .named:
            let holdsRelease = !element.descendants(named: "h1").isEmpty
                || (bodyParagraphs > 0 && paragraphLength(element) * 2 >= bodyParagraphs)
            if !holdsRelease { return nil }
        case .none:
            break
        }
        let name = element.localName.lowercased()
        let childInContent = inContent || name == "main" || name == "article" || element[attribute: "role"] == "main"
        var copy = element
        copy.children = element.children.compactMap { node in
            switch node {
            case .element(let child):
                return pruned(child, inContent: childInContent, bodyParagraphs: bodyParagraphs).map(XMLNode.element)
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
        // The smallest container that still holds 60 % of the paragraph text. A paragraph is
        // never the release, however long: the date, caption, table and quotes beside it are.
        var current = body
        let total = bodyParagraphs > 0 ? bodyParagraphs : textLength(body)
        let byParagraphs = bodyParagraphs > 0
        while let child = current.childElements.first(where: {
            isContainer($0) && (byParagraphs ? paragraphLength($0) : textLength($0)) * 5 >= total * 3
        }) {
            current = child
        }
        return current
    }

    /// Whether an element holds blocks of its own (a `<div>` of paragraphs), not only text (a `<p>`,
    /// or a `<div>` used as one).
    static func isContainer(_ element: XMLElement) -> Bool {
        element.localName.lowercased() != "p"
            && element.childElements.contains { HTMLBlocks.blockElements.contains($0.localName.lowercased()) }
    }

    /// All descendant elements, in document order.
    static func descendants(of element: XMLElement) -> [XMLElement] {
        element.childElements.flatMap { [$0] + descendants(of: $0) }
    }

    /// The length in bytes of an element's text, ASCII white space left out.
    static func textLength(_ element: XMLElement) -> Int {
        element.text.utf8.lazy.filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }.count
    }

    /// The length of the text of the paragraphs (`<p>`) inside an element.
    static func paragraphLength(_ element: XMLElement) -> Int {
        if element.localName.lowercased() == "p" { return textLength(element) }
        return element.childElements.reduce(0) { $0 + paragraphLength($1) }
    }
}
