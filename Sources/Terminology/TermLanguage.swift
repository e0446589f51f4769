/// What term extraction and matching know of a language: the words that cannot start or end a
/// term (stop words), the words that may link the words of a term (`de`, `of`), the articles that may
/// follow a link (`de la`), and how to take a plural back to the singular.
public struct TermLanguage: Sendable {
    /// The primary language subtag (`fr`, `en`, `es`, `de`).
    public let code: String
    /// Words that never start or end a term (folded: lower case, no accents).
    let stopWords: Set<String>
    /// Words allowed inside a term between two content words (`de`, `des`, `d'`, `of`, `for`).
    let linkers: Set<String>
    /// Articles allowed right after a linker (`de la Sécurité publique`, `for the Americas`).
    let articles: Set<String>
    /// Whether a capitalised title may carry one adjective after its head that a glossary drops
    /// (`Ministre française des Droits des femmes` → `Ministre des Droits des femmes`).
    let postposedAdjectives: Bool

    /// Whether `tokens` (a candidate as written) are a lower-case phrase with a preposition inside
    /// (`type of help`, `country in the region`) in a language whose terms are mostly compounds
    /// (English, German: `law enforcement`, `member country`), where such a phrase is mostly a phrase
    /// of the text rather than a term.
    func isPrepositionalPhrase(_ tokens: [TermToken]) -> Bool {
        guard code == "en" || code == "de" else { return false }
        let words = tokens.filter(\.isWord)
        guard words.count > 2, !words[0].isCapitalized else { return false }
        return words.dropFirst().dropLast().contains { linkers.contains($0.key) && !["and", "und"].contains($0.key) }
    }

    /// The profile of `tag`'s language; a generic one (no stop words beyond punctuation) for the
    /// languages Bitext has no list for.
    public init(_ tag: String) {
        let code = LanguageCode.primary(tag)
        self.code = code
        switch code {
        case "fr":
            linkers = ["de", "du", "des", "d'", "a", "au", "aux", "pour", "sur", "contre", "en", "et"]
            articles = ["la", "le", "l'", "les"]
            postposedAdjectives = true
            stopWords = Self.words("""
                le la les l' un une des du de d' au aux a à et ou ni mais donc or car que qu' qui quoi dont ou où ce cet cette ces
                son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes il elle ils elles on nous vous je j' tu me m' te t' se s' lui y en
                ne n' pas plus moins tres très aussi ainsi alors deja déjà encore toujours jamais tout tous toute toutes autre autres meme même
                par pour sur sous dans avec sans entre vers chez contre selon depuis pendant avant apres après lors durant parmi
                est sont etait était etaient étaient sera seront a ont avait avaient aura auront ete été etre être avoir fait faire font
                peut peuvent doit doivent doivent devrait pourrait va vont ainsi cela ceci celui celle ceux celles comme si lorsque lorsqu' quand
                puisque puisqu' afin leurs quelque quelques chaque plusieurs certains certaines aujourd'hui hier demain ici la là
                m. mme mm. mlle dr notamment egalement également particulier cours
                janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre decembre décembre
                lundi mardi mercredi jeudi vendredi samedi dimanche
                un deux trois quatre cinq six sept huit neuf dix onze douze vingt cent mille million millions milliard
                important importante importants importantes plein pleine nouveau nouvelle nouveaux nouvelles different differente
                differents differentes certain certaine grand grande grands grandes seul seule propre recent recente dernier
                derniere prochain prochaine tel telle
                """)
        case "en":
            linkers = ["of", "for", "in", "on", "against", "and", "to"]
            articles = ["the"]
            postposedAdjectives = false
            stopWords = Self.words("""
                the a an and or nor but so yet of for in on at by to from with without into onto over under about against between
                through during before after since until within among as than then that this these those which who whom whose what
                it its they them their he him his she her we us our you your i me my is are was were be been being has have had
                do does did will would shall should can could may might must not no also very more most less such only other same
                all each every some any both either neither here there today yesterday tomorrow said says while when where how why
                mr. mrs. mr mrs ms dr
                including following regarding concerning according despite via towards toward upon amid throughout excluding
                january february march april may june july august september october november december
                monday tuesday wednesday thursday friday saturday sunday
                one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million millions billion
                important new full different certain recent last next own great large largest key
                """)
        case "es":
            linkers = ["de", "del", "contra", "para", "en", "y", "a", "al"]
            articles = ["la", "el", "los", "las"]
            postposedAdjectives = true
            stopWords = Self.words("""
                el la los las un una unos unas de del al a y o u ni pero que qui quien cuyo como en con sin por para sobre entre
                hacia desde hasta contra segun según durante es son era eran fue fueron ser estar ha han habia había se su sus lo le les
                este esta estos estas ese esa esos esas muy mas más tambien también ya hoy ayer
                """)
        case "de":
            linkers = ["der", "des", "für", "fur", "von", "vom", "und", "gegen", "zur", "zum"]
            articles = ["die", "der", "den", "dem"]
            postposedAdjectives = false
            stopWords = Self.words("""
                der die das den dem des ein eine einen einem einer eines und oder aber doch dass daß wer wie was wo in im an am auf aus
                bei mit nach seit von vom zu zum zur fur für gegen ohne um durch uber über unter vor hinter ist sind war waren wird werden
                wurde wurden hat haben hatte hatten sein nicht auch sehr heute er sie es wir ihr ich sich
                """)
        default:
            linkers = []
            articles = []
            postposedAdjectives = false
            stopWords = []
        }
    }

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: \.isWhitespace).map { TermNormalizer.fold(String($0)) })
    }

    /// Whether token `index` of `tokens` may start or end a term: a content word
    /// (``isContent(_:)``) that is not the noun of a French prepositional phrase (`à la suite de`,
    /// `au sein de`, `à l’égard de`, `en vue de`), which ends a term rather than extending it
    /// (`Haïti à la suite du séisme`).
    func isContent(_ tokens: [TermToken], at index: Int) -> Bool {
        guard isContent(tokens[index]) else { return false }
        guard code == "fr", Self.frenchPrepositionalNouns.contains(tokens[index].key) else { return true }
        var before = index - 1
        if before >= 0, ["la", "l'"].contains(tokens[before].key) { before -= 1 }
        return !(before >= 0 && ["a", "au", "aux", "en"].contains(tokens[before].key))
    }

    /// The nouns of French prepositional phrases: `à la suite de`, `au cours de`, `au sein de`,
    /// `au niveau de`, `à l’égard de`, `à l’échelle de`, `à l’issue de`, `à l’encontre de`, `à
    /// l’instar de`, `à l’occasion de`, `au lieu de`, `à travers`, `en raison de`, `en vue de`, `au
    /// moyen de`, `en dépit de` (not `en matière de`, which a title may hold: `lignes directrices en
    /// matière de …`).
    private static let frenchPrepositionalNouns: Set<String> = [
        "suite", "cours", "sein", "niveau", "egard", "echelle", "issue", "encontre", "instar", "occasion", "lieu",
        "travers", "raison", "vue", "moyen", "depit",
    ]

    /// Whether a folded word may start or end a term.
    func isContent(_ token: TermToken) -> Bool {
        guard token.isWord, !stopWords.contains(token.key), !token.isElision, !token.key.allSatisfy(\.isNumber) else { return false }
        // English adverbs (`officially`, `internationally`) neither start nor end a term.
        if code == "en", token.key.count > 5, token.key.hasSuffix("ly"), !token.isCapitalized { return false }
        return true
    }

    /// The singular of a folded word (`reseaux` → `reseau`, `sociaux` → `social`, `countries` → `country`).
    func singular(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }) else { return word }
        switch code {
        case "fr":
            if Self.frenchInvariable.contains(TermNormalizer.fold(word)) { return word }
            if word.hasSuffix("eaux") { return String(word.dropLast()) }
            if word.hasSuffix("aux") { return String(word.dropLast(3)) + "al" }
            if word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") {
                return String(word.dropLast())
            }
            // Most French words in `-us` are singular (`abus`, `processus`, `bonus`), but not
            // participles and nouns in `-dus`, `-çus`, `-vus`, `-nnus`, `-enus`, `-élus` (`perdus`,
            // `individus`, `reçus`, `prévus`, `connus`, `revenus`, `élus`).
            let folded = TermNormalizer.fold(word)
            if ["dus", "cus", "vus", "nnus", "enus", "elus"].contains(where: folded.hasSuffix),
                !["modus", "blocus", "focus", "caucus", "crocus", "abacus"].contains(folded) {
                return String(word.dropLast())
            }
            return word
        case "en":
            if Self.englishInvariable.contains(word) { return word }
            if word.hasSuffix("'s") || word.hasSuffix("’s") || word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
            if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
            if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") { return String(word.dropLast(2)) }
            if word.hasSuffix("s") && !word.hasSuffix("ics") { return String(word.dropLast()) }
            return word
        case "es":
            if word.hasSuffix("es") && word.count > 5 && !"aeiou".contains(word.dropLast(2).last ?? "a") { return String(word.dropLast(2)) }
            if word.hasSuffix("s") { return String(word.dropLast()) }
            return word
        default:
            return word
        }
    }

    /// A loose stem for matching: the singular, then a French or Spanish feminine `e`/`a` dropped
    /// (`française` and `francais` meet at `francais`).
    func stem(_ word: String) -> String {
        var word = singular(word)
        if (code == "fr" || code == "es"), word.count > 4, word.hasSuffix("e") || (code == "es" && word.hasSuffix("a")) {
            word.removeLast()
            if code == "fr", word.hasSuffix("ll") || word.hasSuffix("nn") || word.hasSuffix("tt") { word.removeLast() }
        }
        if code == "fr", word.hasSuffix("iv") { word = String(word.dropLast()) + "f" }
        return word
    }

    /// Whether a base form's words include a noun used in the plural only (`human rights`, `personal
    /// effects`, `data`): its translation then keeps the plural too (`droits humains`, `données`).
    func isPluralOnly(_ baseForm: String) -> Bool {
        code == "en" && baseForm.split(separator: " ").contains { Self.englishPluralOnly.contains(TermNormalizer.fold(String($0))) }
    }

    /// Whether a folded word has an adjective ending that nouns rarely have (French `-ale`, `-aux`,
    /// `-ique`, `-ive`, `-elle`, `-euse`), so that it does not start a term.
    func looksAdjectival(_ word: String) -> Bool {
        guard code == "fr", word.count > 4 else { return false }
        return ["al", "ale", "ales", "aux", "ique", "iques", "if", "ive", "ifs", "ives", "elle", "elles", "euse", "euses"].contains { word.hasSuffix($0) }
    }

    /// A text with its last word in the singular, case kept (`Red Notices` → `Red Notice`).
    func singularLastWord(_ text: String) -> String {
        guard let space = text.lastIndex(of: " ") else { return text }
        let word = String(text[text.index(after: space)...])
        guard !word.allSatisfy({ $0.isUppercase || !$0.isLetter }) else { return text }
        let folded = TermNormalizer.fold(word), singular = self.singular(folded)
        guard singular != folded, singular.count < word.count, folded.hasPrefix(singular) else { return text }
        return String(text[...space]) + String(word.prefix(singular.count))
    }

    private static let englishPluralOnly: Set<String> = ["remains", "effects", "rights", "arms", "affairs", "forces", "data", "goods", "belongings"]

    private static let englishInvariable: Set<String> = ["news", "series", "species", "headquarters", "means", "remains", "effects", "rights", "arms", "affairs", "forces", "nations", "states"]

    private static let frenchInvariable: Set<String> = [
        "pays", "fois", "corps", "temps", "bras", "dos", "mois", "prix", "choix", "voix", "paix", "cas", "acces", "succes",
        "progres", "proces", "processus", "virus", "abus", "avis", "appuis", "divers", "francais", "anglais", "gros", "bas",
        "mortem", "fils", "puis", "sens",
    ]
}
