import Foundation

/// Recognises what a line of a release is from its text alone: boilerplate of release pages, date
/// lines, captions, list items, headings. Shared by the three readers.
enum BlockClassifier {
    /// Whole lines that are page furniture (compared lower-cased, spaces collapsed, a final colon
    /// and curly apostrophes normalised).
    static let boilerplateLines: Set<String> = [
        // English
        "all news", "news", "latest news", "print", "print this page", "share", "share on", "share this",
        "share this page", "share this article", "tweet", "email", "e-mail", "facebook", "twitter", "x",
        "linkedin", "whatsapp", "youtube", "instagram", "back to top", "top of page", "go to top", "top",
        "read more", "more", "see also", "related links", "related content", "related news",
        "archived content", "archived", "skip to main content", "skip to content", "menu", "search",
        "home", "press release", "press releases", "media release", "news release", "news releases",
        "latest statements", "report a problem on this page", "page details", "contact us", "follow us",
        "subscribe", "download pdf", "download", "previous", "next", "close", "language", "languages",
        // French
        "toutes les actualités", "actualités", "dernières actualités", "imprimer", "imprimer cette page",
        "partager", "partager sur", "partager cette page", "partager cet article", "courriel",
        "retour en haut", "retour en haut de la page", "haut de la page", "haut de page",
        "pour en savoir plus", "en savoir plus", "lire la suite", "voir aussi", "liens connexes",
        "contenu archivé", "archivé", "passer au contenu principal", "rechercher", "recherche", "accueil",
        "communiqué de presse", "communiqués de presse", "communiqué", "signaler un problème sur cette page",
        "détails de la page", "contactez-nous", "nous suivre", "suivez-nous", "s'abonner", "télécharger",
        "précédent", "suivant", "fermer", "langue", "langues",
        // Spanish
        "todas las noticias", "noticias", "imprimir", "compartir", "compartir en", "volver arriba",
        "leer más", "más información", "comunicado de prensa", "comunicados de prensa", "inicio", "buscar",
        "contenido archivado", "ir al contenido principal", "siguiente", "anterior",
        // Language links
        "english", "français", "francais", "español", "espanol", "deutsch", "italiano", "português",
        "русский", "中文", "عربي", "العربية", "عربية",
    ]

    /// Language names that a page's language switch shows (kept with their original spelling).
    static let languageNames: Set<String> = [
        "english", "français", "francais", "español", "deutsch", "italiano", "português", "русский",
        "中文", "عربي", "العربية",
    ]

    nonisolated(unsafe) static let boilerplatePrefix = try! Regex(
        #"^(last modification|last modified|date modified|last updated|dernière modification|date de modification|mise à jour|última modificación|fecha de modificación|lire en|read in|available in|disponible en|leer en|also available in|page \d+ of)\b"#
    ).ignoresCase()

    nonisolated(unsafe) static let archiveNotice = try! Regex(
        #"^(information identified as archived|l['’]information dont il est indiqué qu['’]elle est archivée|this (page|content|information) has been archived|cette (page|information) a été archivée|la información archivada)"#
    ).ignoresCase()

    nonisolated(unsafe) static let crawlerDate = try! Regex(#"^date \d{4}-\d{2}(-\d{2})?$"#)

    /// A crawler's date prefix at the start of a line (" date 2022-07 OTTAWA…").
    nonisolated(unsafe) static let crawlerDatePrefix = try! Regex(#"^\s*date \d{4}-\d{2}(-\d{2})?(?=\s+\S)"#)

    static let months =
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|avr|juil|juill|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"

    nonisolated(unsafe) static let date = try! Regex(
        #"\b(\d{1,2}(st|nd|rd|th|er)?\.?\s+(de\s+)?(\#(months))\.?(,?\s+(de\s+)?\d{4})?|(\#(months))\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|(\#(months))\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}(-\d{2})?)\b"#
    ).ignoresCase()

    nonisolated(unsafe) static let caption = try! Regex(
        #"(\bphotos?\b|\bfotos?\b|\bpicture\b|\bimage\b|\bcrédits?\b|\bcredits?\b|©)"#
    ).ignoresCase()

    nonisolated(unsafe) static let listMarker = try! Regex(#"^\s*([-–—•·▪◦‣*+►]|\d{1,3}[.)]|[a-z][)])\s+\S"#)

    /// The text of a line reduced for comparison with ``boilerplateLines``.
    static func key(_ text: String) -> String {
        var key = text.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while key.hasSuffix(":") || key.hasSuffix(" ") { key.removeLast() }
        return key
    }

    /// Whether a line is page furniture: a menu or share line, a language link, a crawler date,
    /// "Last modification …", a line of separators.
    static func isBoilerplate(_ text: String) -> Bool {
        guard text.count <= 160 else { return false }
        if !text.contains(where: { $0.isLetter || $0.isNumber }) { return true }
        // The end mark of North American releases: "- 30 -", "-30-".
        if text.filter({ !$0.isWhitespace }) == "-30-" { return true }
        let key = key(text)
        if boilerplateLines.contains(key) { return true }
        if key.count <= 100, (try? boilerplatePrefix.prefixMatch(in: key)) != nil { return true }
        if (try? crawlerDate.wholeMatch(in: key)) != nil { return true }
        // A line of menu items separated by bars, bullets or slashes ("Print | Share"), or of
        // language names ("English Français Español").
        let parts = key.split { "|·•/".contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if parts.count > 1, parts.allSatisfy({ boilerplateLines.contains($0) }) { return true }
        let words = key.split(separator: " ").map(String.init)
        if words.count > 1, words.allSatisfy({ languageNames.contains($0) }) { return true }
        return false
    }

    /// Whether a paragraph is an archive notice ("Information identified as archived is provided…").
    static func isArchiveNotice(_ text: String) -> Bool {
        text.count < 600 && (try? archiveNotice.prefixMatch(in: text)) != nil
    }

    /// Whether a line only gives a date, perhaps with a short label ("14 November 2013 - Media release").
    static func isDateLine(_ text: String) -> Bool {
        guard text.count <= 80, let match = try? date.firstMatch(in: text) else { return false }
        var rest = text
        rest.removeSubrange(match.range)
        let words = rest.split { $0.isWhitespace || "-–—|,:/()".contains($0) }
        return words.count <= 4 && !rest.trimmingCharacters(in: .whitespaces).hasSuffix(".")
    }

    /// Whether a line is a photo caption or credit.
    static func isCaption(_ text: String) -> Bool {
        guard text.count <= 250, (try? caption.firstMatch(in: text)) != nil else { return false }
        let lower = text.lowercased()
        return !endsSentence(text) || ["photo", "(photo", "foto", "(foto", "©"].contains { lower.hasPrefix($0) }
    }

    /// Whether a line starts with a bullet or a list number.
    static func isListItem(_ text: String) -> Bool {
        guard let first = text.first, !first.isLetter || text.dropFirst().first == ")" else { return false }
        return (try? listMarker.prefixMatch(in: text)) != nil
    }

    /// Whether a line reads as a heading: short, capitalised, without a sentence's final punctuation.
    static func looksLikeHeading(_ text: String, maximumWords: Int = 20) -> Bool {
        guard text.count <= 250, let first = text.first(where: { !$0.isWhitespace }) else { return false }
        guard !first.isLowercase, text.contains(where: \.isLetter), !"“«\"„‘'(".contains(first) else { return false }
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return !".!?:;,".contains(last) && text.split(separator: " ").count <= maximumWords
    }

    /// Whether a text ends like a sentence (final punctuation, perhaps followed by closing quotes
    /// or brackets).
    static func endsSentence(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.drop(while: { _ in false }).last(where: { !"”»\"’')] \u{00A0}".contains($0) }) else {
            return false
        }
        return ".!?…".contains(last)
    }

    /// Whether a paragraph opens with a quotation mark.
    static func opensWithQuote(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "“«\"„‘‹".contains(first)
    }

    /// The kind of a line of text read without markup, and whether it is boilerplate.
    ///
    /// - Parameter titleAllowed: whether the line may be the document's title (no content block
    ///   came before it).
    static func classify(_ text: String, titleAllowed: Bool) -> (kind: BlockKind, isBoilerplate: Bool) {
        if isBoilerplate(text) { return (.boilerplate, true) }
        if isArchiveNotice(text) { return (.paragraph, true) }
        if isListItem(text) { return (.listItem, false) }
        if isCaption(text) { return (.caption, false) }
        if isDateLine(text) { return (.date, true) }
        if looksLikeHeading(text, maximumWords: titleAllowed ? 40 : 20) { return (titleAllowed ? .title : .heading, false) }
        if opensWithQuote(text) { return (.quote, false) }
        return (.paragraph, false)
    }

    /// The kind of a block whose markup gave `kind`, refined by its text (boilerplate, date lines,
    /// captions written as plain paragraphs).
    static func classify(_ text: String, markupKind kind: BlockKind) -> (kind: BlockKind, isBoilerplate: Bool) {
        if isBoilerplate(text) { return (.boilerplate, true) }
        if isArchiveNotice(text) { return (kind == .date ? .paragraph : kind, true) }
        switch kind {
        case .paragraph:
            if isCaption(text) { return (.caption, false) }
            if isDateLine(text) { return (.date, true) }
            if isListItem(text) { return (.listItem, false) }
            return (.paragraph, false)
        case .date:
            return isDateLine(text) ? (.date, true) : (.paragraph, false)
        default:
            return (kind, false)
        }
    }
}
