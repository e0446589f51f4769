import Testing
@testable import Memory

/// How the concordance finds the span of a translation rendering a phrase when no glossary gives it,
/// on sentences written for these tests.
struct TranslationSpanFinderTests {
    /// Grammatical words of the two languages, as `Lookup` gives them from the term extractor's lists.
    static let functionWords: [String: Set<String>] = [
        "en": ["the", "a", "of", "for", "and", "by", "against", "in", "was"],
        "fr": ["le", "la", "de", "d", "contre", "des"],
    ]

    static func finder(_ phrase: String, hits: Int, background: [String: Int] = [:],
                       translations: [String: [String]] = [:]) -> TranslationSpanFinder {
        TranslationSpanFinder(
            phrase: FoldedTokenizer.keys(of: phrase), hints: [], totalHits: hits,
            backgroundCount: { gram, _ in background[gram.joined(separator: " ")] ?? 1 },
            phraseLanguage: "fr", targetLanguage: "en",
            evidence: RenderingEvidence(
                isFunctionWord: { word, language in functionWords[language]?.contains(word) ?? false },
                translations: { word, from, to in from == "fr" && to == "en" ? translations[word] ?? [] : [] }))
    }

    static func words(_ texts: String...) -> [[FoldedTokenizer.Word]] {
        texts.map(FoldedTokenizer.words(of:))
    }

    /// With one hit every sequence of its translation co-occurs perfectly with the phrase: a name after
    /// the title (`Secretary General Maria`) must not win over the words that are cognates of the phrase.
    @Test func oneHitIsRenderedByItsCognatesNotByAnyUniqueSequence() throws {
        let finder = Self.finder("Secrétaire général", hits: 1, background: ["secretary general": 3])
        let rendering = try #require(finder.rendering(in: Self.words(
            "The meeting was opened by the Secretary General Maria Lopez and the mayor of Lyon.")))
        #expect(rendering.words == ["secretary", "general"])
        #expect(rendering.evidence == "association")
    }

    /// A rendering never starts or ends on a grammatical word (`the fight against terrorism`), and
    /// association with the phrase keeps the words that no dictionary links (`fight`).
    @Test func renderingsAreBoundedByContentWords() throws {
        let finder = Self.finder("lutte contre le terrorisme", hits: 2,
                                 background: ["terrorism": 6, "fight against terrorism": 2, "the fight against terrorism": 2])
        let rendering = try #require(finder.rendering(in: Self.words(
            "Ministers stepped up the fight against terrorism in Lyon.",
            "Police chiefs discussed the fight against terrorism and organized crime.")))
        #expect(rendering.words == ["fight", "against", "terrorism"])
    }

    /// A dictionary translation links a word that spelling cannot (`rouge` → `red`). Without one, a
    /// content word right beside a matched word is taken for the translation of the phrase's unmatched
    /// word (`red` beside `notice`), but not a word further away (`Monday`).
    @Test func dictionaryTranslationsLinkWords() throws {
        let text = Self.words("The police issued a red notice for the suspect on Monday.")
        let withDictionary = Self.finder("notice rouge", hits: 1, translations: ["rouge": ["red"]])
        #expect(withDictionary.rendering(in: text)?.words == ["red", "notice"])
        let spellingOnly = Self.finder("notice rouge", hits: 1)
        #expect(spellingOnly.rendering(in: text)?.words == ["red", "notice"])
        let apart = Self.words("A notice was issued for the suspect on Monday.")
        #expect(spellingOnly.rendering(in: apart)?.words == ["notice"])
        // Nor across a comma: a rendering never spans phrase punctuation.
        let punctuated = Self.words("They sent the notice, red and urgent, on Monday.")
        #expect(spellingOnly.rendering(in: punctuated)?.words == ["notice"])
    }

    /// Without any word the phrase's words match, a single hit says nothing: no span is highlighted
    /// rather than a wrong one.
    @Test func noHighlightWithoutWordEvidenceOnFewHits() {
        let finder = Self.finder("arme à feu", hits: 1)
        #expect(finder.rendering(in: Self.words("Officers seized a handgun in Lyon.")) == nil)
    }

    /// A translation without the rendering gets a close variant: a short rendering only in another
    /// inflection or with one word inserted, a longer one with one word changed.
    @Test func variantsOfShortRenderingsKeepEveryWord() throws {
        let text = FoldedTokenizer.words(of: "They fight the sexual exploitation and trafficking of children.")
        #expect(TranslationSpanFinder.span(in: text, rendering: ["exploitation", "of", "young"]) == nil)
        let inserted = try #require(TranslationSpanFinder.span(in: text, rendering: ["exploitation", "trafficking"]))
        #expect(text.first { $0.key == "exploitation" }?.range.lowerBound == inserted.lowerBound)
        let minister = FoldedTokenizer.words(of: "La Ministre aux Droits des femmes a parlé.")
        #expect(TranslationSpanFinder.span(in: minister, rendering: ["ministre", "des", "droits", "des", "femmes"]) != nil)
    }

    @Test func cognatesShareMostOfTheShorterWord() {
        #expect(TranslationSpanFinder.areCognates("ministre", "minister"))
        #expect(TranslationSpanFinder.areCognates("crise", "crisis"))
        #expect(TranslationSpanFinder.areCognates("humains", "human"))
        #expect(!TranslationSpanFinder.areCognates("conference", "confirmed"))
        #expect(!TranslationSpanFinder.areCognates("rouge", "red"))
    }
}
