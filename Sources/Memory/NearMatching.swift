/// How the concordance recognises a phrase of two words or more in another form, its "near hits":
/// its words in another inflection (`notices rouges` for `notice rouge`) or with one word inserted
/// inside it (`Ministre française des Droits des femmes` for `Ministre des Droits des femmes`).
///
/// The index proposes the candidates (units holding the phrase's content words close together, each in
/// one of the forms that common plural and feminine endings give it); `finder` decides. The Memory
/// module has no language knowledge of its own; `Lookup` makes one from the Terminology module's
/// `TermMatcher` (`NearMatching.installed`), the matcher `bitext terms suggest` uses.
public struct NearMatching: Sendable {
    /// Finds a phrase in a text of a language.
    public typealias Finder = @Sendable (_ text: String) -> [Range<String.Index>]

    /// For a phrase and a language (a tag as the index stores it, `fr-fr`), the function giving where a
    /// text in that language holds the phrase in another form (the ranges cover the words matched and
    /// any word inserted between them; empty when it does not), or nil for a language without rules;
    /// nil when near hits are not looked for at all.
    public var finder: (@Sendable (_ phrase: String, _ language: String) -> Finder?)?

    /// Near matching by `finder`.
    public init(finder: (@Sendable (_ phrase: String, _ language: String) -> Finder?)?) {
        self.finder = finder
    }

    /// No near hit: the concordance finds the phrase exactly (case, accents and elision aside).
    public static let none = NearMatching(finder: nil)

    /// The most candidate segments checked per memory for near hits.
    static let candidateCap = 300

    /// The most `NEAR` groups of a candidate query (combinations of the words' forms).
    static let groupCap = 16

    /// The candidates of a near search in one index: the FTS5 query proposing them, and the check a
    /// candidate passes before ``finder`` looks at it.
    struct Candidates {
        /// Every combination of the content words' forms within a window a few words wider than the
        /// phrase (articles, one inserted word), in any order. Exact terms only: an FTS5 prefix query
        /// (`notic*`) merges the lists of every word with that prefix before the first hit, seconds for a
        /// frequent prefix on a million units.
        var query: String
        /// The forms of each content word in the index, in the phrase's order.
        var forms: [Set<String>]
        /// The most words from the first content word to the last, as the query's `NEAR` counts them.
        var window: Int

        /// Whether the folded words of a text hold the content words in the phrase's order within the
        /// window (the index's `NEAR` ignores order): most candidates fail here, at a tenth of the
        /// matcher's cost.
        func mayHold(_ keys: [String]) -> Bool {
            for start in keys.indices where forms[0].contains(keys[start]) {
                var position = start
                var found = true
                for set in forms.dropFirst() {
                    guard let next = keys[(position + 1)...].prefix(window).firstIndex(where: set.contains),
                          next - start <= window else {
                        found = false
                        break
                    }
                    position = next
                }
                if found { return true }
            }
            return false
        }
    }

    /// The candidates of a near search for the folded words of a phrase, or nil when fewer than two of
    /// them are content words (not `isFunctionWord`) or one of those has no form in the index (`exists`).
    static func candidates(_ words: [String], isFunctionWord: (String) -> Bool, exists: (String) -> Bool) -> Candidates? {
        guard words.count >= 2 else { return nil }
        let content = words.filter { !isFunctionWord($0) }
        guard content.count >= 2 else { return nil }
        var forms: [[String]] = []
        for word in content {
            let found = candidateForms(of: word).filter(exists)
            guard !found.isEmpty else { return nil }
            forms.append(found)
        }
        var combinations: [[String]] = [[]]
        for found in forms {
            combinations = Array(combinations.flatMap { prefix in found.map { prefix + [$0] } }.prefix(groupCap))
        }
        let window = words.count + 2
        let query = combinations.map { terms in
            "NEAR(\(terms.map { "\"\($0)\"" }.joined(separator: " ")), \(window - 1))"
        }.joined(separator: " OR ")
        return Candidates(query: query, forms: forms.map(Set.init), window: window)
    }

    /// The forms a folded word may take in another inflection, the word first: without and with the
    /// common plural and feminine endings of the Latin-script languages (`-s`, `-e`, `-es`, `-x`, a final
    /// consonant doubled before `-e`, `-al`/`-aux`, `-y`/`-ies`, `-f`/`-ve`). A net for candidates
    /// only, wider than any one language: ``finder`` decides. Words of up to two letters have no other form.
    static func candidateForms(of word: String) -> [String] {
        guard word.count > 2, word.allSatisfy(\.isLetter) else { return [word] }
        var stems = [word]
        for ending in ["s", "x", "e", "es"] where word.hasSuffix(ending) && word.count > ending.count + 2 {
            stems.append(String(word.dropLast(ending.count)))
        }
        var forms: [String] = []
        func add(_ form: String) { if !forms.contains(form) { forms.append(form) } }
        for stem in stems {
            for ending in ["", "s", "x", "e", "es"] { add(stem + ending) }
            if let last = stem.last, !"aeiouy".contains(last) { add(stem + String(last) + "e"); add(stem + String(last) + "es") }
        }
        let pairs = [("al", "aux"), ("y", "ies"), ("f", "ve"), ("f", "ves")]
        for (a, b) in pairs {
            if word.hasSuffix(a) { add(String(word.dropLast(a.count)) + b) }
            if word.hasSuffix(b) { add(String(word.dropLast(b.count)) + a) }
        }
        // A doubled consonant before a feminine `-e` (`nouvelle` → `nouvel`).
        for stem in stems.dropFirst() where stem.count > 3 {
            let letters = Array(stem)
            if letters[letters.count - 1] == letters[letters.count - 2], !"aeiouy".contains(letters[letters.count - 1]) {
                add(String(stem.dropLast()))
            }
        }
        return forms
    }
}
