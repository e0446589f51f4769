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
            "\(error)".hasPrefix("bad.srx:3: <beforebreak> pattern \"([a-z\" does not compile")
        }
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
