import TMX
import Testing

@Suite struct LanguageTagTests {
    @Test func comparesIgnoringCaseAndUnderscore() {
        let tags: [LanguageTag] = ["fr-FR", "fr-fr", "FR_fr", " fr-FR "]
        #expect(Set(tags).count == 1)
        #expect(tags.map(\.description) == ["fr-FR", "fr-fr", "FR_fr", "fr-FR"])
        #expect(LanguageTag("fr-CA") != LanguageTag("fr-FR"))
    }

    @Test func primarySubtagAndMatching() {
        #expect(LanguageTag("ZH_hant_TW").primary == "zh")
        #expect(LanguageTag("fr").matches("FR-ca"))
        #expect(!LanguageTag("fr").matches("fy"))
    }

    @Test func allSourceLanguages() {
        #expect(LanguageTag("*all*").isAll)
        #expect(LanguageTag("*ALL*").isAll)
        #expect(LanguageTag("*").isAll)
        #expect(!LanguageTag("en").isAll)
    }

    /// The one test of a code's shape that tables, glossaries and the command line share.
    @Test func wellFormedCodes() {
        for code in ["en", "EN", "fr-FR", "pt_BR", "zh-Hant-TW", "es-419", "x-klingon", "ENU"] {
            #expect(LanguageTag(code).isWellFormed, "\(code)")
        }
        for code in ["", "e", "x", "hello", "en US", "fr-", "-en", "1en", "en-abcdefghi", "Français", "*all*", "e.z"] {
            #expect(!LanguageTag(code).isWellFormed, "\(code)")
        }
    }
}
