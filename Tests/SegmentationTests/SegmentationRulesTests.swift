import Foundation
import Testing
import TestSupport
@testable import Segmentation

struct SegmentationRulesTests {
    /// Every SRX file of the shared interop folder loads, compiles and segments a text; the empty
    /// one fails with a clear message.
    @Test(.requiresSharedData) func everySharedRuleFileLoadsAndRuns() throws {
        let files = SharedData.files(in: "interop/srx", suffix: ".srx")
        #expect(files.count >= 15)
        let text = "Mr. Smith went to Washington. He arrived at 10.30 a.m. on Monday! Did he? « Oui. Non », a-t-il dit.\nNew line"
        for file in files {
            if file.lastPathComponent.contains("NEGATIVE") {
                #expect {
                    try SegmentationRules(contentsOf: file)
                } throws: { error in
                    "\(error)".contains("empty")
                }
                continue
            }
            let rules = try SegmentationRules(contentsOf: file)
            let segmenter = try Segmenter(rules: rules)
            for language in ["en", "fr", "de", "EN-US", "pt_BR"] {
                let sentences = segmenter.segment(text, language: language)
                #expect(!sentences.isEmpty, "\(file.lastPathComponent) \(language)")
                #expect(sentences.map(\.text).joined().filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace })
            }
        }
    }

    @Test(.requiresSharedData) func omegatRulesSplitEnglish() throws {
        let segmenter = try Segmenter(rules: SegmentationRules(contentsOf: SharedData.url("interop/srx/omegat-defaultRules.srx")))
        let texts = segmenter.segment("Mr. Smith came. He left.", language: "EN-US").map(\.text)
        #expect(texts == ["Mr. Smith came.", "He left."])
    }

    @Test(.requiresSharedData) func srx10FileIsReadWithoutCascade() throws {
        let rules = try SegmentationRules(contentsOf: SharedData.url("interop/srx/heartsome-default_rules.srx"))
        #expect(!rules.cascade)
        #expect(!rules.languageMaps.isEmpty)
    }

    @Test func cascadeConcatenatesMatchingLists() throws {
        let rules = SegmentationRules.bitext
        #expect(rules.cascade)
        let french = rules.rules(forLanguage: "fr-CA")
        let other = rules.rules(forLanguage: "nl")
        #expect(french.count == (rules.ruleLists["French"]?.count ?? 0) + other.count)
        #expect(other == rules.ruleLists["Default"])
    }

    @Test func badPatternIsReportedAtItsLine() throws {
        let srx = """
            <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="no"/><body><languagerules>
            <languagerule languagerulename="X">
            <rule break="yes"><beforebreak>([a-z</beforebreak></rule>
            </languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="X"/></maprules></body></srx>
            """
        let rules = try SegmentationRules(srx: srx, source: "bad.srx")
        #expect {
            try Segmenter(rules: rules)
        } throws: { error in
            "\(error)" == "bad.srx:3:1: rule 1: invalid regular expression '([a-z' in <beforebreak>"
        }
    }

    /// Rules are numbered in their `<languagerule>` and placed at their `<rule>` tag; a bad
    /// `<afterbreak>` is named as such.
    @Test func aBadPatternNamesItsRuleAndColumn() throws {
        let srx = """
            <srx version="2.0"><header cascade="no"/><body><languagerules>
            <languagerule languagerulename="A"><rule><beforebreak>\\.</beforebreak></rule></languagerule>
            <languagerule languagerulename="B"><rule break="no"><beforebreak>x</beforebreak></rule>
              <rule><beforebreak>\\.</beforebreak><afterbreak>\\s+(?</afterbreak></rule></languagerule>
            </languagerules><maprules><languagemap languagepattern=".*" languagerulename="A"/></maprules></body></srx>
            """
        let rules = try SegmentationRules(srx: srx, source: "two.srx")
        #expect(rules.ruleLists["B"]?.map(\.number) == [1, 2])
        #expect(rules.ruleLists["B"]?.map(\.column) == [36, 3])
        #expect {
            try Segmenter(rules: rules)
        } throws: { error in
            "\(error)" == "two.srx:4:3: rule 2: invalid regular expression '\\s+(?' in <afterbreak>"
        }
    }

    /// A `<rule>` start tag over two lines, after a commented-out `<rule>`, is placed at its `<`
    /// (libxml2 gives the line where the tag ends, and no column).
    @Test func aRuleOverTwoLinesIsPlacedAtItsStartTag() throws {
        let srx = """
            <srx version="2.0"><header cascade="no"/><body><languagerules>
            <languagerule languagerulename="A"><!-- <rule> --> <rule
               break="no"><beforebreak>([a-z</beforebreak></rule></languagerule>
            </languagerules><maprules><languagemap languagepattern=".*" languagerulename="A"/></maprules></body></srx>
            """
        let rules = try SegmentationRules(srx: srx, source: "two-lines.srx")
        #expect {
            try Segmenter(rules: rules)
        } throws: { error in
            "\(error)" == "two-lines.srx:2:52: rule 1: invalid regular expression '([a-z' in <beforebreak>"
        }
    }

    /// What a language is segmented with: its own lists, or the fallback every language gets.
    @Test func tellsWhichLanguagesHaveRulesOfTheirOwn() throws {
        let rules = SegmentationRules.bitext
        #expect(rules.ruleListNames(forLanguage: "fr-CA") == ["French", "Default"])
        #expect(rules.ruleListNames(forLanguage: "zz") == ["Default"])
        #expect(rules.hasOwnRules(forLanguage: "FR"))
        #expect(!rules.hasOwnRules(forLanguage: "zz"))
        #expect(!rules.hasOwnRules(forLanguage: "ru"))
        #expect(rules.ownRuleLanguages == ["en", "fr", "es", "de", "it", "pt", "ar"])
        #expect(rules.fallbackDescription == "the rules for any language ('Default')")
        // No catch-all map: a language without rules of its own gets none at all.
        let only = try SegmentationRules(srx: """
            <srx version="2.0"><header cascade="yes"/><body><languagerules>
            <languagerule languagerulename="E"><rule><beforebreak>\\.</beforebreak></rule></languagerule>
            </languagerules><maprules><languagemap languagepattern="en.*" languagerulename="E"/></maprules></body></srx>
            """, source: "en.srx")
        #expect(only.ruleListNames(forLanguage: "zz").isEmpty)
        #expect(!only.hasOwnRules(forLanguage: "zz"))
        #expect(only.hasOwnRules(forLanguage: "en-GB"))
        #expect(only.fallbackDescription == "no rules (one segment per block)")
    }

    @Test func notSRXIsAnError() {
        #expect(throws: SegmentationError.self) { try SegmentationRules(srx: "<tmx/>", source: "x.srx") }
        #expect(throws: SegmentationError.self) { try SegmentationRules(srx: "<srx", source: "x.srx") }
    }

    /// A malformed SRX file is `path:line:column: message` with the path as given (the column
    /// was dropped, and the path made absolute).
    @Test func aMalformedFileIsPlacedByLineAndColumn() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<srx version=\"2.0\">\n<body>\n</srx>\n".write(to: folder.appendingPathComponent("bad.srx"), atomically: true, encoding: .utf8)
        let url = URL(fileURLWithPath: "bad.srx", relativeTo: URL(fileURLWithPath: folder.path, isDirectory: true))
        #expect {
            _ = try SegmentationRules(contentsOf: url)
        } throws: { error in
            let error = error as! SegmentationError
            return error.line == 3 && error.column > 0 && "\(error)".hasPrefix("bad.srx:3:\(error.column): ")
                && error.message.contains("mismatch")
        }
    }
}
