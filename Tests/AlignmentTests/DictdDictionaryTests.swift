@testable import Alignment
import Testing

/// The installed FreeDict dictionaries as the aligner reads them (skipped when they are not installed:
/// `apt-get install dict-freedict-eng-fra dict-freedict-fra-eng`).
struct DictdDictionaryTests {
    static let englishFrenchInstalled = DictdDictionary.installed(source: "en", target: "fr") != nil

    /// FreeDict translates "today" as "aujourd'hui", which the texts hold as the tokens `aujourd` and
    /// `hui`: each token of three letters or more becomes a translation, so the word is found in a text.
    @Test(.enabled(if: englishFrenchInstalled, "needs dict-freedict-eng-fra"))
    func translationWithAnApostropheIsSplitIntoItsTokens() throws {
        let lexicon = try #require(Lexicon.installed(source: "en", target: "fr", sourceWords: ["today"], targetWords: [],
                                                     directory: AlignmentOptions().dictionaryDirectory))
        #expect(lexicon.translations(of: "today").isSuperset(of: ["aujourd", "hui"]), "\(lexicon.translations(of: "today"))")
        #expect(!lexicon.translations(of: "today").contains("aujourd'hui"))
    }
}
