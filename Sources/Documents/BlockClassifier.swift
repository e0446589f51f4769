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
        "privacy", "privacy policy", "privacy notice", "accessibility", "sitemap", "site map", "legal notice",
        "terms of use", "cookies", "cookie policy", "cookie settings", "disclaimer", "press room", "newsroom",
        // French
        "toutes les actualités", "actualités", "dernières actualités", "imprimer", "imprimer cette page",
        "partager", "partager sur", "partager cette page", "partager cet article", "courriel",
        "retour en haut", "retour en haut de la page", "haut de la page", "haut de page",
        "pour en savoir plus", "en savoir plus", "lire la suite", "voir aussi", "liens connexes",
        "contenu archivé", "archivé", "passer au contenu principal", "rechercher", "recherche", "accueil",
        "communiqué de presse", "communiqués de presse", "communiqué", "signaler un problème sur cette page",
        "détails de la page", "contactez-nous", "nous suivre", "suivez-nous", "s'abonner", "télécharger",
        "précédent", "suivant", "fermer", "langue", "langues", "politique de confidentialité",
        "confidentialité", "accessibilité", "plan du site", "mentions légales", "conditions d'utilisation",
        "politique de cookies", "gestion des cookies", "salle de presse", "espace presse",
        // Spanish
        "todas las noticias", "noticias", "imprimir", "compartir", "compartir en", "volver arriba",
        "leer más", "más información", "comunicado de prensa", "comunicados de prensa", "inicio", "buscar",
        "contenido archivado", "ir al contenido principal", "siguiente", "anterior", "política de privacidad",
        "privacidad", "accesibilidad", "mapa del sitio", "aviso legal", "política de cookies", "sala de prensa",
        // German
        "alle meldungen", "alle nachrichten", "alle medienmitteilungen", "drucken", "seite drucken", "teilen",
        "seite teilen", "teilen auf", "zurück nach oben", "nach oben", "weiterlesen", "pressemitteilung",
        "pressemitteilungen", "medienmitteilung", "medienmitteilungen", "startseite", "impressum", "datenschutz",
        "datenschutzerklärung", "barrierefreiheit", "folgen sie uns",
        // Language links
        "english", "français", "francais", "español", "espanol", "deutsch", "italiano", "português",
        "русский", "中文", "عربي", "العربية", "عربية",
    ]

    /// Menu lines that say the same in several languages (keys as ``key(_:)`` gives them): a line
    /// of one group is the translation of the lines of its group only.
    static let menuGroups: [String: Int] = {
        let groups: [[String]] = [
            ["all news", "toutes les actualités", "todas las noticias", "alle meldungen", "alle nachrichten", "alle medienmitteilungen"],
            ["news", "actualités", "noticias"],
            ["latest news", "dernières actualités", "últimas noticias"],
            ["print", "print this page", "imprimer", "imprimer cette page", "imprimir", "drucken", "seite drucken"],
            ["share", "share this", "share this page", "share this article", "partager", "partager cette page",
             "partager cet article", "compartir", "teilen", "seite teilen"],
            ["share on", "partager sur", "compartir en", "teilen auf"],
            ["email", "e-mail", "courriel"],
            ["back to top", "top of page", "go to top", "top", "retour en haut", "retour en haut de la page",
             "haut de la page", "haut de page", "volver arriba", "zurück nach oben", "nach oben"],
            ["read more", "more", "pour en savoir plus", "en savoir plus", "lire la suite", "leer más", "más información", "weiterlesen"],
            ["see also", "related links", "related content", "voir aussi", "liens connexes"],
            ["archived content", "archived", "contenu archivé", "archivé", "contenido archivado"],
            ["skip to main content", "skip to content", "passer au contenu principal", "ir al contenido principal"],
            ["search", "rechercher", "recherche", "buscar"],
            ["home", "accueil", "inicio", "startseite"],
            ["press release", "media release", "news release", "communiqué de presse", "communiqué", "comunicado de prensa", "pressemitteilung", "medienmitteilung"],
            ["press releases", "news releases", "communiqués de presse", "comunicados de prensa", "pressemitteilungen", "medienmitteilungen"],
            ["report a problem on this page", "signaler un problème sur cette page"],
            ["page details", "détails de la page"],
            ["contact us", "contactez-nous"],
            ["follow us", "nous suivre", "suivez-nous", "folgen sie uns"],
            ["subscribe", "s'abonner"],
            ["download pdf", "download", "télécharger"],
            ["previous", "précédent", "anterior"],
            ["next", "suivant", "siguiente"],
            ["close", "fermer"],
            ["language", "languages", "langue", "langues"],
            ["privacy", "privacy policy", "privacy notice", "politique de confidentialité", "confidentialité",
             "política de privacidad", "privacidad", "datenschutz", "datenschutzerklärung"],
            ["accessibility", "accessibilité", "accesibilidad", "barrierefreiheit"],
            ["sitemap", "site map", "plan du site", "mapa del sitio"],
            ["legal notice", "disclaimer", "mentions légales", "aviso legal", "impressum"],
            ["terms of use", "conditions d'utilisation"],
            ["cookies", "cookie policy", "cookie settings", "politique de cookies", "gestion des cookies", "política de cookies"],
            ["press room", "newsroom", "salle de presse", "espace presse", "sala de prensa"],
        ]
        var map: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for line in group { map[line] = index }
        }
        return map
    }()

    /// Language names that a page's language switch shows (kept with their original spelling).
    static let languageNames: Set<String> = [
        "english", "français", "francais", "español", "deutsch", "italiano", "português", "русский",
        "中文", "عربي", "العربية",
    ]

    /// Share and follow lines that name a network ("Share on Facebook", "Partager sur X"), by their
    /// start, with the menu line (a key of ``menuGroups``) each one stands for.
    static let shareLineStarts = [
        "share on ": "share on", "share via ": "share on", "partager sur ": "partager sur", "partager par ": "partager sur",
        "compartir en ": "compartir en", "compartir por ": "compartir en", "follow us on ": "follow us",
        "suivez-nous sur ": "suivez-nous", "teilen auf ": "teilen auf", "folgen sie uns auf ": "folgen sie uns",
    ]

    /// Networks and channels that share and follow lines name.
    static let socialNetworks: Set<String> = [
        "facebook", "twitter", "x", "linkedin", "whatsapp", "youtube", "instagram", "telegram", "bluesky", "mastodon",
        "threads", "flickr", "email", "e-mail", "courriel", "correo electrónico", "reddit",
    ]

    /// The menu line a line's key stands for: the key itself, or the share line without its network
    /// ("share on facebook" → "share on").
    static func menuKey(_ key: String) -> String {
        for (start, menuLine) in shareLineStarts where key.hasPrefix(start) {
            if socialNetworks.contains(String(key.dropFirst(start.count))) { return menuLine }
        }
        return key
    }

    /// Starts of lines that are page furniture ("Last modification 25.10.2016", "Lire en : English").
    static let boilerplatePrefixes = [
        "last modification", "last modified", "date modified", "last updated", "dernière modification",
        "date de modification", "mise à jour le", "última modificación", "fecha de modificación", "lire en ",
        "lire en:", "read in ", "read in:", "available in ", "disponible en ", "leer en ", "leer en:",
        "also available in",
    ]

    /// Starts of archive notices (compared lower-cased, with straight apostrophes).
    static let archiveNoticePrefixes = [
        "information identified as archived", "l'information dont il est indiqué qu'elle est archivée",
        "this page has been archived", "this content has been archived", "this information has been archived",
        "cette page a été archivée", "cette information a été archivée", "la información archivada",
    ]

    /// Starts of cookie notices (compared lower-cased, with straight apostrophes).
    static let cookieNoticePrefixes = [
        "this website uses cookies", "this site uses cookies", "our website uses cookies", "we use cookies",
        "this website uses cookie", "ce site utilise des cookies", "ce site web utilise des cookies",
        "ce site internet utilise des cookies", "nous utilisons des cookies", "notre site utilise des cookies",
        "este sitio web utiliza cookies", "este sitio utiliza cookies", "esta web utiliza cookies", "utilizamos cookies",
        "diese website verwendet cookies", "diese webseite verwendet cookies", "wir verwenden cookies",
    ]

    static let months =
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|avr|juil|juill|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember|okt|dez"

    /// A date in the forms releases write them ("14 November 2013", "October 10, 2018",
    /// "14 de mayo de 2025", "19.10.2016", "2025-03-12").
    static let date = try! NSRegularExpression(
        pattern: #"\b(\d{1,2}(st|nd|rd|th|er)?\.?\s+(de\s+)?(\#(months))\.?(,?\s+(de\s+)?\d{4})?|(\#(months))\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|(\#(months))\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}(-\d{2})?)\b"#,
        options: [.caseInsensitive])

    /// Words that mark a caption or a photo credit.
    static let captionWords = ["photo", "foto", "picture", "image", "crédit", "credit", "©"]

    /// Characters that open a list item when followed by a space.
    static let bullets: Set<Character> = ["-", "–", "—", "•", "·", "▪", "◦", "‣", "*", "+", "►"]

    /// The length in UTF-16 units of a crawler's date mark at the start of a line ("date 2022-07",
    /// "date 2022-07-30"), leading spaces included, or `nil`.
    static func crawlerDatePrefixLength(_ text: String) -> Int? {
        let units = Array(text.utf16.prefix(24))
        var index = 0
        while index < units.count, units[index] == 0x20 || units[index] == 0x09 { index += 1 }
        let isDigit = { (i: Int) in i < units.count && (0x30...0x39).contains(units[i]) }
        guard units.count >= index + 12, Array(units[index..<index + 5]) == Array("date ".utf16),
            (0...3).allSatisfy({ isDigit(index + 5 + $0) }), units[index + 9] == 0x2D,
            isDigit(index + 10), isDigit(index + 11) else { return nil }
        var end = index + 12
        if end + 2 < units.count, units[end] == 0x2D, isDigit(end + 1), isDigit(end + 2) { end += 3 }
        guard end == text.utf16.count || units.indices.contains(end) && (units[end] == 0x20 || units[end] == 0x09) else {
            return nil
        }
        return end
    }

    /// The text of a line reduced for comparison with ``boilerplateLines``.
    static func key(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        let lower = lowercasedBytes(text)
        var index = 0
        while index < lower.count {
            let byte = lower[index]
            var isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
            var replacement: [UInt8]? = nil
            var length = 1
            if byte == 0xC2, index + 1 < lower.count, lower[index + 1] == 0xA0 {
                isSpace = true  // no-break space
                length = 2
            } else if byte == 0xE2, index + 2 < lower.count, lower[index + 1] == 0x80 {
                let third = lower[index + 2]
                if (0x80...0x8A).contains(third) || third == 0xAF { isSpace = true }  // U+2000–200A, U+202F
                if third == 0x99 { replacement = [0x27] }  // ’ → '
                length = isSpace || replacement != nil ? 3 : 1
            }
            if isSpace {
                pendingSpace = !key.isEmpty
            } else {
                if pendingSpace { key.append(0x20) }
                pendingSpace = false
                if let replacement { key.append(contentsOf: replacement) } else { key.append(contentsOf: lower[index..<index + length]) }
            }
            index += length
        }
        while key.last == 0x3A || key.last == 0x20 { key.removeLast() }  // final ":" and spaces
        return String(decoding: key, as: UTF8.self)
    }

    /// Whether a line is page furniture: a menu or share line, a language link, a crawler date,
    /// "Last modification …", a line of separators.
    static func isBoilerplate(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        let hasASCIIAlphanumeric = text.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || (0x30...0x39).contains($0) }
        if !hasASCIIAlphanumeric, !text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
            return true
        }
        // The end mark of North American releases: "- 30 -", "-30-".
        if text.utf8.count <= 12, text.filter({ !$0.isWhitespace }) == "-30-" { return true }
        if isDocumentSymbol(text) { return true }
        let key = key(text)
        if boilerplateLines.contains(menuKey(key)) { return true }
        if boilerplatePrefixes.contains(where: key.hasPrefix) { return true }
        if let length = crawlerDatePrefixLength(key), length == key.utf16.count { return true }
        // A line of menu items separated by bars, bullets or slashes ("Print | Share"), or of
        // language names ("English Français Español").
        if key.unicodeScalars.contains(where: { "|·•/".unicodeScalars.contains($0) }) {
            let parts = key.split { "|·•/".contains($0) }.map(\.trimmedWhitespace).filter { !$0.isEmpty }
            if parts.count > 1, parts.allSatisfy({ boilerplateLines.contains(menuKey($0)) }) { return true }
        }
        guard let space = key.firstIndex(of: " "), languageNames.contains(String(key[..<space])) else { return false }
        return key.split(separator: " ").allSatisfy { languageNames.contains(String($0)) }
    }

    /// Whether a line (its ``key(_:)``) is a site's copyright line ("© City Police 2026", "All rights
    /// reserved"); a photo credit ("© UN Photo/Mark Garten") has no year and stays a caption.
    static func isCopyrightLine(_ key: String) -> Bool {
        if rightsReserved.contains(where: key.contains) { return true }
        guard key.hasPrefix("©") || key.hasPrefix("copyright ©") || key.hasPrefix("copyright 20") || key.hasPrefix("copyright 19") else {
            return false
        }
        return key.split(separator: " ").contains { part in
            let year = part.filter(\.isNumber)
            return year.count == 4 && (year.hasPrefix("19") || year.hasPrefix("20"))
        }
    }

    /// "All rights reserved" in the languages of ``boilerplateLines``, and German.
    static let rightsReserved = [
        "all rights reserved", "tous droits réservés", "todos los derechos reservados", "alle rechte vorbehalten",
    ]

    /// Whether a line is only a document symbol, as the United Nations print above releases
    /// ("SG/SM/16047-DH/5203-OBV/1358", "OBV/1358").
    static func isDocumentSymbol(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 5, bytes.count <= 60, bytes.contains(0x2F), bytes.contains(where: { (0x30...0x39).contains($0) }),
            let first = bytes.first, (0x41...0x5A).contains(first) else { return false }
        return bytes.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2F || $0 == 0x2D || $0 == 0x2E }
    }

    /// Whether a line is only a figure: digits with their punctuation and symbols, no letter
    /// ("12", "1,250", "40 %", "€2.5"), as a table's cells are. It is marked (a memory unit "12" ↔ "12"
    /// is flagged `x-boilerplate`) but keeps its kind, so that a book's page numbers do not make it
    /// a web page.
    static func isFigure(_ text: String) -> Bool {
        guard text.utf8.count <= 40, text.contains(where: \.isNumber) else { return false }
        return !text.contains(where: \.isLetter)
    }

    /// Whether a paragraph is an archive notice ("Information identified as archived is provided…"),
    /// a cookie notice ("This website uses cookies. By continuing…") or a copyright line. Notices
    /// are boilerplate of the kind of their markup, not ``BlockKind/boilerplate``: a book's
    /// "All rights reserved" must not make it look like a web page (``Document/hasPageFurniture``).
    static func isNotice(_ text: String) -> Bool {
        guard text.utf8.count < 1200 else { return false }
        let lower = key(String(text.prefix(60)))
        return archiveNoticePrefixes.contains(where: lower.hasPrefix)
            || text.utf8.count < 600 && cookieNoticePrefixes.contains(where: lower.hasPrefix)
            || text.utf8.count <= 200 && isCopyrightLine(key(text))
    }

    /// Whether a line only gives a date, perhaps with a short label ("14 November 2013 - Media release").
    static func isDateLine(_ text: String) -> Bool {
        guard text.utf8.count <= 100, text.utf8.lazy.filter({ $0 == 0x20 }).count <= 10,
              let rest = withoutDate(text) else { return false }
        return words(rest).count <= 4 && !rest.trimmedWhitespace.hasSuffix(".")
    }

    /// The words of a line besides its date ("Media release" in "14 November 2013 - Media
    /// release"; none in "10 October 2008"), or nil when the line gives no date.
    static func dateLabel(_ text: String) -> [Substring]? {
        withoutDate(text).map(words)
    }

    /// The line with its first date removed, or nil when it has none.
    private static func withoutDate(_ text: String) -> String? {
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        let whole = NSRange(text.startIndex..., in: text)
        guard let match = date.firstMatch(in: text, range: whole), let range = Range(match.range, in: text) else { return nil }
        var rest = text
        rest.removeSubrange(range)
        return rest
    }

    private static func words(_ text: String) -> [Substring] {
        text.split { $0.isWhitespace || "-–—|,:/()".contains($0) }
    }

    /// Whether a line links to the other language versions of the page ("Français", "English
    /// Français Español", "Lire en : عربي English").
    static func isLanguageLink(_ text: String) -> Bool {
        let key = key(text)
        if languageNames.contains(key) { return true }
        if ["lire en", "read in", "available in", "disponible en", "leer en", "also available in"].contains(where: key.hasPrefix) {
            return true
        }
        let words = key.split(separator: " ")
        return words.count > 1 && words.allSatisfy { languageNames.contains(String($0)) }
    }

    /// Whether a line is a photo caption or credit.
    static func isCaption(_ text: String) -> Bool {
        guard text.utf8.count <= 300 else { return false }
        let haystack = lowercasedBytes(text)
        guard captionWords.contains(where: { containsWord($0, in: haystack) }) else { return false }
        let lower = String(decoding: haystack.prefix(8), as: UTF8.self)
        return !endsSentence(text) || ["photo", "(photo", "foto", "(foto", "©"].contains { lower.hasPrefix($0) }
    }

    /// The UTF-8 bytes of a text in lower case: ASCII and the Latin-1 capitals (À–Þ) are mapped
    /// byte by byte, other text through `lowercased()` (rare in release lines).
    static func lowercasedBytes(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if (0x41...0x5A).contains(byte) {
                bytes[index] = byte | 0x20
            } else if byte == 0xC3, index + 1 < bytes.count, (0x80...0x9E).contains(bytes[index + 1]), bytes[index + 1] != 0x97 {
                bytes[index + 1] += 0x20
                index += 1
            } else if byte >= 0xC4 && byte < 0xF0 && byte != 0xE2 {
                // Other scripts and Latin Extended: let the standard library decide.
                return Array(text.lowercased().utf8)
            }
            index += 1
        }
        return bytes
    }

    /// Whether `word` occurs in the UTF-8 bytes `haystack` as a whole word, or with a plural "s" ("photo", "photos",
    /// "Photo-1", but not "photograph").
    static func containsWord(_ word: String, in haystack: [UInt8]) -> Bool {
        let needle = Array(word.utf8)
        guard haystack.count >= needle.count else { return false }
        /// Whether the scalar that starts at (or, going back, ends at) a byte is a letter.
        func isLetterByte(_ index: Int) -> Bool {
            guard haystack.indices.contains(index) else { return false }
            let byte = haystack[index]
            if byte < 0x80 { return (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) }
            var start = index
            while start > 0, haystack[start] & 0xC0 == 0x80 { start -= 1 }
            var iterator = haystack[start...].makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
            return scalar.properties.isAlphabetic
        }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            guard haystack[start..<start + needle.count].elementsEqual(needle) else { continue }
            let end = start + needle.count
            if !isLetterByte(start - 1), !isLetterByte(end) || (haystack[end] == 0x73 && !isLetterByte(end + 1)) {
                return true
            }
        }
        return false
    }

    /// Whether a line starts with a bullet or a list number.
    static func isListItem(_ text: String) -> Bool {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first else { return false }
        var rest = trimmed.dropFirst()
        if bullets.contains(first) {
            // "- item", "• item"
        } else if first.isASCII && first.isNumber {
            rest = rest.drop { $0.isASCII && $0.isNumber }
            guard trimmed.count - rest.count <= 3, let mark = rest.first, mark == "." || mark == ")" else { return false }
            rest = rest.dropFirst()
        } else if first.isASCII && first.isLowercase, rest.first == ")" {
            rest = rest.dropFirst()
        } else {
            return false
        }
        guard let space = rest.first, space == " " || space == "\t" || space == "\u{00A0}" else { return false }
        return rest.contains { !$0.isWhitespace }
    }

    /// Whether a line reads as a heading: short, capitalised, without a sentence's final punctuation.
    static func looksLikeHeading(_ text: String, maximumWords: Int = 20) -> Bool {
        guard text.utf8.count <= 300,
            let first = text.first(where: { !$0.isWhitespace }) else { return false }
        guard !first.isLowercase, text.contains(where: \.isLetter), !"“«\"„‘'(".contains(first) else { return false }
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return !".!?:;,".contains(last) && text.split(separator: " ").count <= maximumWords
    }

    /// Whether a text ends like a sentence (final punctuation, perhaps followed by closing quotes
    /// or brackets).
    static func endsSentence(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        guard let last = trimmed.last(where: { !"”»\"’')] \u{00A0}".contains($0) }) else {
            return false
        }
        return ".!?…".contains(last)
    }

    /// Whether a paragraph opens with a quotation mark.
    static func opensWithQuote(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "“«\"„‘‹".contains(first)
    }

    /// Marks as boilerplate a title or heading that repeats an earlier one word for word: a page
    /// that prints its headline twice (once in the page's header, once above the text) has one
    /// headline; the copy is page furniture, with no counterpart in another version.
    static func markRepeatedHeadings(_ blocks: inout [Block]) {
        var seen = Set<String>()
        for index in blocks.indices where blocks[index].kind == .title || blocks[index].kind == .heading {
            guard !blocks[index].isBoilerplate else { continue }
            if !seen.insert(key(blocks[index].text)).inserted { blocks[index].isBoilerplate = true }
        }
    }

    /// Whether a text's last character (besides white space) is a letter or a digit: no final
    /// punctuation, closing quote or ellipsis.
    static func endsWithLetterOrDigit(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return last.isLetter || last.isNumber
    }

    /// Whether a line is only separators of page furniture ("|", "/", "*****", "• •"), not the
    /// punctuation of a sentence ("!", "…", "—").
    static func isSeparatorLine(_ text: String) -> Bool {
        text.contains { !$0.isWhitespace } && text.allSatisfy { $0.isWhitespace || "|/\\•·*_=~#+".contains($0) }
    }

    /// Marks as captions the texts of a photo gallery: a paragraph between two photo labels (short
    /// caption lines such as "PR091 - Photo-3"), or after the last label at the end of the
    /// document, is the caption of the photo above it, however much it reads like the release's text.
    static func markCaptionTexts(_ blocks: inout [Block]) {
        func isLabel(_ index: Int) -> Bool {
            blocks.indices.contains(index) && blocks[index].kind == .caption && blocks[index].text.split(separator: " ").count <= 6
        }
        for index in blocks.indices where blocks[index].kind == .paragraph && !blocks[index].isBoilerplate && isLabel(index - 1) {
            if isLabel(index + 1) || index == blocks.count - 1 { blocks[index].kind = .caption }
        }
    }

    /// The kind of a line of text read without markup, and whether it is boilerplate.
    ///
    /// - Parameter titleAllowed: whether the line may be the document's title (no content block
    ///   came before it).
    static func classify(_ text: String, titleAllowed: Bool) -> (kind: BlockKind, isBoilerplate: Bool) {
        if isBoilerplate(text) { return (.boilerplate, true) }
        if isNotice(text) { return (.paragraph, true) }
        // "3. März 2026" is a German date line, not item 3 of a numbered list.
        if isListItem(text), !(text.first?.isNumber == true && isDateLine(text)) { return (.listItem, false) }
        if isCaption(text) { return (.caption, false) }
        if isDateLine(text) { return (.date, true) }
        if isFigure(text) { return (.paragraph, true) }
        if looksLikeHeading(text, maximumWords: titleAllowed ? 40 : 20) { return (titleAllowed ? .title : .heading, false) }
        if opensWithQuote(text) { return (.quote, false) }
        return (.paragraph, false)
    }

    /// The kind of a block whose markup gave `kind`, refined by its text (boilerplate, date lines,
    /// captions written as plain paragraphs).
    static func classify(_ text: String, markupKind kind: BlockKind) -> (kind: BlockKind, isBoilerplate: Bool) {
        if kind == .title { return (.title, false) }
        if isBoilerplate(text) { return (.boilerplate, true) }
        if isNotice(text) { return (kind == .date ? .paragraph : kind, true) }
        if kind != .date, !isDateLine(text), isFigure(text) { return (kind, true) }
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
