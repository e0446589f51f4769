/// How the concordance recognises a phrase of two words or more in another form, its "near hits":
/// its words in another inflection (`notices rouges` for `notice rouge`) or with one word inserted
/// inside it (`Ministre française des Droits des femmes` for `Ministre des Droits des femmes`).
///
/// The index proposes the candidates (units holding the phrase's content words, each by its first
/// letters, close together); `occurrences` decides. The Memory module has no language knowledge of its
/// own; `Lookup` makes one from the Terminology module's `TermMatcher` (`NearMatching.installed`), the
/// matcher `bitext terms suggest` uses.
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
    static let candidateCap = 2_000

    /// The FTS5 query proposing the candidates of a near search for the folded words of a phrase, or nil
    /// when fewer than two of them are content words (not `isFunctionWord`): all the content words
    /// within a window a few words wider than the phrase (articles and one inserted word), in any order,
    /// each as a prefix of its first letters, so that a plural or feminine ending (`notic*` for `notice`,
    /// `notices`; `soci*` for `social`, `sociaux`; `countr*` for `countries`, `country`) still matches:
    /// words of up to three letters whole, longer ones without their last letter and at most three letters
    /// shorter (never under four).
    static func candidateQuery(_ words: [String], isFunctionWord: (String) -> Bool) -> String? {
        guard words.count >= 2 else { return nil }
        let content = words.filter { !isFunctionWord($0) }
        guard content.count >= 2 else { return nil }
        let terms = content.map { word -> String in
            let count = word.count
            guard count > 3 else { return "\"\(word)\"" }
            return "\"\(word.prefix(min(count - 1, max(4, count - 3))))\"*"
        }
        return "NEAR(\(terms.joined(separator: " ")), \(words.count + 1))"
    }
}
