import Foundation
import Testing
import TestSupport
@testable import BitextCommand

struct SegmentCommandTests {
    private func run(_ arguments: [String]) throws -> (output: String, messages: [String]) {
        guard let command = try Bitext.parseAsRoot(["segment"] + arguments) as? SegmentCommand else {
            Issue.record("not parsed as `segment`")
            return ("", [])
        }
        return try command.render()
    }

    private func write(_ text: String, named name: String) throws -> URL {
        let url = try SharedData.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func plainTextOneSegmentPerLine() throws {
        let file = try write(
            "Press release\n\nM. Dupont est arrivé à Lyon. Il a rencontré Mme Martin\u{A0}! Ils ont parlé.\n",
            named: "release.fr.txt")
        let result = try run([file.path])
        #expect(result.output == "Press release\nM. Dupont est arrivé à Lyon.\nIl a rencontré Mme Martin !\nIls ont parlé.\n")
        #expect(result.messages.isEmpty)
    }

    @Test func whiteSpaceRunsInsideASegmentBecomeOneSpace() throws {
        // A hard line break inside a sentence (the next line runs on in lower case), a tab, an em
        // space and a narrow no-break space, as scraped releases contain them.
        let file = try write(
            "Le ministre a ouvert la réunion\nà Lyon.\tLa police\u{2003}\u{2003}a saisi 1\u{202F}000 armes.\n",
            named: "wrapped.fr.txt")
        let result = try run([file.path])
        #expect(result.output == "Le ministre a ouvert la réunion à Lyon.\nLa police a saisi 1 000 armes.\n")
    }

    @Test func jsonGivesBlockKindAndOffsets() throws {
        let file = try write("Title line\n\nOne sentence. Another one.\n", named: "x.txt")
        let result = try run([file.path, "--lang", "en", "--json"])
        let objects = try result.output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 3)
        #expect(objects.map { $0["text"] as? String } == ["Title line", "One sentence.", "Another one."])
        #expect(objects.map { $0["block"] as? Int } == [0, 1, 1])
        #expect(objects[2]["start"] as? Int == 14)
        #expect(objects[2]["end"] as? Int == 26)
        #expect(objects[0]["kind"] as? String != nil)
    }

    @Test func customRulesAndUnknownLanguage() throws {
        let srx = try write("""
            <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="no"/><body><languagerules>
            <languagerule languagerulename="Semicolons"><rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
            </languagerules><maprules><languagemap languagepattern=".*" languagerulename="Semicolons"/></maprules></body></srx>
            """, named: "rules.srx")
        let file = try write("1234; 5678. 90\n", named: "numbers.txt")
        let result = try run([file.path, "--srx", srx.path])
        #expect(result.output == "1234;\n5678. 90\n")
        #expect(result.messages.contains { $0.contains("language not recognised") })
    }

    /// `--lang zz` was taken silently: it is segmented with the default rules and a warning says so.
    @Test func anUnknownLanguageCodeIsWarnedAbout() throws {
        let file = try write("M. Dupont est arrivé. Il a parlé.\n", named: "release.txt")
        let unknown = try run([file.path, "--lang", "zz"])
        #expect(unknown.output == "M. Dupont est arrivé.\nIl a parlé.\n")
        #expect(unknown.messages.count == 1)
        #expect(unknown.messages.first?.hasPrefix(
            "warning: unknown language code 'zz': segmenting with the rules for any language ('Default') (known: en, fr, es, de, it, pt, ar and ") == true)
        #expect(try run([file.path, "--lang", "fr"]).messages.isEmpty)
        #expect(try run([file.path, "--lang", "ru"]).messages.isEmpty)
        // Not even a language tag: a usage error.
        #expect {
            _ = try Bitext.parseAsRoot(["segment", file.path, "--lang", "f r"])
        } throws: { error in
            Bitext.message(for: error) == "--lang: 'f r' is not a language code (BCP 47: en, fr, pt-BR, zh-Hant…)"
        }
    }

    /// A pattern ICU cannot compile was reported with Foundation's "The value is invalid"; it is
    /// placed at its `<rule>` tag (a commented-out rule on the same line not counted).
    @Test func aBadRegularExpressionIsPlacedAtItsRule() throws {
        let srx = try write("""
            <?xml version="1.0"?>
            <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="no"/><body><languagerules>
            <languagerule languagerulename="X">
              <!-- <rule><beforebreak>x</beforebreak></rule> --> <rule break="no"><beforebreak>M\\.</beforebreak></rule> <rule><beforebreak>([a-z</beforebreak></rule>
            </languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="X"/></maprules></body></srx>
            """, named: "bad.srx")
        let file = try write("Text.", named: "t.en.txt")
        #expect {
            try run([file.path, "--srx", srx.path])
        } throws: { error in
            "\(error)" == "\(srx.path):4:109: rule 2: invalid regular expression '([a-z' in <beforebreak>"
        }
    }

    @Test func badInputIsAClearError() throws {
        let empty = try write("", named: "empty.srx")
        let file = try write("Text.", named: "t.en.txt")
        #expect {
            try run([file.path, "--srx", empty.path])
        } throws: { error in
            "\(error)".contains("empty")
        }
        #expect(throws: (any Error).self) { try run(["/nonexistent/file.txt"]) }
    }
}
