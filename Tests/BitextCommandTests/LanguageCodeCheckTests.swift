import Segmentation
import Testing
@testable import BitextCommand

/// Language codes given on the command line: refused when not BCP 47, warned about when unknown.
struct LanguageCodeCheckTests {
    @Test func wellFormedTagsAreBCP47() {
        for code in ["en", "fr-CA", "pt_BR", "zh-Hant-TW", "es-419", "x-klingon", "zz", "EN"] {
            #expect(LanguageCodeCheck.isWellFormed(code), "\(code)")
        }
        for code in ["", "e n", "e.z", "en-", "-en", "e", "1en", "fr/en", "en-abcdefghi", "français"] {
            #expect(!LanguageCodeCheck.isWellFormed(code), "\(code)")
        }
    }

    @Test func aCodeNotBCP47IsAUsageErrorNamingTheOption() {
        #expect {
            try LanguageCodeCheck.validate("e n", option: "--lang")
        } throws: { error in
            "\(error)" == "--lang: 'e n' is not a language code (BCP 47: en, fr, pt-BR, zh-Hant…)"
        }
        #expect(throws: Never.self) { try LanguageCodeCheck.validate("zz", option: "--lang") }
    }

    /// `zz` gets the warning with Bitext's rule languages; codes Bitext knows (with or without
    /// rules of their own, any case, with a region) get none.
    @Test func anUnknownCodeIsWarnedAboutWithTheFallback() {
        let warning = LanguageCodeCheck.warning(for: "zz", rules: .bitext, fallback: "segmenting with X")
        let others = AlignJob.languageCodes.count - 7
        #expect(warning == "unknown language code 'zz': segmenting with X (known: en, fr, es, de, it, pt, ar and \(others) other ISO 639-1 codes)")
        #expect(LanguageCodeCheck.warning(for: "xx-YY", rules: .bitext, fallback: "F") != nil)
        for code in ["en", "FR", "fr-CA", "pt_BR", "ru", "nl"] {
            #expect(LanguageCodeCheck.warning(for: code, rules: .bitext, fallback: "F") == nil, "\(code)")
        }
    }

    /// An SRX file with rules for the code makes it known to the segmenter.
    @Test func rulesOfItsOwnMakeACodeKnown() throws {
        let rules = try SegmentationRules(srx: """
            <srx version="2.0"><header cascade="no"/><body><languagerules>
            <languagerule languagerulename="Z"><rule><beforebreak>;</beforebreak></rule></languagerule>
            </languagerules><maprules><languagemap languagepattern="zz.*" languagerulename="Z"/></maprules></body></srx>
            """, source: "z.srx")
        #expect(LanguageCodeCheck.warning(for: "zz", rules: rules, fallback: "F") == nil)
        #expect(LanguageCodeCheck.warning(for: "qq", rules: rules, fallback: "F")?.hasPrefix("unknown language code 'qq': F (known: zz and ") == true)
    }
}
