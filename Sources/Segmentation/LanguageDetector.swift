/// Guesses the language of a text among the languages Bitext has rules for.
///
/// A language tag in a path wins (`release.fr.txt`, `release_fr.html`, `fr/release.docx`);
/// otherwise Arabic script decides for `ar`, and the counts of very frequent words decide between
/// en, fr, es, de, it and pt.
public enum LanguageDetector {
    /// The languages the detector can return.
    public static let languages = ["en", "fr", "es", "de", "it", "pt", "ar"]

    /// The language of a file: from a tag in its path, else from its text; nil when unsure.
    public static func detect(path: String?, text: String) -> String? {
        if let path, let tagged = language(inPath: path) { return tagged }
        return detect(text)
    }

    /// A language tag in a path: a `.fr.` or `_fr`/`-fr` suffix of the name, or a `fr/` folder.
    public static func language(inPath path: String) -> String? {
        let components = path.split(separator: "/").map { $0.lowercased() }
        guard let name = components.last else { return nil }
        let stem = name.split(separator: ".", omittingEmptySubsequences: false)
        // release.fr.txt, fr.txt, release-fr.txt, release_fr.txt
        for part in stem.dropLast().reversed() {
            let tokens = part.split(whereSeparator: { $0 == "_" || $0 == "-" })
            if let last = tokens.last, languages.contains(String(last)) { return String(last) }
        }
        for folder in components.dropLast().reversed() where languages.contains(folder) {
            return folder
        }
        return nil
    }

    /// The language of a text from its words; nil when it has too few words to tell.
    public static func detect(_ text: String) -> String? {
        var arabic = 0
        var letters = 0
        var scores: [String: Int] = [:]
        var word = ""
        func flush() {
            if !word.isEmpty {
                for (language, words) in frequentWords where words.contains(word) {
                    scores[language, default: 0] += 1
                }
            }
            word = ""
        }
        for scalar in text.unicodeScalars.prefix(20_000) {
            if scalar.properties.isAlphabetic {
                letters += 1
                if (0x0600...0x06FF).contains(scalar.value) || (0x0750...0x077F).contains(scalar.value) { arabic += 1 }
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        if letters > 0, arabic * 2 > letters { return "ar" }
        guard let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              best.value >= 2 else { return nil }
        return best.key
    }

    /// Very frequent short words of each language, chosen to overlap little.
    static let frequentWords: [String: Set<String>] = [
        "en": ["the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "are", "this", "by", "from", "have", "has", "which", "will", "its", "be", "on", "it", "said"],
        "fr": ["le", "la", "les", "et", "des", "du", "est", "une", "dans", "qui", "pour", "sur", "au", "aux", "par", "ce", "cette", "avec", "sont", "été", "à", "a", "d", "l", "qu", "ont"],
        "es": ["el", "los", "las", "y", "del", "es", "una", "en", "que", "por", "para", "con", "se", "su", "sus", "al", "fue", "como", "más", "han", "ha"],
        "de": ["der", "die", "das", "und", "ist", "den", "dem", "des", "ein", "eine", "nicht", "mit", "sich", "auf", "für", "von", "zu", "im", "wird", "werden", "auch"],
        "it": ["il", "lo", "gli", "e", "della", "delle", "di", "che", "è", "per", "una", "con", "non", "sono", "nel", "nella", "alla", "dei", "ha", "anche"],
        "pt": ["o", "os", "as", "e", "do", "da", "dos", "das", "em", "que", "um", "uma", "para", "com", "não", "no", "na", "foi", "ao", "pelo", "pela", "são"],
    ]
}
