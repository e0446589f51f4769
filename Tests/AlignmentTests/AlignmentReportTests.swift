import Foundation
import Testing
@testable import Alignment

/// The HTML report: escaping, weak units flagged and indexed weakest first, failures listed.
struct AlignmentReportTests {
    let document = AlignmentReport.Document(
        name: "PR <1> & co",
        labels: ["PR1.en.txt", "PR1.fr.txt"],
        sentences: [
            ["Use <script>alert(\"x\")</script> & more.", "Second sentence.", "Only in English."],
            ["Utilisez <b> & plus.", "Deuxième phrase."],
        ],
        alignment: MultilingualAlignment(SentenceAlignment(
            beads: [
                Bead(source: 0..<1, target: 0..<1, confidence: 0.97),
                Bead(source: 1..<2, target: 1..<2, confidence: 0.31),
                Bead(source: 2..<3, target: 2..<2, confidence: 0.9),
            ],
            warnings: ["the target version is <short>"], sourceLanguage: "en", targetLanguage: "fr")))

    @Test func escapesEveryText() {
        let html = AlignmentReport(documents: [document]).html()
        #expect(!html.contains("<script>"))
        #expect(html.contains("Use &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more."))
        #expect(html.contains("Utilisez &lt;b&gt; &amp; plus."))
        #expect(html.contains("PR &lt;1&gt; &amp; co"))
        #expect(html.contains("warning: the target version is &lt;short&gt;"))
        #expect(AlignmentReport.escape("a'b\"c") == "a&#39;b&quot;c")
    }

    @Test func flagsWeakUnitsAndIndexesThemWeakestFirst() throws {
        let html = AlignmentReport(documents: [document]).html()
        #expect(html.contains("<tr id=\"d1-u2\" class=\"weak\">"))
        #expect(html.contains("<tr id=\"d1-u1\" class=\"ok\">"))
        #expect(html.contains("<tr id=\"d1-u3\" class=\"unaligned\">"))
        // The index links to the weak unit and shows its score with its colour.
        let index = try #require(html.range(of: "<h2>Weakest units</h2>"))
        let firstDocument = try #require(html.range(of: "<h2 id=\"d1\">"))
        let indexPart = html[index.upperBound..<firstDocument.lowerBound]
        #expect(indexPart.contains("href=\"#d1-u2\""))
        #expect(indexPart.contains(">0.31<"))
        #expect(!indexPart.contains("href=\"#d1-u1\""))
        #expect(html.contains(AlignmentReport.colour(0.31)))
        #expect(html.contains("1 below 0.80"))
        #expect(html.contains("1 unaligned sentences"))
    }

    @Test func listsFailures() {
        let html = AlignmentReport(documents: [], failures: [.init(name: "PR2", message: "PR2.fr.docx: not a <zip> file")]).html()
        #expect(html.contains("<strong>1 failed</strong>"))
        #expect(html.contains("PR2.fr.docx: not a &lt;zip&gt; file"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
    }
}
